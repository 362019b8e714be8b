package weka.autoencoder.train;

import java.util.Random;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The one training loop every variant shares: shuffled minibatches, epochs, an optional held-out split with early
 * stopping (best weights kept), progress reports and a check for the user's Stop between minibatches.
 *
 * <p>Each epoch gathers the shuffled rows once; minibatches are views of that copy, so no per-batch arrays are built.
 * A "row" is one example: an entry along dimension 0, so the same loop trains on rows x columns matrices and on
 * sequences [examples, channels, time steps] (with a mask of the same shape).
 */
public final class TrainingLoop {

  private final TrainingSettings m_settings;
  private final ProgressListener m_listener;

  public TrainingLoop(TrainingSettings settings, ProgressListener listener) {
    m_settings = settings;
    m_listener = listener;
  }

  /**
   * Trains the network on all rows of {@code data}.
   *
   * @param network the network to train
   * @param data examples along dimension 0 (rows x columns, or sequences x channels x steps), clean
   * @param observed same shape, 1 = observed, 0 = missing; null when nothing is missing
   * @return the losses per epoch and the epoch kept
   * @throws TrainingStoppedException when the thread was interrupted
   */
  public TrainingHistory train(TrainableNetwork network, INDArray data, INDArray observed)
    throws TrainingStoppedException {
    Random random = new Random(m_settings.seed());
    Nd4j.getRandom().setSeed(m_settings.seed());
    int rows = (int) data.size(0);
    int[] order = permutation(rows, random);
    int validationRows = validationRows(rows);
    int trainingRows = rows - validationRows;

    INDArray trainX = examples(data, java.util.Arrays.copyOfRange(order, validationRows, rows));
    INDArray trainMask = observed == null ? null
      : examples(observed, java.util.Arrays.copyOfRange(order, validationRows, rows));
    INDArray validX = validationRows == 0 ? null : examples(data, java.util.Arrays.copyOf(order, validationRows));
    INDArray validMask = validationRows == 0 || observed == null ? null
      : examples(observed, java.util.Arrays.copyOf(order, validationRows));

    EarlyStopping stopping = new EarlyStopping(m_settings.patience());
    TrainingHistory history = new TrainingHistory();
    INDArray bestParameters = null;
    long start = System.currentTimeMillis();
    int batch = Math.max(1, Math.min(m_settings.batchSize(), trainingRows));
    for (int epoch = 1; epoch <= m_settings.epochs(); epoch++) {
      int[] shuffle = permutation(trainingRows, random);
      INDArray epochX = examples(trainX, shuffle);
      INDArray epochMask = trainMask == null ? null : examples(trainMask, shuffle);
      double lossSum = 0;
      for (int from = 0; from < trainingRows; from += batch) {
        if (Thread.currentThread().isInterrupted()) {
          throw new TrainingStoppedException(epoch);
        }
        int to = Math.min(from + batch, trainingRows);
        INDArray x = epochX.get(NDArrayIndex.interval(from, to), NDArrayIndex.all());
        INDArray mask = epochMask == null ? null : epochMask.get(NDArrayIndex.interval(from, to), NDArrayIndex.all());
        lossSum += network.fitBatch(x, x, mask) * (to - from);
      }
      double trainingLoss = lossSum / trainingRows;
      double validationLoss = validX == null ? Double.NaN : network.loss(validX, validMask);
      history.add(trainingLoss, validationLoss);
      m_listener.epochFinished(new EpochReport(epoch, m_settings.epochs(), trainingLoss, validationLoss,
        System.currentTimeMillis() - start, trainingRows));
      if (validX != null) {
        if (stopping.record(epoch, validationLoss)) {
          bestParameters = network.copyParameters();
        }
        if (stopping.shouldStop()) {
          break;
        }
      }
    }
    int kept = history.epochsRun();
    if (bestParameters != null && stopping.bestEpoch() != history.epochsRun()) {
      network.restoreParameters(bestParameters);
      kept = stopping.bestEpoch();
    }
    history.finish(kept, System.currentTimeMillis() - start, trainingRows);
    m_listener.trainingFinished(summary(history));
    return history;
  }

  /**
   * @return a copy of the examples (entries along dimension 0) at {@code indices}, in that order, for an array of any
   *         rank; a matrix's rows are gathered directly, higher ranks through a flattened c-order view
   */
  static INDArray examples(INDArray array, int[] indices) {
    if (array.rank() == 2) {
      return array.getRows(indices);
    }
    long[] shape = array.shape().clone();
    INDArray flat = array.reshape('c', shape[0], array.length() / shape[0]);
    shape[0] = indices.length;
    return flat.getRows(indices).reshape('c', shape);
  }

  private int validationRows(int rows) {
    if (m_settings.validationFraction() <= 0 || rows < 2) {
      return 0;
    }
    int held = (int) Math.round(rows * m_settings.validationFraction());
    return Math.max(1, Math.min(rows - 1, held));
  }

  private static int[] permutation(int n, Random random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }

  private static String summary(TrainingHistory history) {
    String kept = history.keptEpoch() == history.epochsRun() ? ""
      : ", weights of epoch " + history.keptEpoch() + " kept (lowest validation loss)";
    return String.format(java.util.Locale.ROOT, "trained %d epoch(s) on %d rows in %.1f s (%.0f samples/s)%s",
      history.epochsRun(), history.trainingRows(), history.millis() / 1000.0, history.samplesPerSecond(), kept);
  }
}
