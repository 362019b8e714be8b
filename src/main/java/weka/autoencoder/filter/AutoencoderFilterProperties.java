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

import weka.autoencoder.noise.NoiseModel;
import weka.autoencoder.options.OptionChoice;
import weka.autoencoder.options.Setting;
import weka.core.Randomizable;
import weka.core.SelectedTag;
import weka.core.WeightedInstancesHandler;
import weka.filters.SimpleBatchFilter;
import weka.filters.UnsupervisedFilter;

/**
 * The Weka GUI properties every autoencoder filter shares: one-line getters, setters and tip texts that delegate to
 * the option declarations, kept apart from the filter's life cycle in {@link AutoencoderFilter}, which holds the
 * option values. No fields, so saved filters are not affected by it.
 */
public abstract class AutoencoderFilterProperties extends SimpleBatchFilter
  implements UnsupervisedFilter, Randomizable, WeightedInstancesHandler {

  private static final long serialVersionUID = 1L;

  /** @return the value of a declared option */
  protected abstract <T> T get(Setting<T> setting);

  /** Sets a declared option, checked as on the command line. */
  protected abstract <T> void set(Setting<T> setting, T value);

  /** @return a choice option as the GUI's drop-down value */
  protected abstract <E extends Enum<E> & OptionChoice> SelectedTag tag(Setting<E> setting);

  /** Sets a choice option from the GUI's drop-down value. */
  protected abstract <E extends Enum<E> & OptionChoice> void setTag(Setting<E> setting, SelectedTag tag);

  /** @return the option's tip text for the GUI */
  protected abstract String tip(Setting<?> setting);

  public int getCodeSize() { return get(CODE_SIZE); }
  public void setCodeSize(int value) { set(CODE_SIZE, value); }
  public String codeSizeTipText() { return tip(CODE_SIZE); }

  public int getEpochs() { return get(EPOCHS); }
  public void setEpochs(int value) { set(EPOCHS, value); }
  public String epochsTipText() { return tip(EPOCHS); }

  public int getMinSteps() { return get(MIN_STEPS); }
  public void setMinSteps(int value) { set(MIN_STEPS, value); }
  public String minStepsTipText() { return tip(MIN_STEPS); }

  public int getBatchSize() { return get(BATCH_SIZE); }
  public void setBatchSize(int value) { set(BATCH_SIZE, value); }
  public String batchSizeTipText() { return tip(BATCH_SIZE); }

  public double getLearningRate() { return get(LEARNING_RATE); }
  public void setLearningRate(double value) { set(LEARNING_RATE, value); }
  public String learningRateTipText() { return tip(LEARNING_RATE); }

  public double getWeightDecay() { return get(WEIGHT_DECAY); }
  public void setWeightDecay(double value) { set(WEIGHT_DECAY, value); }
  public String weightDecayTipText() { return tip(WEIGHT_DECAY); }

  @Override
  public int getSeed() { return get(SEED); }
  @Override
  public void setSeed(int value) { set(SEED, value); }
  public String seedTipText() { return tip(SEED); }

  public double getValidationFraction() { return get(VALIDATION_FRACTION); }
  public void setValidationFraction(double value) { set(VALIDATION_FRACTION, value); }
  public String validationFractionTipText() { return tip(VALIDATION_FRACTION); }

  public int getPatience() { return get(PATIENCE); }
  public void setPatience(int value) { set(PATIENCE, value); }
  public String patienceTipText() { return tip(PATIENCE); }

  public NoiseModel getNoise() { return get(NOISE); }
  public void setNoise(NoiseModel value) { set(NOISE, value == null ? NOISE.defaultValue() : value); }
  public String noiseTipText() { return tip(NOISE); }

  public SelectedTag getOutput() { return tag(OUTPUT); }
  public void setOutput(SelectedTag value) { setTag(OUTPUT, value); }
  public String outputTipText() { return tip(OUTPUT); }

  /** @return the output mode (not a bean property, so the GUI shows only the drop-down above) */
  public OutputMode outputMode() {
    return get(OUTPUT);
  }

  public boolean getErrorAttribute() { return get(APPEND_ERROR); }
  public void setErrorAttribute(boolean value) { set(APPEND_ERROR, value); }
  public String errorAttributeTipText() { return tip(APPEND_ERROR); }

  public int getImputeRounds() { return get(IMPUTE_ROUNDS); }
  public void setImputeRounds(int value) { set(IMPUTE_ROUNDS, value); }
  public String imputeRoundsTipText() { return tip(IMPUTE_ROUNDS); }

  public double getImputeNoise() { return get(IMPUTE_NOISE); }
  public void setImputeNoise(double value) { set(IMPUTE_NOISE, value); }
  public String imputeNoiseTipText() { return tip(IMPUTE_NOISE); }

  public boolean getErrorPerAttribute() { return get(ERROR_PER_ATTRIBUTE); }
  public void setErrorPerAttribute(boolean value) { set(ERROR_PER_ATTRIBUTE, value); }
  public String errorPerAttributeTipText() { return tip(ERROR_PER_ATTRIBUTE); }

  public boolean getOutlierAttribute() { return get(OUTLIER_ATTRIBUTE); }
  public void setOutlierAttribute(boolean value) { set(OUTLIER_ATTRIBUTE, value); }
  public String outlierAttributeTipText() { return tip(OUTLIER_ATTRIBUTE); }

  public double getContamination() { return get(CONTAMINATION); }
  public void setContamination(double value) { set(CONTAMINATION, value); }
  public String contaminationTipText() { return tip(CONTAMINATION); }

  public double getOutlierThreshold() { return get(OUTLIER_THRESHOLD); }
  public void setOutlierThreshold(double value) { set(OUTLIER_THRESHOLD, value); }
  public String outlierThresholdTipText() { return tip(OUTLIER_THRESHOLD); }

  public boolean getOutlierProbability() { return get(OUTLIER_PROBABILITY); }
  public void setOutlierProbability(boolean value) { set(OUTLIER_PROBABILITY, value); }
  public String outlierProbabilityTipText() { return tip(OUTLIER_PROBABILITY); }

  public SelectedTag getAnomalyScore() { return tag(ANOMALY_SCORE); }
  public void setAnomalyScore(SelectedTag value) { setTag(ANOMALY_SCORE, value); }
  public String anomalyScoreTipText() { return tip(ANOMALY_SCORE); }

  public SelectedTag getNormalize() { return tag(NORMALIZE); }
  public void setNormalize(SelectedTag value) { setTag(NORMALIZE, value); }
  public String normalizeTipText() { return tip(NORMALIZE); }

  public int getThreads() { return get(THREADS); }
  public void setThreads(int value) { set(THREADS, value); }
  public String threadsTipText() { return tip(THREADS); }

  public File getPlotDirectory() { return get(PLOT_DIRECTORY); }
  public void setPlotDirectory(File value) { set(PLOT_DIRECTORY, value == null ? new File("") : value); }
  public String plotDirectoryTipText() { return tip(PLOT_DIRECTORY); }

  public File getModelFile() { return get(MODEL); }
  public void setModelFile(File value) { set(MODEL, value == null ? MODEL.defaultValue() : value); }
  public String modelFileTipText() { return tip(MODEL); }

  public File getSaveModel() { return get(SAVE_MODEL); }
  public void setSaveModel(File value) { set(SAVE_MODEL, value == null ? SAVE_MODEL.defaultValue() : value); }
  public String saveModelTipText() { return tip(SAVE_MODEL); }
}
