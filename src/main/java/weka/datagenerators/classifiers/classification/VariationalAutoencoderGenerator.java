package weka.datagenerators.classifiers.classification;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileReader;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Random;
import java.util.Vector;

import weka.autoencoder.arch.ActivationChoice;
import weka.autoencoder.arch.LayerSizes;
import weka.autoencoder.filter.LoggingProgress;
import weka.autoencoder.generate.GeneratorModel;
import weka.autoencoder.generate.ImageMontage;
import weka.autoencoder.generate.LabelPlan;
import weka.autoencoder.options.OptionValues;
import weka.autoencoder.train.TrainingSettings;
import weka.autoencoder.variational.ClassCondition;
import weka.autoencoder.variational.CodeOutput;
import weka.autoencoder.variational.NumericDistribution;
import weka.autoencoder.variational.VaeSettings;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Option;
import weka.core.RevisionUtils;
import weka.core.SelectedTag;
import weka.core.Tag;
import weka.core.TechnicalInformation;
import weka.core.TechnicalInformationHandler;
import weka.core.Utils;
import weka.core.converters.ConverterUtils.DataSource;
import weka.datagenerators.ClassificationGenerator;

/**
 * <!-- globalinfo-start --> Generates new instances like those of a training file: a variational autoencoder learns
 * the training data's distribution (per class, when the class is nominal) and new instances are decoded from random
 * codes, in the training file's header. <!-- globalinfo-end -->
 */
public class VariationalAutoencoderGenerator extends ClassificationGenerator
  implements TechnicalInformationHandler {

  private static final long serialVersionUID = 1L;

  /** Rows decoded at a time, to bound memory. */
  private static final int CHUNK = 1024;

  /** Images shown at most in a montage. */
  private static final int MONTAGE_IMAGES = 100;

  private static final String DEFAULT_HIDDEN = "128,64";
  private static final Tag[] ACTIVATION_TAGS = tagsOf("relu", "leakyrelu", "elu", "tanh", "sigmoid");
  private static final Tag[] DISTRIBUTION_TAGS = tagsOf("auto", "bernoulli", "gaussian");

  private File m_trainingFile = none();
  private String m_classIndex = "last";
  private File m_modelFile = none();
  private File m_saveModelFile = none();
  private String m_classValue = "";
  private double m_temperature = 1;
  private boolean m_noClip;
  private int m_width;
  private int m_height;
  private int m_channels = 1;
  private File m_montageFile = none();

  private int m_codeSize = 8;
  private int[] m_hidden = LayerSizes.parse(DEFAULT_HIDDEN);
  private ActivationChoice m_activation = ActivationChoice.RELU;
  private int m_epochs = 300;
  private int m_batchSize = 64;
  private double m_learningRate = 0.001;
  private double m_klWeight = 1;
  private int m_klWarmup = 20;
  /**
   * No early stopping by default: on a few hundred rows the held-out ELBO is a noisy criterion that stopped training
   * long before the generated rows stopped getting more realistic (benchmark: a random forest told diabetes rows
   * from generated ones with 84 % accuracy after early stopping, 77 % after all 300 epochs).
   */
  private double m_validationFraction = 0;
  private int m_patience = 20;
  private int m_threads;
  private NumericDistribution m_distribution = NumericDistribution.AUTO;

  /** The model used by the last {@link #defineDataFormat()}. */
  private transient GeneratorModel m_generatorModel;
  /** The last model trained here and what it was trained from, reused while file and options stay the same. */
  private transient GeneratorModel m_trainedModel;
  private transient String m_trainedFrom;
  private transient Instances m_generated;
  private transient int m_next;

  public VariationalAutoencoderGenerator() {
    super();
    setNumExamples(defaultNumExamples());
  }

  /** @return the "no file" value: the working folder, as Weka's file properties use */
  private static File none() {
    return new File(System.getProperty("user.dir"));
  }

  private static boolean isSet(File file) {
    return file != null && !file.getPath().isEmpty() && !file.isDirectory();
  }

  private static Tag[] tagsOf(String... values) {
    Tag[] tags = new Tag[values.length];
    for (int i = 0; i < values.length; i++) {
      tags[i] = new Tag(i, values[i], values[i]);
    }
    return tags;
  }

  private String who() {
    return getClass().getSimpleName();
  }

  public String globalInfo() {
    return "Generates new instances that resemble a training file, with the training file's header. A variational "
      + "autoencoder is trained on the training file (or loaded from a model saved by an earlier run); new "
      + "instances are decoded from random codes drawn from its prior.\n\n"
      + "With a nominal class the network is class-conditional: the generated classes follow the training "
      + "proportions, or classValue asks for one class only (e.g. more rows of a rare class). A numeric class is "
      + "generated like any other attribute.\n\n"
      + "Generated values respect the training columns: nominal labels from the header, whole numbers where the "
      + "training column held only whole numbers, values within the training range (unless noClip), and missing "
      + "values at the training rate. The same seed gives the same instances. temperature above 1 gives more "
      + "varied instances, below 1 more typical ones.\n\n"
      + "For images stored as pixel attributes give width, height and channels and a montage file: a PNG of "
      + "generated images is written beside the data.\n\n"
      + "Training progress is shown on the console and in Weka's log.\n\n"
      + "For more information see:\n" + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    TechnicalInformation info = new TechnicalInformation(TechnicalInformation.Type.INPROCEEDINGS);
    info.setValue(TechnicalInformation.Field.AUTHOR, "D. P. Kingma and M. Welling");
    info.setValue(TechnicalInformation.Field.TITLE, "Auto-Encoding Variational Bayes");
    info.setValue(TechnicalInformation.Field.BOOKTITLE,
      "2nd International Conference on Learning Representations (ICLR)");
    info.setValue(TechnicalInformation.Field.YEAR, "2014");
    TechnicalInformation conditional = info.add(TechnicalInformation.Type.INPROCEEDINGS);
    conditional.setValue(TechnicalInformation.Field.AUTHOR, "K. Sohn and H. Lee and X. Yan");
    conditional.setValue(TechnicalInformation.Field.TITLE,
      "Learning Structured Output Representation using Deep Conditional Generative Models");
    conditional.setValue(TechnicalInformation.Field.BOOKTITLE, "Advances in Neural Information Processing Systems 28");
    conditional.setValue(TechnicalInformation.Field.YEAR, "2015");
    return info;
  }

  // ---------------------------------------------------------------- generation

  @Override
  public Instances defineDataFormat() throws Exception {
    if (isSet(m_modelFile) && isSet(m_trainingFile)) {
      throw new IllegalArgumentException(who() + ": both -training-file and -model are given: use -training-file "
        + "to train a new model, or -model to generate with a saved one.");
    }
    if (!isSet(m_modelFile) && !isSet(m_trainingFile)) {
      throw new IllegalArgumentException(who() + ": no training file: give -training-file <file.arff> (the data "
        + "to imitate), or -model <file> saved earlier with -save-model.");
    }
    ImageMontage montage = montage();
    GeneratorModel model = isSet(m_modelFile) ? GeneratorModel.load(m_modelFile, who()) : trainedModel();
    m_generatorModel = model;
    if (isSet(m_saveModelFile)) {
      model.save(m_saveModelFile);
    }
    int[] labels = plan(model);
    Instances header = model.header();
    if (montage != null) {
      checkPixels(header, montage);
    }
    setNumExamplesAct(getNumExamples());
    setRandom(new Random(getSeed()));
    header.setRelationName(getRelationName().isEmpty() ? header.relationName() : getRelationName());
    m_DatasetFormat = header;
    m_generated = generateAll(model, labels);
    m_next = 0;
    if (montage != null) {
      writeMontage(model, montage);
    }
    return getDatasetFormat();
  }

  private GeneratorModel trainedModel() throws Exception {
    String key = m_trainingFile.getAbsolutePath() + "@" + m_trainingFile.lastModified() + " " + trainingOptions();
    if (m_trainedModel != null && key.equals(m_trainedFrom)) {
      return m_trainedModel;
    }
    Instances data = readTrainingFile();
    GeneratorModel model = GeneratorModel.train(data, settings(), new TrainingSettings(m_epochs, m_batchSize,
      getSeed(), m_validationFraction, m_patience), m_threads, new LoggingProgress(who(), System.err),
      m_trainingFile.getName());
    m_trainedFrom = key;
    m_trainedModel = model;
    return model;
  }

  private String trainingOptions() {
    return m_classIndex + " " + m_codeSize + " " + getHidden() + " " + m_activation + " " + m_epochs + " "
      + m_batchSize + " " + m_learningRate + " " + m_klWeight + " " + m_klWarmup + " " + m_validationFraction + " "
      + m_patience + " "
      + m_distribution + " " + getSeed();
  }

  private VaeSettings settings() {
    return new VaeSettings(m_codeSize, m_hidden, m_activation, m_klWeight, m_klWarmup, m_distribution,
      m_learningRate, 0, CodeOutput.MEAN);
  }

  private Instances readTrainingFile() throws Exception {
    if (!m_trainingFile.isFile()) {
      throw new IllegalArgumentException(who() + ": the training file " + m_trainingFile + " does not exist.");
    }
    Instances data;
    try {
      data = m_trainingFile.getName().toLowerCase(Locale.ROOT).endsWith(".arff")
        ? readArff(m_trainingFile) : DataSource.read(m_trainingFile.getPath());
    } catch (Exception e) {
      throw new IllegalArgumentException(who() + ": cannot read the training file " + m_trainingFile + ": "
        + e.getMessage(), e);
    }
    data.setClassIndex(classIndexOf(data));
    GeneratorModel.checkHeader(data, who());
    if (data.numInstances() == 0) {
      throw new IllegalArgumentException(who() + ": the training file " + m_trainingFile + " has no instances.");
    }
    return data;
  }

  private static Instances readArff(File file) throws Exception {
    try (BufferedReader reader = new BufferedReader(new FileReader(file))) {
      return new Instances(reader);
    }
  }

  private int classIndexOf(Instances data) {
    String index = m_classIndex.trim();
    if (index.equalsIgnoreCase("none") || index.equals("0")) {
      return -1;
    }
    if (index.equalsIgnoreCase("last")) {
      return data.numAttributes() - 1;
    }
    if (index.equalsIgnoreCase("first")) {
      return 0;
    }
    int i;
    try {
      i = Integer.parseInt(index);
    } catch (NumberFormatException e) {
      i = -1;
    }
    if (i < 1 || i > data.numAttributes()) {
      throw new IllegalArgumentException(who() + ": -class-index must be first, last, none or a number from 1 to "
        + data.numAttributes() + " for " + m_trainingFile.getName() + ", got '" + m_classIndex + "'.");
    }
    return i - 1;
  }

  /** @return the label of every row to generate for a class-conditional model, else null */
  private int[] plan(GeneratorModel model) {
    ClassCondition condition = model.condition();
    if (m_classValue.isEmpty()) {
      return condition == null ? null
        : LabelPlan.proportional(getNumExamples(), condition.proportions(), new Random(getSeed() - 1L));
    }
    if (condition == null) {
      Instances header = model.header();
      throw new IllegalArgumentException(who() + ": -class-value needs a nominal class attribute, but "
        + (header.classIndex() < 0 ? "the data has no class (-class-index)"
          : "the class '" + header.classAttribute().name() + "' is not nominal")
        + ": choose a nominal class with -class-index, or leave -class-value out.");
    }
    int label = condition.indexOf(m_classValue);
    if (label < 0) {
      throw new IllegalArgumentException(who() + ": the class '" + model.header().classAttribute().name()
        + "' has no value '" + m_classValue + "': use one of " + String.join(", ", condition.labels()) + ".");
    }
    return LabelPlan.single(getNumExamples(), label);
  }

  private Instances generateAll(GeneratorModel model, int[] labels) throws Exception {
    Instances all = new Instances(m_DatasetFormat, getNumExamples());
    Random random = getRandom();
    int n = getNumExamples();
    for (int from = 0; from < n; from += CHUNK) {
      int to = Math.min(n, from + CHUNK);
      int[] chunkLabels = labels == null ? null : Arrays.copyOfRange(labels, from, to);
      Instances chunk = model.generate(chunkLabels, to - from, m_temperature, !m_noClip, m_threads, random);
      for (Instance instance : chunk) {
        all.add(instance);
      }
    }
    return all;
  }

  private ImageMontage montage() {
    if (!isSet(m_montageFile)) {
      return null;
    }
    if (m_width < 1 || m_height < 1) {
      throw new IllegalArgumentException(who() + ": -montage needs the image size: give -width <pixels> -height "
        + "<pixels> (and -channels 3 for colour images).");
    }
    return new ImageMontage(m_width, m_height, m_channels);
  }

  private void checkPixels(Instances header, ImageMontage montage) {
    int numeric = 0;
    for (int a = 0; a < header.numAttributes() && numeric < montage.pixels(); a++) {
      if (a == header.classIndex()) {
        continue;
      }
      if (!header.attribute(a).isNumeric()) {
        break;
      }
      numeric++;
    }
    if (numeric < montage.pixels()) {
      throw new IllegalArgumentException(who() + ": -width " + m_width + " -height " + m_height + " -channels "
        + m_channels + " need " + montage.pixels() + " numeric pixel attributes at the start of the data, but "
        + "only " + numeric + " are there: check the image size.");
    }
  }

  private void writeMontage(GeneratorModel model, ImageMontage montage) throws Exception {
    Instances header = model.header();
    int[] pixelAttributes = new int[montage.pixels()];
    for (int a = 0, p = 0; p < pixelAttributes.length; a++) {
      if (a != header.classIndex()) {
        pixelAttributes[p++] = a;
      }
    }
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (int a : pixelAttributes) {
      low = Math.min(low, model.statistics().min(a));
      high = Math.max(high, model.statistics().max(a));
    }
    int count = Math.min(MONTAGE_IMAGES, m_generated.numInstances());
    double[][] images = new double[count][pixelAttributes.length];
    for (int i = 0; i < count; i++) {
      for (int p = 0; p < pixelAttributes.length; p++) {
        images[i][p] = m_generated.instance(i).value(pixelAttributes[p]);
      }
    }
    montage.write(images, low, high, m_montageFile);
  }

  @Override
  public Instance generateExample() throws Exception {
    if (m_generated == null) {
      throw new Exception(who() + ": call defineDataFormat() first.");
    }
    if (m_next >= m_generated.numInstances()) {
      throw new Exception(who() + ": all " + m_generated.numInstances() + " instances have been generated.");
    }
    return m_generated.instance(m_next++);
  }

  @Override
  public Instances generateExamples() throws Exception {
    if (m_generated == null) {
      throw new Exception(who() + ": call defineDataFormat() first.");
    }
    m_next = m_generated.numInstances();
    return new Instances(m_generated);
  }

  /** Single mode, so the command line writes the ARFF header before the instances. */
  @Override
  public boolean getSingleModeFlag() {
    return true;
  }

  @Override
  public String generateStart() {
    if (m_generatorModel == null) {
      return "";
    }
    ClassCondition condition = m_generatorModel.condition();
    StringBuilder b = new StringBuilder();
    b.append("\n% ").append(getNumExamples()).append(" instances generated by a variational autoencoder trained on ")
      .append(m_generatorModel.source()).append(" (").append(m_generatorModel.model().history().trainingRows())
      .append(" training rows, ").append(m_generatorModel.model().history().epochsRun()).append(" epochs; ")
      .append(m_generatorModel.model().likelihood().describe()).append(" attributes)");
    if (condition != null) {
      b.append("\n% class-conditional on '").append(m_generatorModel.header().classAttribute().name()).append("'")
        .append(m_classValue.isEmpty() ? ", classes in the training proportions" : ", class " + m_classValue);
    }
    b.append("\n");
    return b.toString();
  }

  @Override
  public String generateFinished() {
    return "";
  }

  // ---------------------------------------------------------------- options

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> result = enumToVector(super.listOptions());
    result.add(new Option("\tThe data to imitate (ARFF or any format Weka reads).", "training-file", 1,
      "-training-file <file>"));
    result.add(new Option("\tClass attribute of the training file: first, last, none or a number from 1.\n"
      + "\tA nominal class makes the generator class-conditional.\n\t(default last)", "class-index", 1,
      "-class-index <index>"));
    result.add(new Option("\tGenerate with a model saved by -save-model instead of training one.", "model", 1,
      "-model <file>"));
    result.add(new Option("\tSave the trained model to this file, to generate again later with -model.",
      "save-model", 1, "-save-model <file>"));
    result.add(new Option("\tGenerate only instances of this class label (nominal class).\n"
      + "\t(default: all classes, in the training proportions)", "class-value", 1, "-class-value <label>"));
    result.add(new Option("\tSpread of the random codes: above 1 more varied, below 1 more typical instances.\n"
      + "\t(default 1)", "temperature", 1, "-temperature <t>"));
    result.add(new Option("\tDo not clip numeric values to the training range.", "no-clip", 0, "-no-clip"));
    result.add(new Option("\tImage width in pixels (pixel attributes first, channel by channel, row by row).",
      "width", 1, "-width <pixels>"));
    result.add(new Option("\tImage height in pixels.", "height", 1, "-height <pixels>"));
    result.add(new Option("\tImage channels: 1 (grey) or 3 (colour).\n\t(default 1)", "channels", 1,
      "-channels <n>"));
    result.add(new Option("\tAlso write a PNG montage of up to " + MONTAGE_IMAGES + " generated images "
      + "(needs -width and -height).", "montage", 1, "-montage <file.png>"));
    result.add(new Option("\tNumber of code units of the network.\n\t(default 8)", "code-size", 1,
      "-code-size <n>"));
    result.add(new Option("\tEncoder hidden layer sizes, comma-separated; the decoder mirrors them.\n\t(default "
      + DEFAULT_HIDDEN + ")", "hidden", 1, "-hidden <sizes>"));
    result.add(new Option("\tHidden layer activation: relu, leakyrelu, elu, tanh or sigmoid.\n\t(default relu)",
      "activation", 1, "-activation <name>"));
    result.add(new Option("\tMaximum number of passes over the training data.\n\t(default 300)", "epochs", 1,
      "-epochs <n>"));
    result.add(new Option("\tRows per minibatch.\n\t(default 64)", "batch-size", 1, "-batch-size <n>"));
    result.add(new Option("\tLearning rate of the Adam optimiser.\n\t(default 0.001)", "learning-rate", 1,
      "-learning-rate <x>"));
    result.add(new Option("\tWeight beta of the KL term (1 = the evidence lower bound).\n\t(default 1)",
      "kl-weight", 1, "-kl-weight <beta>"));
    result.add(new Option("\tEpochs over which the KL weight rises from 0 to its value (0 = none).\n"
      + "\t(default 20)", "kl-warmup", 1, "-kl-warmup <epochs>"));
    result.add(new Option("\tShare of training rows held out for early stopping (0 = none: train all epochs).\n"
      + "\t(default 0)", "validation-fraction", 1, "-validation-fraction <x>"));
    result.add(new Option("\tEpochs without improvement before stopping, with a validation fraction (0 = never).\n"
      + "\t(default 20)", "patience",
      1, "-patience <epochs>"));
    result.add(new Option("\tReconstruction distribution of numeric attributes: auto, bernoulli or gaussian.\n"
      + "\t(default auto)", "distribution", 1, "-distribution <auto|bernoulli|gaussian>"));
    result.add(new Option("\tThreads for the network (0 = all cores).\n\t(default 0)", "threads", 1,
      "-threads <n>"));
    return result.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    super.setOptions(options);
    try {
      setTrainingFile(fileOption("training-file", options));
      String classIndex = Utils.getOption("class-index", options);
      setClassIndex(classIndex.isEmpty() ? "last" : classIndex);
      setModel(fileOption("model", options));
      setSaveModel(fileOption("save-model", options));
      setClassValue(Utils.getOption("class-value", options));
      setTemperature(OptionValues.number("temperature", options, 1));
      setNoClip(Utils.getFlag("no-clip", options));
      setWidth(OptionValues.whole("width", options, 0));
      setHeight(OptionValues.whole("height", options, 0));
      setChannels(OptionValues.whole("channels", options, 1));
      setMontage(fileOption("montage", options));
      setCodeSize(OptionValues.whole("code-size", options, 8));
      String hidden = Utils.getOption("hidden", options);
      setHidden(hidden.isEmpty() ? DEFAULT_HIDDEN : hidden);
      String activation = Utils.getOption("activation", options);
      m_activation = activation.isEmpty() ? ActivationChoice.RELU : ActivationChoice.fromOption(activation);
      setEpochs(OptionValues.whole("epochs", options, 300));
      setBatchSize(OptionValues.whole("batch-size", options, 64));
      setLearningRate(OptionValues.number("learning-rate", options, 0.001));
      setKlWeight(OptionValues.number("kl-weight", options, 1));
      setKlWarmup(OptionValues.whole("kl-warmup", options, 20));
      setValidationFraction(OptionValues.number("validation-fraction", options, 0));
      setPatience(OptionValues.whole("patience", options, 20));
      String distribution = Utils.getOption("distribution", options);
      m_distribution = distribution.isEmpty() ? NumericDistribution.AUTO
        : NumericDistribution.fromOption(distribution);
      setThreads(OptionValues.whole("threads", options, 0));
    } catch (IllegalArgumentException e) {
      throw new Exception(e.getMessage(), e);
    }
    Utils.checkForRemainingOptions(options);
  }

  private static File fileOption(String name, String[] options) throws Exception {
    String value = Utils.getOption(name, options);
    return value.isEmpty() ? none() : new File(value);
  }

  @Override
  public String[] getOptions() {
    Vector<String> result = new Vector<>();
    Collections.addAll(result, super.getOptions());
    if (isSet(m_trainingFile)) {
      result.add("-training-file");
      result.add(m_trainingFile.getPath());
    }
    result.add("-class-index");
    result.add(m_classIndex);
    if (isSet(m_modelFile)) {
      result.add("-model");
      result.add(m_modelFile.getPath());
    }
    if (isSet(m_saveModelFile)) {
      result.add("-save-model");
      result.add(m_saveModelFile.getPath());
    }
    if (!m_classValue.isEmpty()) {
      result.add("-class-value");
      result.add(m_classValue);
    }
    result.add("-temperature");
    result.add("" + m_temperature);
    if (m_noClip) {
      result.add("-no-clip");
    }
    if (m_width > 0) {
      result.add("-width");
      result.add("" + m_width);
    }
    if (m_height > 0) {
      result.add("-height");
      result.add("" + m_height);
    }
    result.add("-channels");
    result.add("" + m_channels);
    if (isSet(m_montageFile)) {
      result.add("-montage");
      result.add(m_montageFile.getPath());
    }
    result.add("-code-size");
    result.add("" + m_codeSize);
    result.add("-hidden");
    result.add(getHidden());
    result.add("-activation");
    result.add(m_activation.optionValue());
    result.add("-epochs");
    result.add("" + m_epochs);
    result.add("-batch-size");
    result.add("" + m_batchSize);
    result.add("-learning-rate");
    result.add("" + m_learningRate);
    result.add("-kl-weight");
    result.add("" + m_klWeight);
    result.add("-kl-warmup");
    result.add("" + m_klWarmup);
    result.add("-validation-fraction");
    result.add("" + m_validationFraction);
    result.add("-patience");
    result.add("" + m_patience);
    result.add("-distribution");
    result.add(m_distribution.optionValue());
    result.add("-threads");
    result.add("" + m_threads);
    return result.toArray(new String[0]);
  }

  // ---------------------------------------------------------------- properties (GUI)

  public File getTrainingFile() {
    return m_trainingFile;
  }

  public void setTrainingFile(File file) {
    m_trainingFile = file;
  }

  public String trainingFileTipText() {
    return "The data to imitate: an ARFF file (or any format Weka reads). Generated instances get its header.";
  }

  public String getClassIndex() {
    return m_classIndex;
  }

  public void setClassIndex(String classIndex) {
    m_classIndex = classIndex.trim();
  }

  public String classIndexTipText() {
    return "The class attribute of the training file: first, last, none, or its number (from 1). A nominal class "
      + "makes generation class-conditional; a numeric class is generated like the other attributes.";
  }

  public File getModel() {
    return m_modelFile;
  }

  public void setModel(File file) {
    m_modelFile = file;
  }

  public String modelTipText() {
    return "A model saved by an earlier run with saveModel: generate with it instead of training (leave the "
      + "training file unset). Its training settings are used; the seed, count, class value and temperature "
      + "still apply.";
  }

  public File getSaveModel() {
    return m_saveModelFile;
  }

  public void setSaveModel(File file) {
    m_saveModelFile = file;
  }

  public String saveModelTipText() {
    return "Save the trained model to this file, so later runs can generate with it (model) without training "
      + "again, also in another Weka session.";
  }

  public String getClassValue() {
    return m_classValue;
  }

  public void setClassValue(String classValue) {
    m_classValue = classValue == null ? "" : classValue.trim();
  }

  public String classValueTipText() {
    return "Generate only instances of this class label (needs a nominal class), e.g. to add rows of a rare class. "
      + "Empty: every class, in the training proportions.";
  }

  public double getTemperature() {
    return m_temperature;
  }

  public void setTemperature(double temperature) {
    if (!(temperature > 0) || Double.isInfinite(temperature)) {
      throw new IllegalArgumentException("-temperature must be a positive number (1 = as trained), got "
        + temperature + ".");
    }
    m_temperature = temperature;
  }

  public String temperatureTipText() {
    return "Scales the spread of the random codes: 1 samples the learnt distribution; below 1 gives more typical, "
      + "less varied instances; above 1 more varied and more unusual ones.";
  }

  public boolean getNoClip() {
    return m_noClip;
  }

  public void setNoClip(boolean noClip) {
    m_noClip = noClip;
  }

  public String noClipTipText() {
    return "Leave numeric values outside the range seen in the training file as generated, instead of clipping "
      + "them to the training minimum and maximum.";
  }

  public int getWidth() {
    return m_width;
  }

  public void setWidth(int width) {
    OptionValues.requireAtLeast("width", width, 0);
    m_width = width;
  }

  public String widthTipText() {
    return "Image width in pixels, when the training file holds images as pixel attributes (needed for montage; "
      + "0 = not images).";
  }

  public int getHeight() {
    return m_height;
  }

  public void setHeight(int height) {
    OptionValues.requireAtLeast("height", height, 0);
    m_height = height;
  }

  public String heightTipText() {
    return "Image height in pixels (needed for montage; 0 = not images).";
  }

  public int getChannels() {
    return m_channels;
  }

  public void setChannels(int channels) {
    if (channels != 1 && channels != 3) {
      throw new IllegalArgumentException("-channels must be 1 (grey) or 3 (colour), got " + channels + ".");
    }
    m_channels = channels;
  }

  public String channelsTipText() {
    return "Image channels: 1 for grey images, 3 for colour (pixel attributes channel by channel).";
  }

  public File getMontage() {
    return m_montageFile;
  }

  public void setMontage(File file) {
    m_montageFile = file;
  }

  public String montageTipText() {
    return "A PNG file to write with up to " + MONTAGE_IMAGES + " generated images in a grid, to look at them "
      + "(needs width and height).";
  }

  public int getCodeSize() {
    return m_codeSize;
  }

  public void setCodeSize(int codeSize) {
    OptionValues.requireAtLeast("code-size", codeSize, 1);
    m_codeSize = codeSize;
  }

  public String codeSizeTipText() {
    return "Number of code units: the dimension of the random codes new instances are decoded from.";
  }

  public String getHidden() {
    return LayerSizes.format(m_hidden);
  }

  public void setHidden(String hidden) {
    try {
      m_hidden = LayerSizes.parse(hidden);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("-hidden: " + e.getMessage(), e);
    }
  }

  public String hiddenTipText() {
    return "Sizes of the encoder's hidden layers, comma-separated (e.g. 128,64); the decoder mirrors them.";
  }

  public SelectedTag getActivation() {
    return new SelectedTag(m_activation.ordinal(), ACTIVATION_TAGS);
  }

  public void setActivation(SelectedTag activation) {
    if (activation.getTags() == ACTIVATION_TAGS) {
      m_activation = ActivationChoice.values()[activation.getSelectedTag().getID()];
    }
  }

  public String activationTipText() {
    return "Activation function of the hidden layers.";
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
    return "Rows per minibatch.";
  }

  public double getLearningRate() {
    return m_learningRate;
  }

  public void setLearningRate(double learningRate) {
    OptionValues.requireLearningRate(learningRate);
    m_learningRate = learningRate;
  }

  public String learningRateTipText() {
    return "Step size of the Adam optimiser.";
  }

  public double getKlWeight() {
    return m_klWeight;
  }

  public void setKlWeight(double klWeight) {
    OptionValues.requireAtLeast("kl-weight", klWeight, 0);
    m_klWeight = klWeight;
  }

  public String klWeightTipText() {
    return "Weight (beta) of the KL divergence in the loss; 1 is the standard VAE. Lower values copy the training "
      + "rows more closely, higher values give smoother but blurrier instances.";
  }

  public int getKlWarmup() {
    return m_klWarmup;
  }

  public void setKlWarmup(int epochs) {
    OptionValues.requireAtLeast("kl-warmup", epochs, 0);
    m_klWarmup = epochs;
  }

  public String klWarmupTipText() {
    return "Epochs over which the KL weight rises from 0 to klWeight at the start of training, so the code learns "
      + "to carry information before it is pulled towards the prior (0 = none).";
  }

  public double getValidationFraction() {
    return m_validationFraction;
  }

  public void setValidationFraction(double fraction) {
    OptionValues.requireValidationFraction(fraction);
    m_validationFraction = fraction;
  }

  public String validationFractionTipText() {
    return "Share of training rows held out to stop training when the held-out loss no longer improves. 0 (the "
      + "default) trains all epochs on all rows: on small data the held-out loss is noisy and generated rows "
      + "kept getting more realistic after it stopped improving.";
  }

  public int getPatience() {
    return m_patience;
  }

  public void setPatience(int patience) {
    OptionValues.requireAtLeast("patience", patience, 0);
    m_patience = patience;
  }

  public String patienceTipText() {
    return "Epochs without improvement of the held-out loss before training stops (0 = never stop early).";
  }

  public SelectedTag getDistribution() {
    return new SelectedTag(m_distribution.ordinal(), DISTRIBUTION_TAGS);
  }

  public void setDistribution(SelectedTag distribution) {
    if (distribution.getTags() == DISTRIBUTION_TAGS) {
      m_distribution = NumericDistribution.values()[distribution.getSelectedTag().getID()];
    }
  }

  public String distributionTipText() {
    return "Reconstruction distribution of numeric attributes: auto (Bernoulli for values in [0,1], Gaussian "
      + "otherwise), bernoulli or gaussian. Nominal attributes are always categorical.";
  }

  public int getThreads() {
    return m_threads;
  }

  public void setThreads(int threads) {
    OptionValues.requireAtLeast("threads", threads, 0);
    m_threads = threads;
  }

  public String threadsTipText() {
    return "Threads for the network's arithmetic; 0 uses all cores.";
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  /**
   * Generates data from the command line, e.g. {@code -training-file train.arff -n 500 -o new.arff}.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    runDataGenerator(new VariationalAutoencoderGenerator(), args);
  }
}
