package weka.autoencoder.variant;

import java.io.File;

import org.nd4j.linalg.api.ndarray.INDArray;

import weka.autoencoder.codec.EncodedBatch;
import weka.autoencoder.filter.OutputMode;
import weka.autoencoder.model.Model;
import weka.autoencoder.model.TrainedAutoencoder;
import weka.autoencoder.nd4j.FloatMatrices;
import weka.autoencoder.nd4j.Nd4jBoundary;
import weka.autoencoder.plot.TrainingPlots;
import weka.autoencoder.train.ProgressListener;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;

/**
 * A variant that reads one row per instance (the dense family, the VAE, and the convolutional one on pixel
 * attributes): the codec turns rows into a matrix, the network encodes and rebuilds them, and the output is the code
 * followed by the class, or the rebuilt row with the input header, plus the anomaly attributes ({@link ScorePlan}).
 */
public final class TabularVariant implements Variant {

  private static final long serialVersionUID = 1L;

  /** Rows converted and passed through the network at a time when filtering, to bound memory. */
  private static final int CHUNK = 1024;

  /** Input/reconstruction pairs drawn in the reconstruction grid. */
  private static final int PLOTTED_IMAGES = 20;

  /** The image shape that draws no reconstructions. */
  public static final int[] NO_PICTURES = new int[0];

  private final TabularInput m_input;
  private final TabularNetwork m_network;
  private final TrainingPlan m_training;
  private final OutputPlan m_output;
  private final int[] m_imageShape;

  /** The first batch's codes and scores when the anomaly score needs them ({@link ScorePlan#fromCodes}). */
  private CodeNeighbours m_neighbours;

  /** For the reconstruction: how far to trust each attribute's imputation, measured on the first batch. */
  private ImputationCalibration m_calibration;

  /**
   * @param input how rows are checked and scaled
   * @param network the network to train
   * @param training how to train it
   * @param output what to output
   * @param imageShape {width, height, channels} of the grey or channels-last images to draw; null to draw square
   *          grey images when the data look like them ({@link #squareImage}); {@link #NO_PICTURES} for none
   */
  public TabularVariant(TabularInput input, TabularNetwork network, TrainingPlan training, OutputPlan output,
    int[] imageShape) {
    m_input = input;
    m_network = network;
    m_training = training;
    m_output = output;
    m_imageShape = imageShape;
  }

  /** @return how rows are checked and scaled (for training elsewhere, e.g. on Spark) */
  public TabularInput input() {
    return m_input;
  }

  /** @return the network to train */
  public TabularNetwork network() {
    return m_network;
  }

  /** @return how to train it */
  public TrainingPlan training() {
    return m_training;
  }

  @Override
  public void checkInput(Instances header) {
    m_input.check(header);
  }

  @Override
  public Instances outputFormat(Instances input) {
    return OutputHeader.table(input, m_output);
  }

  @Override
  public Model train(Instances data, ProgressListener progress) throws Exception {
    return m_network.train(data, m_input.fit(data), ImputeTraining.plan(m_training, m_output, data), progress);
  }

  @Override
  public Instances transform(Model model, Instances batch, Instances outputFormat) throws Exception {
    TrainedAutoencoder rows = (TrainedAutoencoder) model;
    Instances result = new Instances(outputFormat, batch.numInstances());
    float[][] codes = m_output.scores().fromCodes() ? new float[batch.numInstances()][] : null;
    UnexplainedVariance unexplained = codes != null && m_neighbours == null
      ? new UnexplainedVariance(rows.codec().width()) : null;
    Nd4jBoundary.call(m_network.threadPolicy(m_training.threads()), () -> {
      if (m_output.mode() == OutputMode.RECONSTRUCTION && m_calibration == null && batch.numInstances() > 0) {
        m_calibration = ImputationCalibration.fit(rows, rows.codec().encode(batch, 0,
          Math.min(batch.numInstances(), ImputationCalibration.MAX_ROWS)));
      }
      for (int from = 0; from < batch.numInstances(); from += CHUNK) {
        transformChunk(rows, batch, from, Math.min(from + CHUNK, batch.numInstances()), result, codes, unexplained);
      }
      return null;
    });
    if (codes != null) {
      scoreFromCodes(result, codes, encodedInputs(rows, batch), unexplained);
    }
    return result;
  }

  /**
   * Replaces the reconstruction errors in the score attribute by the score that also uses the codes; the first
   * batch (the training data) becomes the reference every batch is scored against.
   */
  private void scoreFromCodes(Instances result, float[][] codes, RowSource inputs, UnexplainedVariance unexplained) {
    int at = m_output.scores().scoreIndex(result.numAttributes());
    double[] errors = new double[result.numInstances()];
    for (int i = 0; i < errors.length; i++) {
      errors[i] = result.instance(i).isMissing(at) ? Double.NaN : result.instance(i).value(at);
    }
    double[] scores;
    if (m_neighbours == null) {
      m_neighbours = CodeNeighbours.fit(m_output.scores().kind(), codes, errors, inputs, unexplained.fraction());
      if (m_output.scores().kind() == weka.autoencoder.options.AnomalyScore.COMBINED) {
        System.err.println("autoencoders: " + m_neighbours.describe());
      }
      scores = m_neighbours.trainingScores();
    } else {
      scores = m_neighbours.score(codes, errors, inputs);
    }
    for (int i = 0; i < scores.length; i++) {
      result.instance(i).setValue(at, Double.isNaN(scores[i]) ? Utils.missingValue() : scores[i]);
    }
  }

  /** @return the batch's rows as the network reads them (scaled, one-hot), encoded a block at a time */
  private static RowSource encodedInputs(TrainedAutoencoder model, Instances batch) {
    return new RowSource() {
      @Override
      public int size() {
        return batch.numInstances();
      }

      @Override
      public float[][] rows(int from, int to) {
        EncodedBatch encoded = model.codec().encode(batch, from, to);
        float[][] rows = new float[to - from][];
        for (int r = 0; r < rows.length; r++) {
          rows[r] = java.util.Arrays.copyOfRange(encoded.values(), r * encoded.columns(), (r + 1) * encoded.columns());
        }
        return rows;
      }
    };
  }

  private void transformChunk(TrainedAutoencoder model, Instances instances, int from, int to, Instances result,
    float[][] codes, UnexplainedVariance unexplained) {
    EncodedBatch batch = model.codec().encode(instances, from, to);
    long[] shape = {batch.rows(), batch.columns()};
    INDArray rows = FloatMatrices.create(batch.values(), shape);
    INDArray observed = batch.hasMissing() ? FloatMatrices.create(batch.observed(), shape) : null;
    INDArray refined = rows;
    if (observed != null && m_output.imputeRounds() > 0) {
      refined = ImputationRounds.refine(model, rows, observed, m_output.imputeRounds());
    }
    ScorePlan scores = m_output.scores();
    INDArray reconstruction = m_output.needsReconstruction() ? model.reconstruct(refined) : null;
    // The reconstruction's values, copied out of ND4J once and shared by the calibration, the per-attribute errors
    // and the output rows (none of them changes it after the calibration).
    float[] rebuilt = null;
    if (observed != null && m_calibration != null && m_output.mode() == OutputMode.RECONSTRUCTION) {
      rebuilt = FloatMatrices.values(reconstruction);
      m_calibration.apply(rebuilt, batch.observed(), batch.rows());
      INDArray uncalibrated = reconstruction;
      reconstruction = FloatMatrices.create(rebuilt, shape);
      FloatMatrices.release(uncalibrated);
    }
    double[] errors = scores.score() ? model.reconstructionError(refined, reconstruction, observed) : null;
    if (rebuilt == null && (scores.perAttribute() || !m_output.codes() || unexplained != null)) {
      rebuilt = FloatMatrices.values(reconstruction);
    }
    if (unexplained != null) {
      unexplained.add(batch.values(), rebuilt, batch.hasMissing() ? batch.observed() : null, batch.rows());
    }
    INDArray encoded = m_output.codes() || codes != null ? model.encode(refined) : null;
    // One flat copy of the chunk's output; each output instance's values are written from it directly.
    float[] outputs = m_output.codes() ? FloatMatrices.values(encoded) : rebuilt;
    if (codes != null) {
      System.arraycopy(FloatMatrices.rows(encoded), 0, codes, from, to - from);
    }
    FloatMatrices.release(encoded, reconstruction, refined == rows ? null : refined, rows, observed);
    int width = (int) (outputs.length / Math.max(1, batch.rows()));
    int classIndex = instances.classIndex();
    int inputs = instances.numAttributes() - (classIndex >= 0 ? 1 : 0);
    for (int r = 0; r < batch.rows(); r++) {
      Instance original = instances.instance(from + r);
      double[] values = new double[result.numAttributes()];
      int base = r * width;
      if (m_output.codes()) {
        for (int i = 0; i < width; i++) {
          values[i] = outputs[base + i];
        }
        FiniteOutput.require(values, from + r, 0, width);
        if (classIndex >= 0) {
          values[width] = original.classValue();
        }
      } else {
        model.codec().decode(outputs, base, values);
        int attributes = instances.numAttributes();
        FiniteOutput.require(values, from + r, 0, classIndex < 0 ? attributes : classIndex);
        FiniteOutput.require(values, from + r, classIndex + 1, attributes);
        if (classIndex >= 0) {
          values[classIndex] = original.value(classIndex);
        }
      }
      writeScores(scores, values, inputs, errors == null ? 0 : nothingObserved(batch, r) ? Double.NaN : errors[r],
        scores.perAttribute() ? model.codec().attributeErrors(batch.values(), rebuilt, batch.observed(), r) : null,
        classIndex);
      result.add(new DenseInstance(original.weight(), values));
    }
  }

  /**
   * Writes the score (the flag and probability stay missing until the filter sets them from the training scores)
   * and the per-attribute errors, in header order without the class.
   */
  private static void writeScores(ScorePlan scores, double[] values, int inputs, double score,
    double[] attributeErrors, int classIndex) {
    int n = values.length;
    if (scores.score()) {
      values[scores.scoreIndex(n)] = score;
    }
    if (scores.flag()) {
      values[scores.flagIndex(n)] = Utils.missingValue();
    }
    if (scores.probability()) {
      values[scores.probabilityIndex(n)] = Utils.missingValue();
    }
    if (attributeErrors != null) {
      int at = scores.perAttributeIndex(n, inputs);
      for (int a = 0; a < attributeErrors.length; a++) {
        if (a != classIndex) {
          values[at++] = attributeErrors[a];
        }
      }
    }
  }

  /** @return true when row {@code r} has no observed value: its score is missing, not 0 (the most normal) */
  private static boolean nothingObserved(EncodedBatch batch, int r) {
    if (!batch.hasMissing()) {
      return false;
    }
    float[] observed = batch.observed();
    for (int c = r * batch.columns(); c < (r + 1) * batch.columns(); c++) {
      if (observed[c] != 0f) {
        return false;
      }
    }
    return true;
  }

  /** Draws the first training images beside their reconstructions, for image data. */
  @Override
  public File writePictures(Model model, Instances data, TrainingPlots plots) throws Exception {
    int[] shape = m_imageShape == null ? squareImage(data) : m_imageShape;
    if (shape == null || shape.length == 0) {
      return null;
    }
    TrainedAutoencoder rows = (TrainedAutoencoder) model;
    int n = Math.min(PLOTTED_IMAGES, data.numInstances());
    double[][] inputs = new double[n][];
    double[][] rebuilt = new double[n][];
    Nd4jBoundary.call(m_network.threadPolicy(m_training.threads()), () -> {
      EncodedBatch batch = rows.codec().encode(data, 0, n);
      float[][] out = FloatMatrices.rows(rows.reconstruct(FloatMatrices.create(batch.values(), batch.rows(),
        batch.columns())));
      for (int i = 0; i < n; i++) {
        inputs[i] = pixels(data.instance(i).toDoubleArray(), data.classIndex());
        rebuilt[i] = pixels(rows.codec().decode(out[i], data.instance(i)), data.classIndex());
      }
      return null;
    });
    return plots.writeReconstructions(inputs, rebuilt, shape[0], shape[1], shape[2]);
  }

  private static double[] pixels(double[] values, int classIndex) {
    if (classIndex < 0) {
      return values;
    }
    double[] pixels = new double[values.length - 1];
    for (int i = 0, j = 0; i < values.length; i++) {
      if (i != classIndex) {
        pixels[j++] = values[i];
      }
    }
    return pixels;
  }

  /**
   * The default picture geometry: data whose inputs are all numeric and whose count is a square of at least 8 x 8
   * (e.g. 784 = 28 x 28 pixels) are drawn as square grey images.
   *
   * @return {width, height, channels} or null for data that are not images
   */
  public static int[] squareImage(Instances header) {
    int inputs = 0;
    for (int a = 0; a < header.numAttributes(); a++) {
      if (a != header.classIndex()) {
        if (!header.attribute(a).isNumeric()) {
          return null;
        }
        inputs++;
      }
    }
    int side = (int) Math.round(Math.sqrt(inputs));
    return side >= 8 && side * side == inputs ? new int[] {side, side, 1} : null;
  }
}
