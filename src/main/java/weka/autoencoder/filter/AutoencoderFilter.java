package weka.autoencoder.filter;

import static weka.autoencoder.options.AnomalyOptions.ANOMALY_SCORE;
import static weka.autoencoder.options.AnomalyOptions.CONTAMINATION;
import static weka.autoencoder.options.AnomalyOptions.ERROR_PER_ATTRIBUTE;
import static weka.autoencoder.options.AnomalyOptions.OUTLIER_ATTRIBUTE;
import static weka.autoencoder.options.AnomalyOptions.OUTLIER_PROBABILITY;
import static weka.autoencoder.options.AnomalyOptions.OUTLIER_THRESHOLD;
import static weka.autoencoder.options.ModelOptions.MODEL;
import static weka.autoencoder.options.ModelOptions.SAVE_MODEL;
import static weka.autoencoder.options.NetworkOptions.CODE_SIZE;
import static weka.autoencoder.options.NoiseOptions.NOISE;
import static weka.autoencoder.options.OutputOptions.APPEND_ERROR;
import static weka.autoencoder.options.OutputOptions.IMPUTE_NOISE;
import static weka.autoencoder.options.OutputOptions.IMPUTE_ROUNDS;
import static weka.autoencoder.options.OutputOptions.NORMALIZE;
import static weka.autoencoder.options.OutputOptions.OUTPUT;
import static weka.autoencoder.options.TrainingOptions.BATCH_SIZE;
import static weka.autoencoder.options.TrainingOptions.EPOCHS;
import static weka.autoencoder.options.TrainingOptions.LEARNING_RATE;
import static weka.autoencoder.options.TrainingOptions.MIN_STEPS;
import static weka.autoencoder.options.TrainingOptions.PATIENCE;
import static weka.autoencoder.options.TrainingOptions.PLOT_DIRECTORY;
import static weka.autoencoder.options.TrainingOptions.SEED;
import static weka.autoencoder.options.TrainingOptions.THREADS;
import static weka.autoencoder.options.TrainingOptions.VALIDATION_FRACTION;
import static weka.autoencoder.options.TrainingOptions.WEIGHT_DECAY;

import java.io.File;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Vector;

import weka.autoencoder.codec.BadInstanceException;
import weka.autoencoder.codec.Normalization;
import weka.autoencoder.model.DamagedModel;
import weka.autoencoder.model.Model;
import weka.autoencoder.model.ModelFile;
import weka.autoencoder.nd4j.OutOfMemoryAdvice;
import weka.autoencoder.noise.NoiseModel;
import weka.autoencoder.options.AnomalyScore;
import weka.autoencoder.options.ModelOptions;
import weka.autoencoder.options.OptionChoice;
import weka.autoencoder.options.OptionSheet;
import weka.autoencoder.options.OutputOptions;
import weka.autoencoder.options.Setting;
import weka.autoencoder.options.SettingList;
import weka.autoencoder.options.TrainingOptions;
import weka.autoencoder.plot.TrainingPlots;
import weka.autoencoder.train.DivergenceAdvice;
import weka.autoencoder.train.ProgressListener;
import weka.autoencoder.train.TrainingSession;
import weka.autoencoder.variant.OutputPlan;
import weka.autoencoder.variant.ScorePlan;
import weka.autoencoder.variant.TrainingPlan;
import weka.autoencoder.variant.Variant;
import weka.core.Capabilities;
import weka.core.Capabilities.Capability;
import weka.core.Instances;
import weka.core.Option;
import weka.core.SelectedTag;
import weka.core.UnsupportedAttributeTypeException;
import weka.core.Utils;

/**
 * The life cycle every autoencoder filter shares, and their common options. The first batch is one training session
 * (codec fit, progress on the console, in Weka's log and in a window with Stop, training, pictures); every batch,
 * the first included, is transformed by the trained model. What differs between variants comes from the
 * {@link Variant} an adapter builds from its options in {@link #variant()}; adapters add only their option
 * declarations, GUI delegates, {@code globalInfo} and {@code main}.
 *
 * <p>With {@code -model} the first batch is not trained on: the model comes from a file written by
 * {@code -save-model} (or by the Spark job), its variant is built again from the options it was trained with, and
 * the input header must equal the training header. {@code -save-model} writes the model after training.
 */
public abstract class AutoencoderFilter extends AutoencoderFilterProperties {

  private static final long serialVersionUID = 2L;

  /** Name of the appended anomaly-score attribute. */
  public static final String ERROR_ATTRIBUTE = OutputOptions.ERROR_ATTRIBUTE_NAME;

  private final OptionSheet m_options = new OptionSheet(declarations());

  /** The variant the model was trained with, kept so later batches are read the same way; null before. */
  private Variant m_variant;

  /** The trained model; null until the first batch is processed. */
  private Model m_model;

  /** How later instances are numbered in messages: counted from the first one filtered after training. */
  private static final String AFTER_TRAINING = " of the data filtered after training";

  /** Instances filtered since the last batch ended, to number later instances in messages. */
  private transient int m_instancesFiltered;

  /** The anomaly attributes the model was trained to output; null before (and in filters saved before them). */
  private ScorePlan m_scores;

  /** The training rows' scores that flag and rank every batch; null when neither is output. */
  private OutlierScale m_scale;

  /** Another listener for training progress (a test, a program); not saved with the filter. */
  private transient ProgressListener m_listener;

  /** The model file of -model as last read, with the variant built for it; null until needed. */
  private transient LoadedModel m_loaded;

  /**
   * @return every option of this filter in {@code -h} order: the code size and the variant's own options first,
   *         then training, noise, output, scaling, threads and pictures. A variant overrides it to change a
   *         default ({@link SettingList#replacing}) or leave an option out.
   */
  protected List<Setting<?>> declarations() {
    return SettingList.of(CODE_SIZE, architectureDeclarations(), EPOCHS, MIN_STEPS, BATCH_SIZE, LEARNING_RATE,
      WEIGHT_DECAY, SEED, VALIDATION_FRACTION, PATIENCE, NOISE, OUTPUT, IMPUTE_ROUNDS, IMPUTE_NOISE, APPEND_ERROR,
      ERROR_PER_ATTRIBUTE, OUTLIER_ATTRIBUTE, CONTAMINATION, OUTLIER_THRESHOLD, OUTLIER_PROBABILITY, ANOMALY_SCORE,
      NORMALIZE, THREADS, PLOT_DIRECTORY, MODEL, SAVE_MODEL);
  }

  /**
   * @return the options that still apply when a saved model is used (-model): what to output (the anomaly
   *         attributes included) and how to run; every other option is taken from the model. A variant adds its own
   *         (the VAE's code output, say).
   */
  protected List<Setting<?>> applyingOptions() {
    return SettingList.of(OUTPUT, IMPUTE_ROUNDS, APPEND_ERROR, ERROR_PER_ATTRIBUTE, OUTLIER_ATTRIBUTE, CONTAMINATION,
      OUTLIER_THRESHOLD, OUTLIER_PROBABILITY, ANOMALY_SCORE, THREADS);
  }

  /** @return the variant's own options, listed after -code-size */
  protected abstract List<Setting<?>> architectureDeclarations();

  /**
   * @return the variant as the options now stand, with {@link #trainingPlan()} and {@link #outputPlan()}
   * @throws IllegalArgumentException naming the option when the options do not fit together
   */
  protected abstract Variant variant();

  /** @return the option values (declared again after deserialization) */
  protected final OptionSheet options() {
    if (!m_options.isDeclared()) {
      m_options.declare(declarations());
    }
    return m_options;
  }

  @Override
  protected final <T> T get(Setting<T> setting) {
    return options().get(setting);
  }

  @Override
  protected final <T> void set(Setting<T> setting, T value) {
    options().set(setting, value);
  }

  @Override
  protected final <E extends Enum<E> & OptionChoice> SelectedTag tag(Setting<E> setting) {
    return options().tag(setting);
  }

  @Override
  protected final <E extends Enum<E> & OptionChoice> void setTag(Setting<E> setting, SelectedTag tag) {
    options().setTag(setting, tag);
  }

  @Override
  protected final String tip(Setting<?> setting) {
    return options().tipText(setting);
  }

  /** @return how the variant trains, from the training and noise options */
  protected final TrainingPlan trainingPlan() {
    return new TrainingPlan(TrainingOptions.loop(options(), get(SEED)), get(LEARNING_RATE), get(WEIGHT_DECAY),
      get(NOISE), get(THREADS));
  }

  /** @return what the variant outputs, with {@code code_0..code_(k-1)} as code names */
  protected OutputPlan outputPlan() {
    return outputPlan(OutputPlan.codeNames(getCodeSize()));
  }

  /** @return what the variant outputs, with these code names and the anomaly and imputation options */
  protected final OutputPlan outputPlan(List<String> codeNames) {
    return new OutputPlan(outputMode(), codeNames, scorePlan(), get(IMPUTE_ROUNDS), get(IMPUTE_NOISE));
  }

  private ScorePlan scorePlan() {
    return new ScorePlan(getErrorAttribute(), get(OUTLIER_ATTRIBUTE), get(OUTLIER_PROBABILITY),
      get(ERROR_PER_ATTRIBUTE), scoresFromCodes() ? get(ANOMALY_SCORE) : AnomalyScore.RECONSTRUCTION);
  }

  /** @return false for a variant that cannot score by code-space neighbours: it ranks by reconstruction error */
  protected boolean scoresFromCodes() {
    return true;
  }

  /** @return the normalization option, for variants that scale per attribute */
  protected final Normalization normalization() {
    return get(NORMALIZE);
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

  /** Checks the input with the variant first, so the error names the attribute or option to fix. */
  @Override
  protected final void testInputFormat(Instances instanceInfo) throws Exception {
    try {
      if (!isFirstBatchDone() && usesSavedModel()) {
        loaded().check(instanceInfo, getClass().getSimpleName());
      }
      currentVariant().checkInput(instanceInfo);
      if (!isFirstBatchDone() && ModelOptions.isSet(getSaveModel())) {
        ModelFile.checkWritable(getSaveModel(), SAVE_MODEL.name(), getClass().getSimpleName());
      }
    } catch (IllegalArgumentException e) {
      throw new UnsupportedAttributeTypeException(named(e.getMessage()));
    }
    super.testInputFormat(instanceInfo);
  }

  @Override
  protected final Instances determineOutputFormat(Instances inputFormat) throws Exception {
    try {
      return currentVariant().outputFormat(inputFormat);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(named(e.getMessage()), e);
    }
  }

  /** @return the trained variant after the first batch, else the variant as the options now stand */
  private Variant currentVariant() {
    if (isFirstBatchDone() && m_variant != null) {
      return m_variant;
    }
    return usesSavedModel() ? loaded().variant() : variant();
  }

  private boolean usesSavedModel() {
    return ModelOptions.isSet(getModelFile());
  }

  /** @return the model file of -model, read again when the option names another file or the file has changed */
  private LoadedModel loaded() {
    if (m_loaded == null || !m_loaded.isFrom(getModelFile())) {
      m_loaded = LoadedModel.read(getModelFile(), this);
    }
    return m_loaded;
  }

  /**
   * Refuses an empty first batch (Weka would otherwise mark the filter trained without a network), unless the
   * network comes from -model. When training
   * fails or is stopped, the batch is dropped, so the next batch trains afresh on its own rows only (Weka keeps a
   * failed batch queued otherwise).
   */
  @Override
  public boolean batchFinished() throws Exception {
    if (getInputFormat() != null && !isFirstBatchDone() && getInputFormat().numInstances() == 0
      && !usesSavedModel()) {
      throw new IllegalArgumentException(getClass().getSimpleName()
        + ": the training data has no instances; the network needs at least one row to learn from.");
    }
    boolean training = !isFirstBatchDone();
    try {
      boolean result = super.batchFinished();
      m_instancesFiltered = 0;
      return result;
    } catch (Exception | Error e) {
      if (training && getInputFormat() != null) {
        flushInput();
        m_NewBatch = true;
      }
      throw e;
    }
  }

  /**
   * First batch: one training session. Every batch: the trained model's output as instances. A problem with an
   * instance after training names it by its place among the instances filtered since the last batch ended (Weka
   * passes them one at a time), and running out of memory names the limit to raise.
   */
  @Override
  protected final Instances process(Instances instances) throws Exception {
    boolean trained = isFirstBatchDone();
    try {
      if (usesSavedModel() && (!trained || m_model == null)) {
        // (also after an empty first batch with -model, for which Weka does not call process)
        LoadedModel saved = loaded();
        m_model = saved.model();
        m_variant = saved.variant();
        // The outlier threshold of a saved model is fixed on the first batch it filters (see -model's tip).
        m_scores = scorePlan();
        m_scale = null;
        save(saved.saved());
      } else if (!trained) {
        train(instances);
        save(new SavedFilterModel(getClass().getName(), SavedModelOptions.trainingOptions(this), instances, m_model));
      }
      Instances output = m_variant.transform(m_model, instances, getOutputFormat());
      if (m_scores != null && (m_scores.flag() || m_scores.probability())) {
        if (m_scale == null) {
          m_scale = OutlierScale.fitReported(OutlierScale.scores(output, m_scores), get(CONTAMINATION),
            get(OUTLIER_THRESHOLD), m_scores.flag(), getClass().getSimpleName());
        }
        m_scale.label(output, m_scores);
      }
      return output;
    } catch (BadInstanceException e) {
      BadInstanceException counted = trained ? e.counted(m_instancesFiltered, AFTER_TRAINING) : e;
      throw new IllegalArgumentException(named(counted.getMessage()), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(named(e.getMessage()), e);
    } catch (Exception | Error e) {
      Exception memory = OutOfMemoryAdvice.translate(e, getClass().getSimpleName());
      if (memory != null) {
        throw memory;
      }
      throw e;
    } finally {
      if (trained) {
        m_instancesFiltered += instances.numInstances();
      }
    }
  }

  /** Writes the model to the -save-model file, if one is given (a loaded model too: a copy). */
  private void save(SavedFilterModel model) {
    if (ModelOptions.isSet(getSaveModel())) {
      ModelFile.write(getSaveModel(), model, getClass().getSimpleName());
      System.err.println(getClass().getSimpleName() + ": saved the model to " + getSaveModel());
    }
  }

  private void train(Instances instances) throws Exception {
    String name = getClass().getSimpleName();
    Variant variant = variant();
    m_scores = scorePlan();
    m_scale = null;
    TrainingSession session = new TrainingSession(name, getPlotDirectory(), m_listener)
      .withAdvice(DivergenceAdvice.forRun(instances, get(LEARNING_RATE),
        options().declares(NORMALIZE) ? get(NORMALIZE) : null, options().declares(NOISE) ? get(NOISE) : null));
    m_model = session.run(progress -> variant.train(instances, progress));
    m_variant = variant;
    TrainingPlots plots = session.plots();
    if (plots != null) {
      File pictures = variant.writePictures(m_model, instances, plots);
      if (pictures != null) {
        System.err.println(name + ": wrote " + pictures);
      }
    }
  }

  /** @return the outlier scale fitted on the first batch, or null before (or without flag and probability) */
  public OutlierScale getOutlierScale() {
    return m_scale;
  }

  private String named(String message) {
    String name = getClass().getSimpleName();
    return message != null && message.startsWith(name + ":") ? message : name + ": " + message;
  }

  /**
   * Lets a program or test follow training besides the console, Weka's log and the GUI window. Not a bean
   * property, and not saved with the filter.
   */
  public void setProgressListener(ProgressListener listener) {
    m_listener = listener;
  }

  /**
   * Reads a saved filter (on its own, or inside a FilteredClassifier); a cut-short or corrupted file, or one from an
   * incompatible version, gets {@link DamagedModel}'s message instead of a Java stream error.
   */
  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    try {
      in.defaultReadObject();
    } catch (java.io.InvalidObjectException e) {
      throw e;
    } catch (java.io.ObjectStreamException | java.io.EOFException | RuntimeException e) {
      throw DamagedModel.because(e);
    }
  }

  /** @return the model trained on the first batch, or null before that */
  public Model getModel() {
    return m_model;
  }

  // ---------------------------------------------------------------- options

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> options = new Vector<>(options().listOptions());
    options.addAll(Collections.list(super.listOptions()));
    NoiseModel noise = getNoise();
    Enumeration<Option> noiseOptions = noise.listOptions();
    if (noiseOptions.hasMoreElements()) {
      options.add(new Option("", "", 0, "\nOptions specific to noise model " + noise.getClass().getName() + ":"));
      options.addAll(Collections.list(noiseOptions));
    }
    return options.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    options().setOptions(options);
    super.setOptions(options);
    Utils.checkForRemainingOptions(options);
  }

  @Override
  public String[] getOptions() {
    List<String> options = options().getOptions();
    Collections.addAll(options, super.getOptions());
    return options.toArray(new String[0]);
  }
}
