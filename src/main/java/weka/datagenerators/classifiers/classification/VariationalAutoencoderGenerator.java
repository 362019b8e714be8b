package weka.datagenerators.classifiers.classification;

import static weka.autoencoder.options.GeneratorOptions.ACTIVATION;
import static weka.autoencoder.options.GeneratorOptions.ALLOW_COPIES;
import static weka.autoencoder.options.GeneratorOptions.BATCH_SIZE;
import static weka.autoencoder.options.GeneratorOptions.CHANNELS;
import static weka.autoencoder.options.GeneratorOptions.CLASS_INDEX;
import static weka.autoencoder.options.GeneratorOptions.CLASS_VALUE;
import static weka.autoencoder.options.GeneratorOptions.CODE_SIZE;
import static weka.autoencoder.options.GeneratorOptions.CONDITION;
import static weka.autoencoder.options.GeneratorOptions.DISTRIBUTION;
import static weka.autoencoder.options.GeneratorOptions.EPOCHS;
import static weka.autoencoder.options.GeneratorOptions.HEIGHT;
import static weka.autoencoder.options.GeneratorOptions.HIDDEN;
import static weka.autoencoder.options.GeneratorOptions.KL_WARMUP;
import static weka.autoencoder.options.GeneratorOptions.KL_WEIGHT;
import static weka.autoencoder.options.GeneratorOptions.LEARNING_RATE;
import static weka.autoencoder.options.GeneratorOptions.MIN_DISTANCE;
import static weka.autoencoder.options.GeneratorOptions.MODEL;
import static weka.autoencoder.options.GeneratorOptions.MONTAGE;
import static weka.autoencoder.options.GeneratorOptions.NO_CLIP;
import static weka.autoencoder.options.GeneratorOptions.PATIENCE;
import static weka.autoencoder.options.GeneratorOptions.PLOT_DIRECTORY;
import static weka.autoencoder.options.GeneratorOptions.RAW_MARGINALS;
import static weka.autoencoder.options.GeneratorOptions.REPORT;
import static weka.autoencoder.options.GeneratorOptions.SAVE_MODEL;
import static weka.autoencoder.options.GeneratorOptions.TEMPERATURE;
import static weka.autoencoder.options.GeneratorOptions.THREADS;
import static weka.autoencoder.options.GeneratorOptions.TRAINING_FILE;
import static weka.autoencoder.options.GeneratorOptions.VALIDATION_FRACTION;
import static weka.autoencoder.options.GeneratorOptions.WIDTH;
import static weka.autoencoder.options.GeneratorOptions.isSet;

import java.io.File;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Random;
import java.util.Vector;

import weka.autoencoder.arch.LayerSizes;
import weka.autoencoder.generate.ColumnStatistics;
import weka.autoencoder.generate.GenerationComment;
import weka.autoencoder.generate.GenerationRun;
import weka.autoencoder.generate.GeneratorModel;
import weka.autoencoder.generate.GeneratorTraining;
import weka.autoencoder.generate.MontageRequest;
import weka.autoencoder.generate.OffEventThread;
import weka.autoencoder.generate.RequestedClass;
import weka.autoencoder.generate.TrainingFile;
import weka.autoencoder.model.ModelFile;
import weka.autoencoder.options.GeneratorOptions;
import weka.autoencoder.options.OptionSheet;
import weka.autoencoder.options.OptionTypes;
import weka.autoencoder.options.Setting;
import weka.autoencoder.train.ProgressListener;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Option;
import weka.core.RevisionUtils;
import weka.core.SelectedTag;
import weka.core.TechnicalInformation;
import weka.core.TechnicalInformationHandler;
import weka.core.Utils;
import weka.datagenerators.ClassificationGenerator;

/**
 * <!-- globalinfo-start --> Generates new instances like those of a training file: a variational autoencoder learns
 * the training data's distribution (per class, when the class is nominal) and new instances are decoded from random
 * codes, in the training file's header. <!-- globalinfo-end -->
 *
 * <p>Weka's adapter only: the options are declared in {@link GeneratorOptions}, and reading, checking, training and
 * the montage live in {@code weka.autoencoder.generate}. Every option that depends on the data is checked against
 * the training file's header before training starts.
 */
public class VariationalAutoencoderGenerator extends ClassificationGenerator
  implements TechnicalInformationHandler {

  private static final long serialVersionUID = 1L;

  /** The option values; declared again after deserialization (the GUI copies generators that way). */
  private OptionSheet m_sheet = new OptionSheet(GeneratorOptions.ALL);

  /** The model, class request and instances of the last {@link #defineDataFormat()}; null until it succeeded. */
  private transient GeneratorModel m_generatorModel;
  private transient RequestedClass m_requested;
  private transient Instances m_generated;
  private transient List<String> m_generationLines;
  private transient int m_next;
  /** The last model trained here, reused while the training file and options stay the same. */
  private transient GeneratorTraining m_training;
  private transient ProgressListener m_progress;
  private transient volatile boolean m_busy;

  public VariationalAutoencoderGenerator() {
    super();
    setNumExamples(defaultNumExamples());
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    if (m_sheet == null) {
      m_sheet = new OptionSheet(GeneratorOptions.ALL);
    } else if (!m_sheet.isDeclared()) {
      m_sheet.declare(GeneratorOptions.ALL);
    }
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
      + "values at the training rate, and each numeric column follows the training column's distribution (per "
      + "class), matched by quantiles (rawMarginals keeps the decoded values). The same seed gives the same instances. temperature above 1 gives more "
      + "varied instances, below 1 more typical ones.\n\n"
      + "For images stored as pixel attributes give width, height and channels and a montage file: a PNG of "
      + "generated images is written beside the data.\n\n"
      + "The class value, class index and image size are checked against the training file before training. "
      + "Training progress is shown on the console and in Weka's log, and in a window with a Stop button while a "
      + "Weka GUI is showing; plotDirectory keeps a picture of the loss per epoch.\n\n"
      + "Privacy guard: generated instances closer than minDistance to a training instance (a Gower-like distance, "
      + "0 = exact copy) are drawn again, and the count is logged; exact copies are refused unless allowCopies is "
      + "set. condition generates only instances meeting e.g. \"sex=female,age=20..30\". report writes a quality "
      + "report (distribution distances, association difference, a real-vs-generated classifier's accuracy, "
      + "distance to the closest record, class proportions) as Markdown, shown in the log, and as an ARFF table.\n\n"
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

  /**
   * Reads and checks the training file (or loads the saved model), trains, and generates every instance at once, so
   * that a failure or Stop leaves nothing half generated. On the Swing event thread (the Explorer's Generate) the
   * work runs on a thread of its own, so the progress window and its Stop button stay responsive.
   */
  @Override
  public Instances defineDataFormat() throws Exception {
    if (m_busy) {
      throw new Exception(who() + ": still training for the last Generate: wait for it, or press Stop in its "
        + "progress window.");
    }
    m_busy = true;
    m_generated = null;
    m_generatorModel = null;
    try {
      return OffEventThread.call(who() + " training", this::prepare);
    } finally {
      m_busy = false;
    }
  }

  private Instances prepare() throws Exception {
    File modelFile = getModel();
    File trainingFile = getTrainingFile();
    if (isSet(modelFile) && isSet(trainingFile)) {
      throw new IllegalArgumentException(who() + ": both -training-file and -model are given: use -training-file "
        + "to train a new model, or -model to generate with a saved one.");
    }
    if (!isSet(modelFile) && !isSet(trainingFile)) {
      throw new IllegalArgumentException(who() + ": no training file: give -training-file <file.arff> (the data "
        + "to imitate), or -model <file> saved earlier with -save-model.");
    }
    RequestedClass requested = new RequestedClass(getClassValue());
    MontageRequest montage = MontageRequest.of(isSet(getMontage()) ? getMontage() : null, getWidth(), getHeight(),
      getChannels(), who());
    if (isSet(getSaveModel())) {
      ModelFile.checkWritable(getSaveModel(), SAVE_MODEL.name(), who());
    }
    GeneratorModel model;
    if (isSet(modelFile)) {
      model = GeneratorModel.load(modelFile, who());
      check(model.header(), model.statistics(), requested, montage);
    } else {
      Instances data = TrainingFile.read(trainingFile, getClassIndex(), who());
      check(data, ColumnStatistics.fit(data), requested, montage);
      if (m_training == null) {
        m_training = new GeneratorTraining(who());
      }
      model = m_training.train(data, trainingFile, m_sheet, getSeed(), m_progress);
    }
    if (isSet(getSaveModel())) {
      model.save(getSaveModel(), who());
    }
    Instances header = model.header();
    header.setRelationName(getRelationName().isEmpty() ? header.relationName() : getRelationName());
    setNumExamplesAct(getNumExamples());
    setRandom(new Random(getSeed()));
    GenerationRun run = GenerationRun.run(model, header, m_sheet, requested, getNumExamples(), getSeed(),
      getRandom(), who());
    Instances generated = run.rows();
    if (montage != null) {
      montage.write(generated, model.statistics());
    }
    m_DatasetFormat = header;
    m_generatorModel = model;
    m_requested = requested;
    m_generated = generated;
    m_generationLines = run.lines();
    m_next = 0;
    return getDatasetFormat();
  }

  /** Checks the options that depend on the data, before any training or generating. */
  private void check(Instances header, ColumnStatistics statistics, RequestedClass requested,
    MontageRequest montage) {
    requested.labelIn(header, who());
    GenerationRun.condition(header, statistics, m_sheet, requested, who());
    if (montage != null) {
      montage.checkPixels(header, who());
    }
  }

  /** Tests follow training through this listener, as a user does through the progress window. */
  void setProgressListener(ProgressListener listener) {
    m_progress = listener;
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
    return m_generated == null ? "" : GenerationComment.describe(m_generatorModel, m_generated.numInstances(),
      m_requested, m_generationLines);
  }

  @Override
  public String generateFinished() {
    return "";
  }

  // ---------------------------------------------------------------- options

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> result = enumToVector(super.listOptions());
    result.addAll(m_sheet.listOptions());
    return result.elements();
  }

  /** Weka's -S, -n, -o, -r and -d, then the generator's options; -n must be at least 1. */
  @Override
  public void setOptions(String[] options) throws Exception {
    try {
      String count = Utils.getOption('n', options.clone());
      if (!count.isEmpty()) {
        setNumExamples(OptionTypes.WHOLE.parse("n", count));
      }
      super.setOptions(options);
    } catch (IllegalArgumentException e) {
      throw new Exception(e.getMessage(), e);
    }
    m_sheet.setOptions(options);
    Utils.checkForRemainingOptions(options);
  }

  @Override
  public String[] getOptions() {
    List<String> result = new ArrayList<>(Arrays.asList(super.getOptions()));
    result.addAll(m_sheet.getOptions());
    return result.toArray(new String[0]);
  }

  /** @throws IllegalArgumentException when fewer than 1 instance is asked for, before anything trains */
  @Override
  public void setNumExamples(int numExamples) {
    if (numExamples < 1) {
      throw new IllegalArgumentException("-n must be at least 1 (the number of instances to generate), got "
        + numExamples + ".");
    }
    super.setNumExamples(numExamples);
  }

  // ---------------------------------------------------------------- properties (GUI): delegates to the sheet

  /** @return {@code value}, or the setting's default for null (which the GUI never sets, but scripts might) */
  private static <T> T orDefault(Setting<T> setting, T value) {
    return value == null ? setting.defaultValue() : value;
  }

  public File getTrainingFile() { return m_sheet.get(TRAINING_FILE); }
  public void setTrainingFile(File file) { m_sheet.set(TRAINING_FILE, orDefault(TRAINING_FILE, file)); }
  public String trainingFileTipText() { return TRAINING_FILE.tipText(); }

  public String getClassIndex() { return m_sheet.get(CLASS_INDEX); }
  public void setClassIndex(String classIndex) { m_sheet.set(CLASS_INDEX, classIndex.trim()); }
  public String classIndexTipText() { return CLASS_INDEX.tipText(); }

  public File getModel() { return m_sheet.get(MODEL); }
  public void setModel(File file) { m_sheet.set(MODEL, orDefault(MODEL, file)); }
  public String modelTipText() { return MODEL.tipText(); }

  public File getSaveModel() { return m_sheet.get(SAVE_MODEL); }
  public void setSaveModel(File file) { m_sheet.set(SAVE_MODEL, orDefault(SAVE_MODEL, file)); }
  public String saveModelTipText() { return SAVE_MODEL.tipText(); }

  public String getClassValue() { return m_sheet.get(CLASS_VALUE); }
  public void setClassValue(String classValue) { m_sheet.set(CLASS_VALUE, orDefault(CLASS_VALUE, classValue).trim()); }
  public String classValueTipText() { return CLASS_VALUE.tipText(); }

  public double getTemperature() { return m_sheet.get(TEMPERATURE); }
  public void setTemperature(double temperature) { m_sheet.set(TEMPERATURE, temperature); }
  public String temperatureTipText() { return TEMPERATURE.tipText(); }

  public boolean getNoClip() { return m_sheet.get(NO_CLIP); }
  public void setNoClip(boolean noClip) { m_sheet.set(NO_CLIP, noClip); }
  public String noClipTipText() { return NO_CLIP.tipText(); }

  public int getWidth() { return m_sheet.get(WIDTH); }
  public void setWidth(int width) { m_sheet.set(WIDTH, width); }
  public String widthTipText() { return WIDTH.tipText(); }

  public int getHeight() { return m_sheet.get(HEIGHT); }
  public void setHeight(int height) { m_sheet.set(HEIGHT, height); }
  public String heightTipText() { return HEIGHT.tipText(); }

  public int getChannels() { return m_sheet.get(CHANNELS); }
  public void setChannels(int channels) { m_sheet.set(CHANNELS, channels); }
  public String channelsTipText() { return CHANNELS.tipText(); }

  public File getMontage() { return m_sheet.get(MONTAGE); }
  public void setMontage(File file) { m_sheet.set(MONTAGE, orDefault(MONTAGE, file)); }
  public String montageTipText() { return MONTAGE.tipText(); }

  public int getCodeSize() { return m_sheet.get(CODE_SIZE); }
  public void setCodeSize(int codeSize) { m_sheet.set(CODE_SIZE, codeSize); }
  public String codeSizeTipText() { return CODE_SIZE.tipText(); }

  public String getHidden() { return LayerSizes.format(m_sheet.get(HIDDEN)); }
  public void setHidden(String hidden) { m_sheet.set(HIDDEN, HIDDEN.type().parse(HIDDEN.name(), hidden)); }
  public String hiddenTipText() { return HIDDEN.tipText(); }

  public SelectedTag getActivation() { return m_sheet.tag(ACTIVATION); }
  public void setActivation(SelectedTag activation) { m_sheet.setTag(ACTIVATION, activation); }
  public String activationTipText() { return ACTIVATION.tipText(); }

  public int getEpochs() { return m_sheet.get(EPOCHS); }
  public void setEpochs(int epochs) { m_sheet.set(EPOCHS, epochs); }
  public String epochsTipText() { return EPOCHS.tipText(); }

  public int getBatchSize() { return m_sheet.get(BATCH_SIZE); }
  public void setBatchSize(int batchSize) { m_sheet.set(BATCH_SIZE, batchSize); }
  public String batchSizeTipText() { return BATCH_SIZE.tipText(); }

  public double getLearningRate() { return m_sheet.get(LEARNING_RATE); }
  public void setLearningRate(double learningRate) { m_sheet.set(LEARNING_RATE, learningRate); }
  public String learningRateTipText() { return LEARNING_RATE.tipText(); }

  public double getKlWeight() { return m_sheet.get(KL_WEIGHT); }
  public void setKlWeight(double klWeight) { m_sheet.set(KL_WEIGHT, klWeight); }
  public String klWeightTipText() { return KL_WEIGHT.tipText(); }

  public int getKlWarmup() { return m_sheet.get(KL_WARMUP); }
  public void setKlWarmup(int epochs) { m_sheet.set(KL_WARMUP, epochs); }
  public String klWarmupTipText() { return KL_WARMUP.tipText(); }

  public double getValidationFraction() { return m_sheet.get(VALIDATION_FRACTION); }
  public void setValidationFraction(double fraction) { m_sheet.set(VALIDATION_FRACTION, fraction); }
  public String validationFractionTipText() { return VALIDATION_FRACTION.tipText(); }

  public int getPatience() { return m_sheet.get(PATIENCE); }
  public void setPatience(int patience) { m_sheet.set(PATIENCE, patience); }
  public String patienceTipText() { return PATIENCE.tipText(); }

  public SelectedTag getDistribution() { return m_sheet.tag(DISTRIBUTION); }
  public void setDistribution(SelectedTag distribution) { m_sheet.setTag(DISTRIBUTION, distribution); }
  public String distributionTipText() { return DISTRIBUTION.tipText(); }

  public int getThreads() { return m_sheet.get(THREADS); }
  public void setThreads(int threads) { m_sheet.set(THREADS, threads); }
  public String threadsTipText() { return THREADS.tipText(); }

  public File getPlotDirectory() { return m_sheet.get(PLOT_DIRECTORY); }
  public void setPlotDirectory(File directory) { m_sheet.set(PLOT_DIRECTORY, orDefault(PLOT_DIRECTORY, directory)); }
  public String plotDirectoryTipText() { return PLOT_DIRECTORY.tipText(); }

  public double getMinDistance() { return m_sheet.get(MIN_DISTANCE); }
  public void setMinDistance(double distance) { m_sheet.set(MIN_DISTANCE, distance); }
  public String minDistanceTipText() { return MIN_DISTANCE.tipText(); }

  public boolean getAllowCopies() { return m_sheet.get(ALLOW_COPIES); }
  public void setAllowCopies(boolean allow) { m_sheet.set(ALLOW_COPIES, allow); }
  public String allowCopiesTipText() { return ALLOW_COPIES.tipText(); }

  public File getReport() { return m_sheet.get(REPORT); }
  public void setReport(File file) { m_sheet.set(REPORT, orDefault(REPORT, file)); }
  public String reportTipText() { return REPORT.tipText(); }

  public String getCondition() { return m_sheet.get(CONDITION); }
  public void setCondition(String condition) { m_sheet.set(CONDITION, orDefault(CONDITION, condition).trim()); }
  public String conditionTipText() { return CONDITION.tipText(); }

  public boolean getRawMarginals() { return m_sheet.get(RAW_MARGINALS); }
  public void setRawMarginals(boolean raw) { m_sheet.set(RAW_MARGINALS, raw); }
  public String rawMarginalsTipText() { return RAW_MARGINALS.tipText(); }

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
