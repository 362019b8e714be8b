package weka.autoencoder.train;

import java.util.Random;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import weka.autoencoder.nd4j.FloatMatrices;

/**
 * The one training loop every variant shares: shuffled minibatches, epochs, an optional held-out split with early
 * stopping (best weights kept), optional input corruption for denoising, progress reports and a check for the
 * user's Stop between minibatches.
 *
 * <p>Each epoch gathers the shuffled rows once; minibatches are views of that copy, so no per-batch arrays are built
 * unless the input is corrupted. Corruption draws fresh noise for every minibatch of every epoch from its own random
 * stream (seeded from the training seed, so switching noise on does not change the shuffling); the held-out rows are
 * corrupted once, so their loss stays comparable between epochs. Losses are always against the clean rows.
 *
 * <p>Divergence is an error: a minibatch loss, a held-out loss or a parameter that is NaN or infinite ends training
 * with a {@link TrainingDivergedException} (after the epoch's progress line, which shows the NaN), so no output is
 * ever made from a diverged network. A validation fraction that holds out no row of a small training set is reported
 * as a warning, and training goes on without early stopping.
 *
 * <p>A "row" is one example: an entry along dimension 0, so the same loop trains on rows x columns matrices and on
 * sequences [examples, channels, time steps] (with a mask of the same shape); a corruption model then receives the
 * c-order values of whole examples (see {@link InputCorruption}).
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
   * @throws TrainingDivergedException when a loss or the parameters became NaN or infinite
   */
  public TrainingHistory train(TrainableNetwork network, INDArray data, INDArray observed)
    throws TrainingStoppedException {
    return train(network, data, observed, null);
  }

  /**
   * Trains the network to rebuild the clean rows of {@code data} from corrupted copies of them.
   *
   * @param network the network to train
   * @param data rows x columns, clean; never modified
   * @param observed same shape, 1 = observed, 0 = missing; null when nothing is missing
   * @param corruption applied to the input of every minibatch; null for none
   * @return the losses per epoch and the epoch kept
   * @throws TrainingStoppedException when the thread was interrupted
   * @throws TrainingDivergedException when a loss or the parameters became NaN or infinite
   */
  public TrainingHistory train(TrainableNetwork network, INDArray data, INDArray observed,
    InputCorruption corruption) throws TrainingStoppedException {
    Random random = new Random(m_settings.seed());
    Random noise = new Random(noiseSeed(m_settings.seed()));
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
    INDArray validInput = validX == null || corruption == null ? validX : corrupted(validX, corruption, noise);

    StepBudget budget = m_settings.budget(trainingRows);
    EarlyStopping stopping = new EarlyStopping(budget.patience());
    TrainingHistory history = new TrainingHistory();
    INDArray bestParameters = null;
    long start = System.currentTimeMillis();
    int batch = Math.max(1, Math.min(m_settings.batchSize(), trainingRows));
    for (int epoch = 1; epoch <= budget.epochs(); epoch++) {
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
        INDArray input = corruption == null ? x : corrupted(x, corruption, noise);
        double loss = network.fitBatch(input, x, mask);
        if (!Double.isFinite(loss)) {
          reportDiverged(epoch, budget.epochs(), loss, validX != null, start, trainingRows, corruption != null);
          throw new TrainingDivergedException(epoch, "the training loss of a minibatch became " + loss);
        }
        lossSum += loss * (to - from);
      }
      double trainingLoss = lossSum / trainingRows;
      double validationLoss = validX == null ? Double.NaN : network.loss(validInput, validX, validMask);
      history.add(trainingLoss, validationLoss);
      m_listener.epochFinished(new EpochReport(epoch, budget.epochs(), trainingLoss, validationLoss,
        validX != null, System.currentTimeMillis() - start, trainingRows, corruption != null));
      checkFinite(epoch, trainingLoss, validX == null ? 0 : validationLoss, network);
      if (validX != null) {
        if (stopping.record(epoch, validationLoss)) {
          bestParameters = network.copyParameters();
        }
        if (stopping.shouldStop() && epoch >= budget.firstStop()) {
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
    m_listener.trainingFinished(summary(history, budget, corruption != null));
    return history;
  }

  /**
   * @return a copy of the examples (entries along dimension 0) at {@code indices}, in that order, for an array of any
   *         rank; higher ranks are gathered through a flattened c-order view. One native gather: ND4J's
   *         {@code getRows} copies row by row (3.3 s for 100,000 rows against 0.03 s for {@code pullRows}).
   */
  static INDArray examples(INDArray array, int[] indices) {
    long[] shape = array.shape().clone();
    shape[0] = indices.length;
    if (indices.length == 0) {
      return Nd4j.create(array.dataType(), shape, 'c');
    }
    INDArray contiguous = array.ordering() == 'c' && !array.isView() ? array : array.dup('c');
    INDArray flat = contiguous.reshape('c', array.size(0), array.length() / array.size(0));
    return Nd4j.pullRows(flat, 1, indices, 'c').reshape('c', shape);
  }

  /**
   * @return the rows to hold out: the fraction of the rows, rounded, leaving at least one to train on; none, with a
   *         warning, when the fraction of so few rows rounds to no row
   */
  private int validationRows(int rows) {
    if (m_settings.validationFraction() <= 0) {
      return 0;
    }
    int held = (int) Math.round(rows * m_settings.validationFraction());
    if (held < 1 || rows < 2) {
      m_listener.warning(String.format(java.util.Locale.ROOT, "-validation-fraction %s of %d training row(s) "
        + "holds out no row, so training runs all epochs without early stopping. Set -validation-fraction 0 to "
        + "say so, or give at least %d rows.", m_settings.validationFraction(), rows,
        (int) Math.ceil(0.5 / m_settings.validationFraction()) + 1));
      return 0;
    }
    return Math.min(rows - 1, held);
  }

  /** Throws when the epoch's losses or the parameters are not finite (a held-out loss of 0 means none). */
  private static void checkFinite(int epoch, double trainingLoss, double validationLoss, TrainableNetwork network) {
    if (!Double.isFinite(trainingLoss)) {
      throw new TrainingDivergedException(epoch, "the training loss became " + trainingLoss);
    }
    if (!Double.isFinite(validationLoss)) {
      throw new TrainingDivergedException(epoch, "the loss on the held-out rows became " + validationLoss);
    }
    if (!network.parametersFinite()) {
      throw new TrainingDivergedException(epoch, "the network's weights became NaN or infinite");
    }
  }

  /** Shows the epoch that diverged in mid-epoch, so the progress line says NaN before the error does. */
  private void reportDiverged(int epoch, int epochs, double loss, boolean validated, long start, int rows,
    boolean corrupted) {
    m_listener.epochFinished(new EpochReport(epoch, epochs, loss, Double.NaN, validated,
      System.currentTimeMillis() - start, rows, corrupted));
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

  /** @return a copy of {@code rows} with the corruption applied; {@code rows} is left as it is */
  private static INDArray corrupted(INDArray rows, InputCorruption corruption, Random noise) {
    float[] values = FloatMatrices.values(rows);
    corruption.corrupt(values, (int) rows.size(0), noise);
    return FloatMatrices.create(values, rows.shape());
  }

  /** A seed for the noise stream that differs from the shuffling stream's even for seed 0. */
  private static long noiseSeed(long seed) {
    return Long.rotateLeft(seed, 32) ^ 0x9E3779B97F4A7C15L;
  }

  private static String summary(TrainingHistory history, StepBudget budget, boolean corrupted) {
    String kept = history.keptEpoch() == history.epochsRun() ? ""
      : ", weights of epoch " + history.keptEpoch() + " kept (lowest validation loss)";
    String noise = corrupted ? " of corrupted input (losses against the clean input)" : "";
    return String.format(java.util.Locale.ROOT, "trained %d epoch(s) = %d optimiser steps on %d rows%s in %.1f s "
      + "(%.0f samples/s)%s; %s", history.epochsRun(), (long) history.epochsRun() * budget.stepsPerEpoch(),
      history.trainingRows(), noise, history.millis() / 1000.0, history.samplesPerSecond(), kept,
      budget.describe());
  }
}
