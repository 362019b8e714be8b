package weka.autoencoder.spark;

import java.io.File;
import java.io.PrintStream;
import java.util.Locale;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import weka.autoencoder.arch.DenseArchitecture;
import weka.autoencoder.codec.ColumnLayout;
import weka.autoencoder.codec.ColumnSummaries;
import weka.autoencoder.codec.TabularCodec;
import weka.autoencoder.filter.AutoencoderFilter;
import weka.autoencoder.filter.FilterModels;
import weka.autoencoder.model.AutoencoderModel;
import weka.autoencoder.model.ModelFile;
import weka.autoencoder.options.ModelOptions;
import weka.autoencoder.train.TrainingHistory;
import weka.autoencoder.variant.DenseNetwork;
import weka.autoencoder.variant.TableInput;
import weka.autoencoder.variant.TabularVariant;
import weka.autoencoder.variant.TrainingPlan;
import weka.autoencoder.variant.Variant;
import weka.core.Instances;

/**
 * Trains a dense filter's network (Autoencoder, DenoisingAutoencoder) on data spread over a Spark cluster and writes
 * the model file the filter's {@code -model} loads. The codec is fitted from per-partition summaries, so it is the
 * one the Weka filter fits on the same rows; training is the filter's loop with parameter averaging
 * ({@link DistributedTraining}).
 */
final class TrainJob {

  private final JavaSparkContext m_spark;
  private final PrintStream m_log;

  /** What the last run measured, for tests and the benchmark. */
  private TabularCodec m_codec;
  private DistributedTraining m_training;
  private AutoencoderModel m_model;

  TrainJob(JavaSparkContext spark, PrintStream log) {
    m_spark = spark;
    m_log = log;
  }

  /**
   * @param options the job's options and the filter's (which must include -save-model)
   * @return the model file written
   */
  File run(JobOptions options) throws Exception {
    AutoencoderFilter filter = options.filter();
    String who = filter.getClass().getSimpleName();
    File save = filter.getSaveModel();
    if (!ModelOptions.isSet(save)) {
      throw new IllegalArgumentException(who + ": -save-model <file> is missing: the job writes the trained model "
        + "there, for the filter's -model.");
    }
    if (ModelOptions.isSet(filter.getModelFile())) {
      throw new IllegalArgumentException(who + ": -model is for the score job; the train job trains a new model.");
    }
    Instances header = TypedData.header(m_spark, options.header, options.classIndex);
    filter.setInputFormat(header); // the filter's own input checks, and -save-model writable, before any pass
    Variant variant = FilterModels.variant(filter);
    if (!(variant instanceof TabularVariant) || !(((TabularVariant) variant).network() instanceof DenseNetwork)
      || !(((TabularVariant) variant).input() instanceof TableInput)) {
      throw new IllegalArgumentException(who + ": the Spark job trains the dense filters (Autoencoder, "
        + "DenoisingAutoencoder) only; train " + who + " in Weka.");
    }
    TabularVariant tabular = (TabularVariant) variant;
    TrainingPlan plan = tabular.training();

    JavaRDD<Instances> chunks = TypedData.chunks(m_spark, options.data, header, options.chunkRows,
      options.partitions).persist(StorageLevel.MEMORY_AND_DISK());
    ColumnSummaries summary = chunks.map(ColumnSummaries::of).reduce(ColumnSummaries::merge);
    if (summary.rows() == 0) {
      throw new IllegalArgumentException(who + ": " + options.data + " holds no rows to train on.");
    }
    m_codec = TabularCodec.fit(header, summary, ((TableInput) tabular.input()).normalization());
    m_log.println(describe(who, header, summary, m_codec));
    ColumnLayout layout = plan.noise() == null ? null : layout(chunks, m_codec);

    long seed = plan.seed();
    double fraction = plan.loop().validationFraction();
    int batch = plan.loop().batchSize();
    JavaRDD<Minibatch> training = Minibatches.of(chunks, m_codec, batch, fraction, seed, false)
      .repartition(options.workers).persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<Minibatch> heldOut = fraction <= 0 ? null
      : Minibatches.of(chunks, m_codec, batch, fraction, seed, true).persist(StorageLevel.MEMORY_AND_DISK());
    long rows = training.map(Minibatch::rows).reduce(Integer::sum);
    chunks.unpersist();

    DenseArchitecture architecture = ((DenseNetwork) tabular.network()).architecture(m_codec.width());
    MultiLayerNetwork network = architecture.build(seed, plan.learningRate(), plan.weightDecay());
    m_training = new DistributedTraining(m_spark, options.workers, options.averagingFrequency, m_log);
    TrainingHistory history = m_training.train(who, network, training, heldOut, rows, plan.loop(), plan.noise(),
      layout);
    training.unpersist();
    if (heldOut != null) {
      heldOut.unpersist();
    }
    m_model = new AutoencoderModel(m_codec, network, architecture.codeLayerIndex(), history);
    ModelFile.write(save, FilterModels.saved(filter, header, m_model), who);
    m_log.println(who + " (Spark): saved the model to " + save + "; apply it in Weka with " + who + " -model "
      + save.getName());
    return save;
  }

  /** The numeric range of the scaled training rows, for the noise model (as the filter computes it). */
  private static ColumnLayout layout(JavaRDD<Instances> chunks, TabularCodec codec) {
    float[] range = chunks.map(chunk -> codec.numericRange(codec.encode(chunk)))
      .reduce((a, b) -> new float[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
    return codec.layout(range[0], range[1]);
  }

  private static String describe(String who, Instances header, ColumnSummaries summary, TabularCodec codec) {
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
      "%s (Spark): codec fitted on %d rows: %d attributes -> %d network columns", who, summary.rows(),
      header.numAttributes(), codec.width()));
    StringBuilder missing = new StringBuilder();
    for (int a = 0; a < header.numAttributes(); a++) {
      if (summary.missingRate(a) > 0) {
        missing.append(String.format(Locale.ROOT, " %s %.1f%%", header.attribute(a).name(),
          100 * summary.missingRate(a)));
      }
    }
    if (missing.length() > 0) {
      text.append("; missing:").append(missing);
    }
    return text.toString();
  }

  TabularCodec codec() {
    return m_codec;
  }

  DistributedTraining training() {
    return m_training;
  }

  AutoencoderModel model() {
    return m_model;
  }
}
