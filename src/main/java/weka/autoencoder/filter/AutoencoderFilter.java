package weka.autoencoder.filter;

import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Vector;

import org.nd4j.linalg.api.ndarray.INDArray;

import weka.autoencoder.codec.ColumnLayout;
import weka.autoencoder.codec.EncodedBatch;
import weka.autoencoder.gui.ProgressWindow;
import weka.autoencoder.options.OptionValues;
import weka.autoencoder.plot.TrainingPlots;
import weka.autoencoder.train.ProgressListener;
import weka.autoencoder.train.ProgressListeners;
import weka.autoencoder.codec.InputAttributes;
import weka.autoencoder.codec.Normalization;
import weka.autoencoder.codec.TabularCodec;
import weka.autoencoder.model.TrainedAutoencoder;
import weka.autoencoder.nd4j.FloatMatrices;
import weka.autoencoder.nd4j.Nd4jBoundary;
import weka.autoencoder.nd4j.ThreadPolicy;
import weka.autoencoder.noise.NoNoise;
import weka.autoencoder.noise.NoiseModel;
import weka.autoencoder.noise.NoiseModels;
import weka.autoencoder.train.InputCorruption;
import weka.autoencoder.train.TrainableNetwork;
import weka.autoencoder.train.TrainingHistory;
import weka.autoencoder.train.TrainingLoop;
import weka.autoencoder.train.TrainingSettings;
import weka.core.Attribute;
import weka.core.Capabilities;
import weka.core.Capabilities.Capability;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Option;
import weka.core.Randomizable;
import weka.core.SelectedTag;
import weka.core.Tag;
import weka.core.Utils;
import weka.core.WeightedInstancesHandler;
import weka.filters.SimpleBatchFilter;
import weka.filters.UnsupervisedFilter;

/**
 * What every autoencoder filter shares: the common options (including the corruption model that makes any variant a
 * denoising autoencoder), the output modes (code, reconstruction, error attribute), training on the first batch
 * only, and turning a trained model's outputs into Weka instances. A variant adds its architecture options and
 * builds its model in {@link #trainModel(Instances, TabularCodec)}, training it with
 * {@link #runTraining(TrainableNetwork, TabularCodec, EncodedBatch, INDArray, INDArray)}.
 */
public abstract class AutoencoderFilter extends SimpleBatchFilter
  implements UnsupervisedFilter, Randomizable, WeightedInstancesHandler {

  private static final long serialVersionUID = 1L;

  /** Name of the appended anomaly-score attribute. */
  public static final String ERROR_ATTRIBUTE = "reconstruction_error";

  /** Rows converted and passed through the network at a time when filtering, to bound memory. */
  private static final int TRANSFORM_CHUNK = 1024;

  // Defaults chosen on the MNIST benchmark (bench/RESULTS.md): with early stopping, 100 epochs rarely all run.
  private static final int DEFAULT_EPOCHS = 100;
  private static final int DEFAULT_BATCH_SIZE = 64;
  private static final double DEFAULT_LEARNING_RATE = 0.001;
  private static final double DEFAULT_VALIDATION_FRACTION = 0.1;
  private static final int DEFAULT_PATIENCE = 10;

  private int m_codeSize = defaultCodeSize();
  private int m_epochs = DEFAULT_EPOCHS;
  private int m_batchSize = DEFAULT_BATCH_SIZE;
  private double m_learningRate = DEFAULT_LEARNING_RATE;
  private double m_weightDecay = 0;
  private int m_seed = 1;
  private double m_validationFraction = DEFAULT_VALIDATION_FRACTION;
  private int m_patience = DEFAULT_PATIENCE;
  private OutputMode m_output = defaultOutput();
  private boolean m_errorAttribute;
  private Normalization m_normalization = Normalization.AUTO;
  private int m_threads;
  private NoiseModel m_noise = defaultNoise();

  private File m_plotDirectory = new File(NO_PLOTS);

  /** The trained model; null until the first batch is processed. */
  protected TrainedAutoencoder m_model;

  /** Where training progress goes while the first batch trains (console, Weka log, GUI window). */
  private transient ProgressListener m_progress;

  /** Value of -plot-directory meaning "write no pictures" (the GUI's file editor shows it as the working folder). */
  private static final String NO_PLOTS = "";

  /** Input/reconstruction pairs drawn in the reconstruction grid. */
  private static final int PLOTTED_IMAGES = 20;

  /** @return the default number of code units of this variant */
  protected int defaultCodeSize() {
    return 10;
  }

  /** @return a fresh instance of this variant's default corruption model (none for plain autoencoders) */
  protected NoiseModel defaultNoise() {
    return new NoNoise();
  }

  /** @return what this variant outputs by default */
  protected OutputMode defaultOutput() {
    return OutputMode.CODE;
  }

  /**
   * Builds and trains the variant's network on the first batch.
   *
   * @param data the training batch (not to be modified)
   * @param codec the codec fitted on {@code data}
   * @return the trained model
   * @throws Exception if training fails or is stopped
   */
  protected abstract TrainedAutoencoder trainModel(Instances data, TabularCodec codec) throws Exception;

  /**
   * Names of the attributes written with output = code, one per column of the model's {@code encode}; a variant whose
   * code has more than one value per unit (e.g. a mean and a variance) overrides this.
   *
   * @return the code attribute names, {@code code_0} to {@code code_(k-1)} by default
   */
  protected List<String> codeAttributeNames() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < m_codeSize; i++) {
      names.add("code_" + i);
    }
    return names;
  }

  /**
   * The mask the loss is weighted with: 0 for missing entries, otherwise the instance weight (so weighted instances
   * count more in training, as Weka's WeightedInstancesHandler promises).
   *
   * @return row-major rows x columns mask, or null when every entry is observed and every weight is 1
   */
  protected static float[] lossWeights(EncodedBatch batch, Instances data) {
    boolean weighted = false;
    for (int i = 0; i < data.numInstances() && !weighted; i++) {
      weighted = data.instance(i).weight() != 1.0;
    }
    if (!weighted) {
      return batch.hasMissing() ? batch.observed() : null;
    }
    float[] mask = batch.observed().clone();
    for (int r = 0; r < batch.rows(); r++) {
      float w = (float) data.instance(r).weight();
      for (int c = 0; c < batch.columns(); c++) {
        mask[r * batch.columns() + c] *= w;
      }
    }
    return mask;
  }

  /**
   * @return how ND4J's threads are split for this variant's network (see {@link ThreadPolicy}); the requested
   *         threads go to BLAS unless a variant's work is mostly convolutions
   */
  protected ThreadPolicy threadPolicy() {
    return ThreadPolicy.forRequest(m_threads);
  }

  /** @return the settings of the shared training loop taken from the options */
  protected TrainingSettings trainingSettings() {
    return new TrainingSettings(m_epochs, m_batchSize, m_seed, m_validationFraction, m_patience);
  }

  /**
   * Trains a variant's network with the shared loop: the options' settings, progress on the console, in Weka's
   * log and in the GUI's progress window, and the chosen corruption model applied to every minibatch. Must run inside {@link Nd4jBoundary}.
   *
   * @param network the variant's network
   * @param codec the codec fitted on the training data
   * @param batch the encoded training data
   * @param rows {@code batch} as an array (never modified)
   * @param mask the loss weights, see {@link #lossWeights(EncodedBatch, Instances)}
   * @return the training history
   * @throws Exception if training is stopped
   */
  protected TrainingHistory runTraining(TrainableNetwork network, TabularCodec codec, EncodedBatch batch,
    INDArray rows, INDArray mask) throws Exception {
    return new TrainingLoop(trainingSettings(), progress()).train(network, rows, mask, inputCorruption(codec, batch));
  }

  /**
   * @param codec the codec fitted on the training data
   * @param batch the encoded training data (gives the numeric range)
   * @return the noise option bound to the columns of {@code codec}, or null for no noise
   */
  protected InputCorruption inputCorruption(TabularCodec codec, EncodedBatch batch) {
    NoiseModel noise = m_noise;
    if (noise instanceof NoNoise) {
      return null;
    }
    ColumnLayout layout = codec.layout(batch);
    return (values, rowCount, random) -> noise.corrupt(values, rowCount, layout, random);
  }

  // ---------------------------------------------------------------- filter life cycle

  @Override
  public Capabilities getCapabilities() {
    Capabilities result = super.getCapabilities();
    result.disableAll();
    result.enable(Capability.NUMERIC_ATTRIBUTES);
    result.enable(Capability.NOMINAL_ATTRIBUTES);
    result.enable(Capability.DATE_ATTRIBUTES);
    result.enable(Capability.MISSING_VALUES);
    result.enable(Capability.NUMERIC_CLASS);
    result.enable(Capability.NOMINAL_CLASS);
    result.enable(Capability.DATE_CLASS);
    result.enable(Capability.MISSING_CLASS_VALUES);
    result.enable(Capability.NO_CLASS);
    return result;
  }

  /** Checks attribute types first, so the error names the attribute to fix. */
  @Override
  protected void testInputFormat(Instances instanceInfo) throws Exception {
    try {
      InputAttributes.check(instanceInfo);
    } catch (IllegalArgumentException e) {
      throw new weka.core.UnsupportedAttributeTypeException(getClass().getSimpleName() + ": " + e.getMessage());
    }
    super.testInputFormat(instanceInfo);
  }

  @Override
  protected Instances determineOutputFormat(Instances inputFormat) throws Exception {
    ArrayList<Attribute> attributes = new ArrayList<>();
    List<String> codeNames = codeAttributeNames();
    if (m_output == OutputMode.CODE) {
      for (String name : codeNames) {
        attributes.add(new Attribute(name));
      }
      if (inputFormat.classIndex() >= 0) {
        attributes.add((Attribute) inputFormat.classAttribute().copy());
      }
    } else {
      for (int a = 0; a < inputFormat.numAttributes(); a++) {
        attributes.add((Attribute) inputFormat.attribute(a).copy());
      }
    }
    if (m_errorAttribute) {
      attributes.add(new Attribute(uniqueName(ERROR_ATTRIBUTE, attributes)));
    }
    String relation = m_output == OutputMode.CODE ? inputFormat.relationName() + "_autoencoder_code"
      : inputFormat.relationName();
    Instances result = new Instances(relation, attributes, 0);
    if (m_output == OutputMode.CODE && inputFormat.classIndex() >= 0) {
      result.setClassIndex(codeNames.size());
    } else if (m_output == OutputMode.RECONSTRUCTION) {
      result.setClassIndex(inputFormat.classIndex());
    }
    return result;
  }

  private static String uniqueName(String name, List<Attribute> taken) {
    String candidate = name;
    for (int i = 1; containsName(taken, candidate); i++) {
      candidate = name + "_" + i;
    }
    return candidate;
  }

  private static boolean containsName(List<Attribute> attributes, String name) {
    for (Attribute a : attributes) {
      if (a.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** Refuses an empty first batch: Weka would otherwise mark the filter trained without a network. */
  @Override
  public boolean batchFinished() throws Exception {
    if (getInputFormat() != null && !isFirstBatchDone() && getInputFormat().numInstances() == 0) {
      throw new IllegalArgumentException(getClass().getSimpleName()
        + ": the training data has no instances; the network needs at least one row to learn from.");
    }
    return super.batchFinished();
  }

  /**
   * @return where a variant's training loop reports progress: the console and Weka's log, plus a progress window
   *         with a Stop button when a Weka GUI is showing
   */
  protected ProgressListener progress() {
    return m_progress != null ? m_progress : ProgressListener.SILENT;
  }

  @Override
  protected Instances process(Instances instances) throws Exception {
    if (!isFirstBatchDone()) {
      TabularCodec codec = fitCodec(instances);
      String name = getClass().getSimpleName();
      ProgressWindow window = ProgressWindow.openIfGuiIsShowing(name);
      m_progress = new ProgressListeners(new LoggingProgress(name, System.err), window);
      try {
        m_model = trainModel(instances, codec);
      } finally {
        m_progress = null;
        if (window != null) {
          window.close();
        }
      }
      if (plotsWanted()) {
        writePlots(instances);
      }
    }
    return applyModel(instances, getOutputFormat());
  }

  /**
   * Fits the data codec on the training batch; a variant overrides this when its inputs need other scaling (images
   * are divided by one factor for all pixels, say).
   *
   * @param data the training batch (not to be modified)
   * @return the codec the model will use for every batch
   */
  protected TabularCodec fitCodec(Instances data) throws Exception {
    return TabularCodec.fit(data, m_normalization);
  }

  /**
   * Runs the trained model over a batch, a chunk at a time: codes (class copied after them) or reconstructions,
   * plus the error attribute when asked for.
   *
   * @param instances the batch, with the header the codec was fitted on
   * @param outputFormat the header of the result: {@link #determineOutputFormat} of the batch's header
   * @return the filtered batch
   */
  protected Instances applyModel(Instances instances, Instances outputFormat) throws Exception {
    Instances result = new Instances(outputFormat, instances.numInstances());
    Nd4jBoundary.call(threadPolicy(), () -> {
      for (int from = 0; from < instances.numInstances(); from += TRANSFORM_CHUNK) {
        int to = Math.min(from + TRANSFORM_CHUNK, instances.numInstances());
        transformChunk(instances, from, to, result);
      }
      return null;
    });
    return result;
  }

  private boolean plotsWanted() {
    return m_plotDirectory != null && !m_plotDirectory.getPath().trim().isEmpty();
  }

  /** Writes the loss curve and, for image data, inputs beside reconstructions into the plot directory. */
  private void writePlots(Instances instances) throws Exception {
    TrainingPlots plots = new TrainingPlots(m_plotDirectory, getClass().getSimpleName() + "-");
    File loss = plots.writeLoss(m_model.history(), getClass().getSimpleName() + ": reconstruction loss per epoch");
    System.err.println(getClass().getSimpleName() + ": wrote " + loss);
    int[] shape = imageShape(instances);
    if (shape == null) {
      return;
    }
    int n = Math.min(PLOTTED_IMAGES, instances.numInstances());
    double[][] inputs = new double[n][];
    double[][] rebuilt = new double[n][];
    Nd4jBoundary.call(threadPolicy(), () -> {
      EncodedBatch batch = m_model.codec().encode(instances, 0, n);
      float[][] out = FloatMatrices.rows(m_model.reconstruct(FloatMatrices.create(batch.values(), batch.rows(),
        batch.columns())));
      for (int i = 0; i < n; i++) {
        inputs[i] = pixels(instances.instance(i).toDoubleArray(), instances.classIndex());
        rebuilt[i] = pixels(m_model.codec().decode(out[i], instances.instance(i)), instances.classIndex());
      }
      return null;
    });
    File grid = plots.writeReconstructions(inputs, rebuilt, shape[0], shape[1], shape[2]);
    System.err.println(getClass().getSimpleName() + ": wrote " + grid);
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
   * The image geometry used to draw reconstructions, or null for data that are not images. By default, data whose
   * inputs are all numeric and whose count is a square of at least 8 x 8 (e.g. 784 = 28 x 28 pixels) are drawn as
   * square grey images; variants that know their geometry override this.
   *
   * @param header the training data
   * @return {width, height, channels} or null
   */
  protected int[] imageShape(Instances header) {
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

  private void transformChunk(Instances instances, int from, int to, Instances result) {
    EncodedBatch batch = m_model.codec().encode(instances, from, to);
    long[] shape = {batch.rows(), batch.columns()};
    INDArray rows = FloatMatrices.create(batch.values(), shape);
    INDArray observed = batch.hasMissing() ? FloatMatrices.create(batch.observed(), shape) : null;
    INDArray reconstruction = m_output == OutputMode.RECONSTRUCTION || m_errorAttribute
      ? m_model.reconstruct(rows) : null;
    double[] errors = m_errorAttribute ? m_model.reconstructionError(rows, reconstruction, observed) : null;
    float[][] outputs = FloatMatrices.rows(m_output == OutputMode.CODE ? m_model.encode(rows) : reconstruction);
    for (int r = 0; r < batch.rows(); r++) {
      Instance original = instances.instance(from + r);
      double[] values = new double[result.numAttributes()];
      if (m_output == OutputMode.CODE) {
        int codes = outputs[r].length;
        for (int i = 0; i < codes; i++) {
          values[i] = outputs[r][i];
        }
        if (instances.classIndex() >= 0) {
          values[codes] = original.classValue();
        }
      } else {
        double[] decoded = m_model.codec().decode(outputs[r], original);
        System.arraycopy(decoded, 0, values, 0, decoded.length);
      }
      if (m_errorAttribute) {
        values[values.length - 1] = errors[r];
      }
      result.add(new DenseInstance(original.weight(), values));
    }
  }

  // ---------------------------------------------------------------- options

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> options = new Vector<>();
    options.add(new Option("\tNumber of code units (the reduced dimension).\n\t(default " + defaultCodeSize() + ")",
      "code-size", 1, "-code-size <n>"));
    options.addAll(Collections.list(architectureOptions()));
    options.add(new Option("\tMaximum number of passes over the training data.\n\t(default " + DEFAULT_EPOCHS + ")", "epochs", 1,
      "-epochs <n>"));
    options.add(new Option("\tRows per minibatch.\n\t(default " + DEFAULT_BATCH_SIZE + ")", "batch-size", 1, "-batch-size <n>"));
    options.add(new Option("\tLearning rate of the Adam optimiser.\n\t(default " + DEFAULT_LEARNING_RATE + ")", "learning-rate", 1,
      "-learning-rate <x>"));
    options.add(new Option("\tWeight decay (decoupled, 0 = none).\n\t(default 0)", "weight-decay", 1,
      "-weight-decay <x>"));
    options.add(new Option("\tRandom seed (weights, shuffling, validation split).\n\t(default 1)", "S", 1,
      "-S <seed>"));
    options.add(new Option("\tShare of training rows held out for early stopping (0 = none).\n\t(default "
      + DEFAULT_VALIDATION_FRACTION + ")",
      "validation-fraction", 1, "-validation-fraction <x>"));
    options.add(new Option("\tEpochs without improvement of the held-out loss before stopping (0 = never).\n"
      + "\t(default " + DEFAULT_PATIENCE + ")", "patience", 1, "-patience <epochs>"));
    options.add(new Option("\tCorruption of the training input (denoising), as class name and options, e.g.\n"
      + "\t\"weka.autoencoder.noise.GaussianNoise -stddev 0.2\"; none for clean input. The loss is always\n"
      + "\tagainst the clean input.\n\t(default " + NoiseModels.format(defaultNoise()) + ")", "noise", 1,
      "-noise <class name [options]>"));
    options.add(new Option("\tWhat to output: code or reconstruction.\n\t(default " + defaultOutput().optionValue()
      + ")", "output", 1, "-output <code|reconstruction>"));
    options.add(new Option("\tAppend the reconstruction error (anomaly score) as an attribute.", "error-attribute",
      0, "-error-attribute"));
    options.add(new Option("\tScaling of numeric attributes: auto, minmax, standardize or none.\n"
      + "\t(default auto: none when all numeric inputs lie in [0,1], else minmax)", "normalize", 1,
      "-normalize <auto|minmax|standardize|none>"));
    options.add(new Option("\tThreads for the network (0 = all cores).\n\t(default 0)", "threads", 1,
      "-threads <n>"));
    options.add(new Option("\tFolder to write pictures of the training into (loss per epoch; for image data,\n"
      + "\tinputs beside reconstructions).\n\t(default: none)", "plot-directory", 1, "-plot-directory <dir>"));
    options.addAll(Collections.list(super.listOptions()));
    Enumeration<Option> noiseOptions = m_noise.listOptions();
    if (noiseOptions.hasMoreElements()) {
      options.add(new Option("", "", 0, "\nOptions specific to noise model " + m_noise.getClass().getName() + ":"));
      options.addAll(Collections.list(noiseOptions));
    }
    return options.elements();
  }

  /** @return the variant's own options, listed after -code-size */
  protected abstract Enumeration<Option> architectureOptions();

  /** Reads the variant's own options. */
  protected abstract void setArchitectureOptions(String[] options) throws Exception;

  /** @return the variant's own options and values */
  protected abstract List<String> getArchitectureOptions();

  @Override
  public void setOptions(String[] options) throws Exception {
    try {
      setCodeSize(OptionValues.whole("code-size", options, defaultCodeSize()));
      setArchitectureOptions(options);
      setEpochs(OptionValues.whole("epochs", options, DEFAULT_EPOCHS));
      setBatchSize(OptionValues.whole("batch-size", options, DEFAULT_BATCH_SIZE));
      setLearningRate(OptionValues.number("learning-rate", options, DEFAULT_LEARNING_RATE));
      setWeightDecay(OptionValues.number("weight-decay", options, 0));
      setSeed(OptionValues.whole("S", options, 1));
      setValidationFraction(OptionValues.number("validation-fraction", options, DEFAULT_VALIDATION_FRACTION));
      setPatience(OptionValues.whole("patience", options, DEFAULT_PATIENCE));
      String noise = Utils.getOption("noise", options);
      setNoise(noise.isEmpty() ? defaultNoise() : noiseOption(noise));
      String output = Utils.getOption("output", options);
      m_output = output.isEmpty() ? defaultOutput() : OutputMode.fromOption(output);
      setErrorAttribute(Utils.getFlag("error-attribute", options));
      String normalize = Utils.getOption("normalize", options);
      m_normalization = normalize.isEmpty() ? Normalization.AUTO : Normalization.fromOption(normalize);
      setThreads(OptionValues.whole("threads", options, 0));
      setPlotDirectory(new File(Utils.getOption("plot-directory", options)));
    } catch (IllegalArgumentException e) {
      throw new Exception(e.getMessage(), e);
    }
    super.setOptions(options);
    Utils.checkForRemainingOptions(options);
  }

  /** Reads the -noise value; any problem is reported as a problem of -noise. */
  private static NoiseModel noiseOption(String value) {
    try {
      return NoiseModels.parse(value);
    } catch (Exception e) {
      throw new IllegalArgumentException("-noise \"" + value + "\": " + e.getMessage(), e);
    }
  }

  @Override
  public String[] getOptions() {
    List<String> options = new ArrayList<>();
    options.add("-code-size");
    options.add("" + m_codeSize);
    options.addAll(getArchitectureOptions());
    options.add("-epochs");
    options.add("" + m_epochs);
    options.add("-batch-size");
    options.add("" + m_batchSize);
    options.add("-learning-rate");
    options.add("" + m_learningRate);
    options.add("-weight-decay");
    options.add("" + m_weightDecay);
    options.add("-S");
    options.add("" + m_seed);
    options.add("-validation-fraction");
    options.add("" + m_validationFraction);
    options.add("-patience");
    options.add("" + m_patience);
    options.add("-noise");
    options.add(NoiseModels.format(m_noise));
    options.add("-output");
    options.add(m_output.optionValue());
    if (m_errorAttribute) {
      options.add("-error-attribute");
    }
    options.add("-normalize");
    options.add(m_normalization.optionValue());
    options.add("-threads");
    options.add("" + m_threads);
    if (plotsWanted()) {
      options.add("-plot-directory");
      options.add(m_plotDirectory.getPath());
    }
    Collections.addAll(options, super.getOptions());
    return options.toArray(new String[0]);
  }

  // ---------------------------------------------------------------- properties (GUI)

  /** Builds GUI tags from an enum's option values, with id = ordinal. */
  protected static Tag[] tags(String... optionValues) {
    Tag[] tags = new Tag[optionValues.length];
    for (int i = 0; i < optionValues.length; i++) {
      tags[i] = new Tag(i, optionValues[i], optionValues[i]);
    }
    return tags;
  }

  private static final Tag[] OUTPUT_TAGS = tags("code", "reconstruction");
  private static final Tag[] NORMALIZATION_TAGS = tags("auto", "minmax", "standardize", "none");

  public int getCodeSize() {
    return m_codeSize;
  }

  public void setCodeSize(int codeSize) {
    OptionValues.requireAtLeast("code-size", codeSize, 1);
    m_codeSize = codeSize;
  }

  public String codeSizeTipText() {
    return "Number of code units: the dimension the data is reduced to (the number of output attributes "
      + "with output = code).";
  }

  public int getEpochs() {
    return m_epochs;
  }

  public void setEpochs(int epochs) {
    OptionValues.requireAtLeast("epochs", epochs, 1);
    m_epochs = epochs;
  }

  public String epochsTipText() {
    return "Maximum number of passes over the training data; early stopping may end training sooner.";
  }

  public int getBatchSize() {
    return m_batchSize;
  }

  public void setBatchSize(int batchSize) {
    OptionValues.requireAtLeast("batch-size", batchSize, 1);
    m_batchSize = batchSize;
  }

  public String batchSizeTipText() {
    return "Rows per minibatch: each optimiser step averages the gradient over this many rows. Larger batches "
      + "process more rows per second but learn less from each; 64 reached the lowest loss for the same "
      + "training time on MNIST (bench/RESULTS-batch-size.md).";
  }

  public double getLearningRate() {
    return m_learningRate;
  }

  public void setLearningRate(double learningRate) {
    OptionValues.requireLearningRate(learningRate);
    m_learningRate = learningRate;
  }

  public String learningRateTipText() {
    return "Step size of the Adam optimiser; lower it if the loss jumps about, raise it if it falls very slowly.";
  }

  public double getWeightDecay() {
    return m_weightDecay;
  }

  public void setWeightDecay(double weightDecay) {
    if (!(weightDecay >= 0) || Double.isInfinite(weightDecay)) {
      throw new IllegalArgumentException("-weight-decay must be 0 or a small positive number, got " + weightDecay
        + ".");
    }
    m_weightDecay = weightDecay;
  }

  public String weightDecayTipText() {
    return "Shrinks the weights a little every step (decoupled weight decay) to reduce overfitting; 0 switches it off.";
  }

  @Override
  public int getSeed() {
    return m_seed;
  }

  @Override
  public void setSeed(int seed) {
    m_seed = seed;
  }

  public String seedTipText() {
    return "Seed of the random weights, the shuffling and the validation split; the same seed and thread count "
      + "give the same result.";
  }

  public double getValidationFraction() {
    return m_validationFraction;
  }

  public void setValidationFraction(double fraction) {
    OptionValues.requireValidationFraction(fraction);
    m_validationFraction = fraction;
  }

  public String validationFractionTipText() {
    return "Share of the training rows held out to measure the reconstruction loss after each epoch; training "
      + "stops when it no longer improves and keeps the best weights. 0 trains on all rows for all epochs.";
  }

  public int getPatience() {
    return m_patience;
  }

  public void setPatience(int patience) {
    OptionValues.requireAtLeast("patience", patience, 0);
    m_patience = patience;
  }

  public String patienceTipText() {
    return "Epochs without improvement of the held-out loss before training stops (0 = run all epochs, still "
      + "keeping the best weights).";
  }

  public NoiseModel getNoise() {
    return m_noise;
  }

  public void setNoise(NoiseModel noise) {
    m_noise = noise == null ? new NoNoise() : noise;
  }

  public String noiseTipText() {
    return "Corruption of the training input, which makes this a denoising autoencoder: the network sees noisy "
      + "instances and learns to rebuild the clean ones (the loss is always against the clean input). NoNoise "
      + "trains on clean input. Noise is only used in training, never when filtering.";
  }

  public SelectedTag getOutput() {
    return new SelectedTag(m_output.ordinal(), OUTPUT_TAGS);
  }

  public void setOutput(SelectedTag output) {
    if (output.getTags() == OUTPUT_TAGS) {
      m_output = OutputMode.values()[output.getSelectedTag().getID()];
    }
  }

  /** @return the output mode (not a bean property, so the GUI shows only the drop-down above) */
  public OutputMode outputMode() {
    return m_output;
  }

  public String outputTipText() {
    return "code: replace the input attributes by the code (dimensionality reduction, like PrincipalComponents). "
      + "reconstruction: keep the input header and output the network's rebuilt values (compression round "
      + "trip, denoising, filling in missing values).";
  }

  public boolean getErrorAttribute() {
    return m_errorAttribute;
  }

  public void setErrorAttribute(boolean errorAttribute) {
    m_errorAttribute = errorAttribute;
  }

  public String errorAttributeTipText() {
    return "Append a numeric attribute '" + ERROR_ATTRIBUTE + "': the instance's mean squared reconstruction error "
      + "in the scaled space. Unusual instances reconstruct badly, so it serves as an anomaly score.";
  }

  public SelectedTag getNormalize() {
    return new SelectedTag(m_normalization.ordinal(), NORMALIZATION_TAGS);
  }

  public void setNormalize(SelectedTag normalize) {
    if (normalize.getTags() == NORMALIZATION_TAGS) {
      m_normalization = Normalization.values()[normalize.getSelectedTag().getID()];
    }
  }

  public String normalizeTipText() {
    return "How numeric attributes are scaled for the network, using training statistics: auto (as they are if all "
      + "lie in [0,1], else minmax), minmax (to [0,1]), standardize (mean 0, sd 1) or none. Output is always in "
      + "the original units.";
  }

  public int getThreads() {
    return m_threads;
  }

  public void setThreads(int threads) {
    OptionValues.requireAtLeast("threads", threads, 0);
    m_threads = threads;
  }

  public String threadsTipText() {
    return "Threads for the network's matrix arithmetic; 0 uses all cores.";
  }

  public File getPlotDirectory() {
    return m_plotDirectory;
  }

  public void setPlotDirectory(File directory) {
    m_plotDirectory = directory == null ? new File(NO_PLOTS) : directory;
  }

  public String plotDirectoryTipText() {
    return "Folder to write pictures of the training into when the filter trains: the training and validation loss "
      + "per epoch (loss.png) and, for image data, a grid of inputs beside their reconstructions "
      + "(reconstructions.png). Leave empty for no pictures.";
  }

  /** @return the model trained on the first batch, or null before that */
  public TrainedAutoencoder getModel() {
    return m_model;
  }
}
