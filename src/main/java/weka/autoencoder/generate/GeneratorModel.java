package weka.autoencoder.generate;

import java.io.File;
import java.util.Arrays;
import java.util.Random;

import weka.autoencoder.codec.InputAttributes;
import weka.autoencoder.codec.Normalization;
import weka.autoencoder.codec.TabularCodec;
import weka.autoencoder.model.Model;
import weka.autoencoder.model.ModelFile;
import weka.autoencoder.nd4j.Nd4jBoundary;
import weka.autoencoder.quality.ClosestRecords;
import weka.autoencoder.train.ProgressListener;
import weka.autoencoder.train.TrainingHistory;
import weka.autoencoder.train.TrainingSettings;
import weka.autoencoder.variational.ClassCondition;
import weka.autoencoder.variational.VaeSettings;
import weka.autoencoder.variational.VaeTrainer;
import weka.autoencoder.variational.VariationalModel;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;

/**
 * Everything needed to generate instances like a training set, and what {@code -save-model} writes: the training
 * header, the trained variational autoencoder (class-conditional when the class is nominal), and the training
 * columns' types, ranges and missing rates.
 *
 * <p>A nominal class becomes the network's condition, so rows can be generated for a chosen class. Any other class
 * attribute (numeric, date) is modelled like the other attributes.
 */
public final class GeneratorModel implements Model {

  private static final long serialVersionUID = 1L;

  /** Rows decoded at a time by {@link #generateAll}, to bound memory. */
  private static final int CHUNK = 1024;

  private final Instances m_header;
  private final VariationalModel m_model;
  private final ColumnStatistics m_statistics;
  private final String m_source;
  /**
   * The training rows, kept so that the privacy guard and the quality report also work for a saved model (null in
   * models saved before they existed). A saved model therefore holds the training data: share it only where the
   * data itself may go.
   */
  private final Instances m_training;
  private transient ClosestRecords m_closest;

  private GeneratorModel(Instances header, VariationalModel model, ColumnStatistics statistics, String source,
    Instances training) {
    m_header = header;
    m_model = model;
    m_statistics = statistics;
    m_source = source;
    m_training = training;
  }

  /**
   * Checks that every attribute of a header can be generated.
   *
   * @throws IllegalArgumentException naming the first string or relational attribute, or an empty header
   */
  public static void checkHeader(Instances header, String who) {
    for (int a = 0; a < header.numAttributes(); a++) {
      Attribute attribute = header.attribute(a);
      if (attribute.isString() || attribute.isRelationValued()) {
        throw new IllegalArgumentException(who + ": cannot generate values for the " + Attribute.typeToString(
          attribute) + " attribute '" + attribute.name() + "' (attribute " + (a + 1) + "): remove it first "
          + "(e.g. with the RemoveType filter) and save the training file again.");
      }
    }
    try {
      InputAttributes.check(header);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(who + ": " + e.getMessage(), e);
    }
  }

  /**
   * Trains a model on {@code data}.
   *
   * @param data training data, class index set (or -1); not modified
   * @param settings the network's settings
   * @param training epochs, minibatches, seed and early stopping
   * @param threads threads for ND4J (0 = all cores)
   * @param progress where epoch lines go
   * @param source what the data was (e.g. the file name), remembered for the output's comment
   * @return the trained model
   * @throws Exception when training fails or is stopped
   */
  public static GeneratorModel train(Instances data, VaeSettings settings, TrainingSettings training, int threads,
    ProgressListener progress, String source) throws Exception {
    boolean conditional = data.classIndex() >= 0 && data.classAttribute().isNominal();
    Instances modelled = data;
    if (!conditional && data.classIndex() >= 0) {
      modelled = new Instances(data, 0, data.numInstances());
      modelled.setClassIndex(-1);
    }
    TabularCodec codec = TabularCodec.fit(modelled, Normalization.AUTO);
    ClassCondition condition = conditional ? ClassCondition.fit(data) : null;
    VariationalModel model = VaeTrainer.train(modelled, codec, condition, settings, training, threads, progress);
    return new GeneratorModel(new Instances(data, 0), model, ColumnStatistics.fit(data), source,
      new Instances(data));
  }

  /**
   * @param file a file written by {@link #save(File)}
   * @return the model
   * @throws Exception naming the file when it is missing or holds something else
   */
  public static GeneratorModel load(File file, String who) {
    return ModelFile.read(file, GeneratorModel.class, who, "a file written by this generator with -save-model, or "
      + "train a new model with -training-file");
  }

  /** Writes the model with Java serialization, as Weka saves its models (see {@link ModelFile}). */
  public void save(File file, String who) {
    ModelFile.write(file, this, who);
  }

  /** @return the training header (no rows), with its class index */
  public Instances header() {
    return new Instances(m_header, 0);
  }

  /** @return the class condition, or null when the model is not class-conditional */
  public ClassCondition condition() {
    return m_model.condition();
  }

  public VariationalModel model() {
    return m_model;
  }

  @Override
  public TrainingHistory history() {
    return m_model.history();
  }

  public ColumnStatistics statistics() {
    return m_statistics;
  }

  /** @return a copy of the training rows, or null for a model saved by a version that did not keep them */
  public Instances training() {
    return m_training == null ? null : new Instances(m_training);
  }

  /** @return the training rows for distance queries, or null when the model holds none */
  public synchronized ClosestRecords closestRecords() {
    if (m_closest == null && m_training != null) {
      m_closest = new ClosestRecords(m_training);
    }
    return m_closest;
  }

  /** @return where the training data came from */
  public String source() {
    return m_source;
  }

  /**
   * As {@link #generate}, {@value #CHUNK} rows at a time, into {@code header} (the training header, perhaps renamed).
   *
   * @param labels class label index of each row for a class-conditional model, else null
   * @param count rows to generate
   * @param matching maps decoded numeric values onto the training marginals, or null to keep them as decoded
   */
  public Instances generateAll(Instances header, int[] labels, int count, double temperature, boolean clip,
    int threads, Random random, MarginalMatching matching) throws Exception {
    Instances all = new Instances(header, count);
    for (int from = 0; from < count; from += CHUNK) {
      int to = Math.min(count, from + CHUNK);
      int[] chunkLabels = labels == null ? null : Arrays.copyOfRange(labels, from, to);
      for (double[] values : decoded(chunkLabels, to - from, temperature, threads, random)) {
        if (matching != null) {
          matching.apply(values);
        }
        m_statistics.finish(values, numeric(), clip, random);
        all.add(new DenseInstance(1.0, values));
      }
    }
    return all;
  }

  private boolean[] numeric() {
    boolean[] numeric = new boolean[m_header.numAttributes()];
    for (int a = 0; a < numeric.length; a++) {
      numeric[a] = m_header.attribute(a).isNumeric();
    }
    return numeric;
  }

  /**
   * Decodes rows from random codes, before they are made to look like the training columns (no clipping, rounding
   * or missing values yet): what {@link MarginalMatching} is fitted on.
   *
   * @param labels class label index of each row for a class-conditional model, else null
   * @param count rows to decode when {@code labels} is null
   * @param temperature spread of the prior (1 = as trained)
   * @param threads threads for ND4J
   * @param random source of every draw
   * @return each row's values in the header's attribute order (the class label set for a conditional model)
   * @throws Exception if ND4J fails
   */
  public double[][] decoded(int[] labels, int count, double temperature, int threads, Random random)
    throws Exception {
    int n = labels == null ? count : labels.length;
    float[][] rows = Nd4jBoundary.call(threads, () -> m_model.generate(labels, n, temperature, random));
    Instance blank = new DenseInstance(m_header.numAttributes());
    double[][] result = new double[n][];
    for (int r = 0; r < n; r++) {
      double[] values = m_model.codec().decode(rows[r], blank);
      if (labels != null) {
        values[m_header.classIndex()] = labels[r];
      }
      for (int a = 0; a < values.length; a++) {
        if (a != m_header.classIndex() && !Double.isFinite(values[a])) {
          throw new IllegalStateException("the model generated " + values[a] + " for attribute '"
            + m_header.attribute(a).name() + "', so it cannot be used: train it again, with a lower -learning-rate.");
        }
      }
      result[r] = values;
    }
    return result;
  }
}
