package weka.autoencoder.spark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.spark.api.RDDTrainingApproach;
import org.deeplearning4j.spark.api.Repartition;
import org.deeplearning4j.spark.impl.multilayer.SparkDl4jMultiLayer;
import org.deeplearning4j.spark.impl.paramavg.ParameterAveragingTrainingMaster;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

import weka.autoencoder.codec.ColumnLayout;
import weka.autoencoder.noise.NoiseModel;
import weka.autoencoder.train.EarlyStopping;
import weka.autoencoder.train.TrainingHistory;
import weka.autoencoder.train.TrainingSettings;

/**
 * The Weka filter's training loop on a cluster: epochs of minibatches, trained with dl4j-spark's parameter averaging
 * (each worker fits {@code averagingFrequency} minibatches from the current parameters, then the driver averages
 * parameters and updater state), fresh corruption for every minibatch of every epoch when denoising, the held-out
 * loss after each epoch with early stopping on it (best weights kept), and one progress line per epoch in the
 * driver's log. (dl4j-spark's SharedTrainingMaster is not used: it hung in tests of this project.)
 *
 * <p>The Adam state is averaged with the parameters ({@code saveUpdater(true)}): the builder's field defaults to
 * false in dl4j-spark 1.0.0-M2 whatever its documentation says, and without it every worker starts each averaging
 * round with a fresh Adam state, whose first steps are sign steps of the full learning rate; training then never
 * settled (a loss 20 times the single-process one in this project's test).
 */
final class DistributedTraining {

  private final JavaSparkContext m_spark;
  private final int m_workers;
  private final int m_averagingFrequency;
  private final PrintStream m_log;

  /** Seconds the averaging rounds of the last run took in all, and how many there were (for the benchmark). */
  private double m_seconds;
  private long m_rounds;

  /**
   * @param workers training tasks that run at once (usually the executors' cores)
   * @param averagingFrequency minibatches each worker fits between two averagings
   * @param log where progress lines go (the driver's standard error)
   */
  DistributedTraining(JavaSparkContext spark, int workers, int averagingFrequency, PrintStream log) {
    m_spark = spark;
    m_workers = workers;
    m_averagingFrequency = averagingFrequency;
    m_log = log;
  }

  /**
   * Trains {@code network} in place.
   *
   * @param who the filter's name, to start progress lines with
   * @param training training minibatches, all of the batch size, in {@code workers} partitions
   * @param heldOut held-out minibatches, or null without early stopping
   * @param rows training rows per epoch (for the rate shown)
   * @return losses per epoch and the epoch kept
   */
  TrainingHistory train(String who, MultiLayerNetwork network, JavaRDD<Minibatch> training,
    JavaRDD<Minibatch> heldOut, long rows, TrainingSettings settings, NoiseModel noise, ColumnLayout layout)
    throws Exception {
    ParameterAveragingTrainingMaster master = new ParameterAveragingTrainingMaster.Builder(m_workers,
      settings.batchSize()).batchSizePerWorker(settings.batchSize()).averagingFrequency(m_averagingFrequency)
      .saveUpdater(true).workerPrefetchNumBatches(0).rddTrainingApproach(RDDTrainingApproach.Direct)
      .repartionData(Repartition.Never).rngSeed(settings.seed()).build();
    SparkDl4jMultiLayer spark = new SparkDl4jMultiLayer(m_spark, network, master);
    EarlyStopping stopping = new EarlyStopping(settings.patience());
    List<Double> trainingLoss = new ArrayList<>();
    List<Double> validationLoss = new ArrayList<>();
    INDArray best = null;
    long start = System.currentTimeMillis();
    long minibatches = training.count();
    m_rounds = 0;
    for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
      JavaRDD<DataSet> data = epochData(training, noise, layout, settings.seed(), epoch);
      spark.fit(data);
      m_rounds += (minibatches + (long) m_workers * m_averagingFrequency - 1)
        / ((long) m_workers * m_averagingFrequency);
      double loss = spark.getScore();
      double validation = heldOut == null ? Double.NaN
        : DistributedLoss.of(m_spark, spark.getNetwork(), heldOut, noise, layout, settings.seed());
      trainingLoss.add(loss);
      validationLoss.add(validation);
      double seconds = (System.currentTimeMillis() - start) / 1000.0;
      m_log.println(String.format(Locale.ROOT, "%s (Spark): epoch %d/%d  loss %.5f%s  %.1f s  %.0f rows/s", who,
        epoch, settings.epochs(), loss, heldOut == null ? "" : String.format(Locale.ROOT, "  validation %.5f",
          validation), seconds, rows * (double) epoch / Math.max(seconds, 1e-3)));
      if (heldOut != null) {
        if (stopping.record(epoch, validation)) {
          best = spark.getNetwork().params().dup();
        }
        if (stopping.shouldStop()) {
          break;
        }
      }
    }
    MultiLayerNetwork trained = spark.getNetwork();
    int kept = trainingLoss.size();
    if (best != null && stopping.bestEpoch() != kept) {
      trained.setParams(best);
      kept = stopping.bestEpoch();
    }
    network.setParams(trained.params());
    m_seconds = (System.currentTimeMillis() - start) / 1000.0;
    m_log.println(String.format(Locale.ROOT, "%s (Spark): trained %d epoch(s) on %d rows in %.1f s (%.0f rows/s, "
      + "%d averaging rounds of %d worker(s) x %d minibatch(es))%s", who, trainingLoss.size(), rows, m_seconds,
      rows * (double) trainingLoss.size() / Math.max(m_seconds, 1e-3), m_rounds, m_workers, m_averagingFrequency,
      kept == trainingLoss.size() ? "" : ", weights of epoch " + kept + " kept (lowest validation loss)"));
    return TrainingHistory.of(trainingLoss, validationLoss, kept, System.currentTimeMillis() - start, (int) rows);
  }

  /** @return total training seconds of the last run */
  double seconds() {
    return m_seconds;
  }

  /** @return averaging rounds of the last run */
  long rounds() {
    return m_rounds;
  }

  /** One epoch's DataSets: the minibatches of each partition in a fresh order, freshly corrupted when denoising. */
  private static JavaRDD<DataSet> epochData(JavaRDD<Minibatch> training, NoiseModel noise, ColumnLayout layout,
    long seed, int epoch) {
    return training.mapPartitionsWithIndex((partition, it) -> {
      Random random = new Random(seed * 7_919L + epoch * 104_729L + partition);
      List<Minibatch> batches = new ArrayList<>();
      it.forEachRemaining(batches::add);
      Collections.shuffle(batches, random);
      Iterator<Minibatch> shuffled = batches.iterator();
      return new Iterator<DataSet>() {
        @Override
        public boolean hasNext() {
          return shuffled.hasNext();
        }

        @Override
        public DataSet next() {
          return shuffled.next().dataSet(noise, layout, random);
        }
      };
    }, true);
  }
}
