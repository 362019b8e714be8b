package weka.filters.unsupervised.attribute;

import static weka.autoencoder.options.VaeOptions.CODE_OUTPUT;
import static weka.autoencoder.options.VaeOptions.DISTRIBUTION;
import static weka.autoencoder.options.VaeOptions.KL_WARMUP;
import static weka.autoencoder.options.VaeOptions.KL_WEIGHT;

import java.util.List;

import weka.autoencoder.arch.ActivationChoice;
import weka.autoencoder.filter.AutoencoderFilter;
import weka.autoencoder.options.NetworkOptions;
import weka.autoencoder.options.OutputOptions;
import weka.autoencoder.options.Setting;
import weka.autoencoder.options.SettingList;
import weka.autoencoder.variant.OutputPlan;
import weka.autoencoder.variant.TableInput;
import weka.autoencoder.variant.TabularVariant;
import weka.autoencoder.variant.TrainingPlan;
import weka.autoencoder.variant.Variant;
import weka.autoencoder.variant.VariationalNetwork;
import weka.autoencoder.variational.CodeOutput;
import weka.autoencoder.variational.VaeSettings;
import weka.core.RevisionUtils;
import weka.core.SelectedTag;
import weka.core.TechnicalInformation;
import weka.core.TechnicalInformationHandler;

/**
 * <!-- globalinfo-start --> A variational autoencoder (VAE) on Deeplearning4j's ND4J: a probabilistic autoencoder
 * whose code is the mean of a Gaussian posterior. Use it for dimensionality reduction, reconstruction and a
 * likelihood-based anomaly score. <!-- globalinfo-end -->
 */
public class VariationalAutoencoder extends AutoencoderFilter implements TechnicalInformationHandler {

  private static final long serialVersionUID = 1L;

  public String globalInfo() {
    return "A variational autoencoder (VAE): the encoder maps each instance to a Gaussian distribution over a few "
      + "code units, the decoder maps a code to a probability distribution over instances, and the network is "
      + "trained on the evidence lower bound (reconstruction log-likelihood minus the KL divergence of the code "
      + "distribution from a standard normal, weighted by klWeight). The network is trained on the first batch "
      + "only; later batches are filtered with it.\n\n"
      + "The reconstruction distribution is chosen per attribute: Bernoulli (cross-entropy) for numeric attributes "
      + "whose training values lie in [0,1], such as pixels; Gaussian with a learnt variance for other numeric "
      + "attributes; categorical (softmax) for nominal attributes. The distribution option forces one for numeric "
      + "attributes.\n\n"
      + "Uses:\n"
      + "- output = code: the posterior mean of every code unit (codeOutput can ask for a random draw, or the mean "
      + "and the variance), for dimensionality reduction like PrincipalComponents; the class attribute is kept "
      + "and never used for training;\n"
      + "- output = reconstruction: the data rebuilt through the code with the input header (missing values are "
      + "filled in);\n"
      + "- errorAttribute: appends the negative log-probability of the instance under its reconstruction "
      + "distribution, a likelihood-based anomaly score.\n\n"
      + "To generate new instances like the training data use the data generator "
      + "VariationalAutoencoderGenerator (Preprocess > Generate).\n\n"
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
    return info;
  }

  /** A 256,64 network, the error attribute is a negative log-likelihood, and no per-attribute scaling choice. */
  @Override
  protected List<Setting<?>> declarations() {
    return SettingList.replacing(super.declarations(), OutputOptions.APPEND_ERROR.withTip("Append a numeric "
      + "attribute '" + ERROR_ATTRIBUTE + "': the negative log-probability (in nats) of the instance's observed "
      + "values under the reconstruction distribution decoded from its posterior mean. Improbable instances score "
      + "high, so it serves as an anomaly score; with Gaussian attributes it is a density and can be negative."));
  }

  /** The code output (means, samples, variances) may change when a saved model is applied. */
  @Override
  protected List<Setting<?>> applyingOptions() {
    return SettingList.of(super.applyingOptions(), CODE_OUTPUT);
  }

  @Override
  protected List<Setting<?>> architectureDeclarations() {
    return SettingList.of(VAE_HIDDEN, VAE_ACTIVATION, KL_WEIGHT, KL_WARMUP, DISTRIBUTION, CODE_OUTPUT);
  }

  private static final Setting<int[]> VAE_HIDDEN = NetworkOptions.HIDDEN.withDefault(new int[] {256, 64})
    .withTip("Sizes of the encoder's hidden layers, comma-separated from the input towards the code (e.g. 256,64); "
      + "the decoder uses the same sizes in reverse. 'none' connects input and code directly.");

  private static final Setting<ActivationChoice> VAE_ACTIVATION = NetworkOptions.ACTIVATION
    .withTip("Activation function of the hidden layers.");

  @Override
  protected Variant variant() {
    TrainingPlan plan = trainingPlan();
    VaeSettings settings = new VaeSettings(getCodeSize(), get(VAE_HIDDEN), get(VAE_ACTIVATION), getKlWeight(),
      getKlWarmup(), get(DISTRIBUTION), plan.learningRate(), plan.weightDecay(), get(CODE_OUTPUT));
    return new TabularVariant(new TableInput(normalization()), new VariationalNetwork(settings), plan, outputPlan(),
      null);
  }

  /** With code output mean-and-variance every code unit gives two attributes: its mean, then its variance. */
  @Override
  protected OutputPlan outputPlan() {
    List<String> names = OutputPlan.codeNames(getCodeSize());
    if (get(CODE_OUTPUT) == CodeOutput.MEAN_AND_VARIANCE) {
      for (int i = 0; i < getCodeSize(); i++) {
        names.add("code_variance_" + i);
      }
    }
    return outputPlan(names);
  }

  // ---------------------------------------------------------------- GUI properties: delegates to the declarations

  public String getHidden() { return VAE_HIDDEN.type().format(get(VAE_HIDDEN)); }
  public void setHidden(String value) { set(VAE_HIDDEN, VAE_HIDDEN.type().parse(VAE_HIDDEN.name(), value)); }
  public String hiddenTipText() { return tip(VAE_HIDDEN); }

  public SelectedTag getActivation() { return tag(VAE_ACTIVATION); }
  public void setActivation(SelectedTag value) { setTag(VAE_ACTIVATION, value); }
  public String activationTipText() { return tip(VAE_ACTIVATION); }

  public double getKlWeight() { return get(KL_WEIGHT); }
  public void setKlWeight(double value) { set(KL_WEIGHT, value); }
  public String klWeightTipText() { return tip(KL_WEIGHT); }

  public int getKlWarmup() { return get(KL_WARMUP); }
  public void setKlWarmup(int value) { set(KL_WARMUP, value); }
  public String klWarmupTipText() { return tip(KL_WARMUP); }

  public SelectedTag getDistribution() { return tag(DISTRIBUTION); }
  public void setDistribution(SelectedTag value) { setTag(DISTRIBUTION, value); }
  public String distributionTipText() { return tip(DISTRIBUTION); }

  public SelectedTag getCodeOutput() { return tag(CODE_OUTPUT); }
  public void setCodeOutput(SelectedTag value) { setTag(CODE_OUTPUT, value); }
  public String codeOutputTipText() { return tip(CODE_OUTPUT); }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  /**
   * Runs the filter from the command line, e.g. {@code -i train.arff -o codes.arff -code-size 20}.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    runFilter(new VariationalAutoencoder(), args);
  }
}
