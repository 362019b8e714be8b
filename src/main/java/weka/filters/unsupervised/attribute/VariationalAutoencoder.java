package weka.filters.unsupervised.attribute;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Vector;

import weka.autoencoder.arch.ActivationChoice;
import weka.autoencoder.arch.LayerSizes;
import weka.autoencoder.codec.TabularCodec;
import weka.autoencoder.filter.AutoencoderFilter;
import weka.autoencoder.model.TrainedAutoencoder;
import weka.autoencoder.options.OptionValues;
import weka.autoencoder.variational.CodeOutput;
import weka.autoencoder.variational.NumericDistribution;
import weka.autoencoder.variational.VaeSettings;
import weka.autoencoder.variational.VaeTrainer;
import weka.core.Instances;
import weka.core.Option;
import weka.core.RevisionUtils;
import weka.core.SelectedTag;
import weka.core.Tag;
import weka.core.TechnicalInformation;
import weka.core.TechnicalInformationHandler;
import weka.core.Utils;

/**
 * <!-- globalinfo-start --> A variational autoencoder (VAE) on Deeplearning4j's ND4J: a probabilistic autoencoder
 * whose code is the mean of a Gaussian posterior. Use it for dimensionality reduction, reconstruction and a
 * likelihood-based anomaly score. <!-- globalinfo-end -->
 */
public class VariationalAutoencoder extends AutoencoderFilter implements TechnicalInformationHandler {

  private static final long serialVersionUID = 1L;

  private static final String DEFAULT_HIDDEN = "256,64";
  private static final int DEFAULT_KL_WARMUP = 10;

  private static final Tag[] ACTIVATION_TAGS = tags("relu", "leakyrelu", "elu", "tanh", "sigmoid");
  private static final Tag[] DISTRIBUTION_TAGS = tags("auto", "bernoulli", "gaussian");
  private static final Tag[] CODE_OUTPUT_TAGS = tags("mean", "sample", "mean-and-variance");

  private int[] m_hidden = LayerSizes.parse(DEFAULT_HIDDEN);
  private ActivationChoice m_activation = ActivationChoice.RELU;
  private double m_klWeight = 1;
  private int m_klWarmup = DEFAULT_KL_WARMUP;
  private NumericDistribution m_distribution = NumericDistribution.AUTO;
  private CodeOutput m_codeOutput = CodeOutput.MEAN;

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

  @Override
  protected TrainedAutoencoder trainModel(Instances data, TabularCodec codec) throws Exception {
    return VaeTrainer.train(data, codec, null, settings(), trainingSettings(), getThreads(), progress(),
      inputCorruption(codec, codec.encode(data)));
  }

  /** @return the network and optimiser settings taken from the options */
  private VaeSettings settings() {
    return new VaeSettings(getCodeSize(), m_hidden, m_activation, m_klWeight, m_klWarmup, m_distribution,
      getLearningRate(),
      getWeightDecay(), m_codeOutput);
  }

  /** With code output mean-and-variance every code unit gives two attributes: its mean, then its variance. */
  @Override
  protected List<String> codeAttributeNames() {
    List<String> names = super.codeAttributeNames();
    if (m_codeOutput == CodeOutput.MEAN_AND_VARIANCE) {
      for (int i = 0; i < getCodeSize(); i++) {
        names.add("code_variance_" + i);
      }
    }
    return names;
  }

  // ---------------------------------------------------------------- architecture options

  @Override
  protected Enumeration<Option> architectureOptions() {
    Vector<Option> options = new Vector<>();
    options.add(new Option("\tEncoder hidden layer sizes, comma-separated, outermost first; the decoder mirrors "
      + "them.\n\t(default " + DEFAULT_HIDDEN + ")", "hidden", 1, "-hidden <sizes>"));
    options.add(new Option("\tHidden layer activation: relu, leakyrelu, elu, tanh or sigmoid.\n\t(default relu)",
      "activation", 1, "-activation <name>"));
    options.add(new Option("\tWeight beta of the KL term (1 = the evidence lower bound; above 1 smoother codes, "
      + "below 1 sharper reconstructions).\n\t(default 1)", "kl-weight", 1, "-kl-weight <beta>"));
    options.add(new Option("\tEpochs over which the KL weight rises from 0 to its value (0 = none).\n\t(default "
      + DEFAULT_KL_WARMUP + ")", "kl-warmup", 1, "-kl-warmup <epochs>"));
    options.add(new Option("\tReconstruction distribution of numeric attributes: auto (Bernoulli for values in "
      + "[0,1], else Gaussian), bernoulli or gaussian. Nominal attributes are always categorical.\n"
      + "\t(default auto)", "distribution", 1, "-distribution <auto|bernoulli|gaussian>"));
    options.add(new Option("\tCode written with -output code: the posterior mean, a sample, or mean and variance.\n"
      + "\t(default mean)", "code-output", 1, "-code-output <mean|sample|mean-and-variance>"));
    return options.elements();
  }

  @Override
  protected void setArchitectureOptions(String[] options) throws Exception {
    String hidden = Utils.getOption("hidden", options);
    setHidden(hidden.isEmpty() ? DEFAULT_HIDDEN : hidden);
    String activation = Utils.getOption("activation", options);
    m_activation = activation.isEmpty() ? ActivationChoice.RELU : ActivationChoice.fromOption(activation);
    setKlWeight(OptionValues.number("kl-weight", options, 1));
    setKlWarmup(OptionValues.whole("kl-warmup", options, DEFAULT_KL_WARMUP));
    String distribution = Utils.getOption("distribution", options);
    m_distribution = distribution.isEmpty() ? NumericDistribution.AUTO : NumericDistribution.fromOption(distribution);
    String codeOutput = Utils.getOption("code-output", options);
    m_codeOutput = codeOutput.isEmpty() ? CodeOutput.MEAN : CodeOutput.fromOption(codeOutput);
  }

  @Override
  protected List<String> getArchitectureOptions() {
    List<String> options = new ArrayList<>();
    options.add("-hidden");
    options.add(getHidden());
    options.add("-activation");
    options.add(m_activation.optionValue());
    options.add("-kl-weight");
    options.add("" + m_klWeight);
    options.add("-kl-warmup");
    options.add("" + m_klWarmup);
    options.add("-distribution");
    options.add(m_distribution.optionValue());
    options.add("-code-output");
    options.add(m_codeOutput.optionValue());
    return options;
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
    return "Sizes of the encoder's hidden layers, comma-separated from the input towards the code (e.g. 256,64); "
      + "the decoder uses the same sizes in reverse. 'none' connects input and code directly.";
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

  public double getKlWeight() {
    return m_klWeight;
  }

  public void setKlWeight(double klWeight) {
    if (!(klWeight >= 0) || Double.isInfinite(klWeight)) {
      throw new IllegalArgumentException("-kl-weight must be 0 or a positive number (1 = the standard VAE), got "
        + klWeight + ".");
    }
    m_klWeight = klWeight;
  }

  public String klWeightTipText() {
    return "Weight (beta) of the KL divergence in the loss. 1 trains the standard VAE on the evidence lower bound; "
      + "larger values give smoother, more disentangled codes and blurrier reconstructions, smaller values the "
      + "reverse (0 is a plain autoencoder with noisy codes).";
  }

  public int getKlWarmup() {
    return m_klWarmup;
  }

  public void setKlWarmup(int epochs) {
    OptionValues.requireAtLeast("kl-warmup", epochs, 0);
    m_klWarmup = epochs;
  }

  public String klWarmupTipText() {
    return "Epochs over which the KL weight rises linearly from 0 to klWeight at the start of training. The "
      + "warm-up lets the code carry information before the KL term pulls it towards the prior, so fewer code "
      + "units end up unused; 0 trains on the full objective from the first step.";
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
    return "Reconstruction distribution of numeric attributes. auto: Bernoulli (cross-entropy) for attributes whose "
      + "training values lie in [0,1], Gaussian with a learnt variance for the others. bernoulli or gaussian: the "
      + "same for all numeric attributes (bernoulli needs values in [0,1] after scaling). Nominal attributes are "
      + "always categorical.";
  }

  public SelectedTag getCodeOutput() {
    return new SelectedTag(m_codeOutput.ordinal(), CODE_OUTPUT_TAGS);
  }

  public void setCodeOutput(SelectedTag codeOutput) {
    if (codeOutput.getTags() == CODE_OUTPUT_TAGS) {
      m_codeOutput = CodeOutput.values()[codeOutput.getSelectedTag().getID()];
    }
  }

  public String codeOutputTipText() {
    return "What the code attributes hold with output = code. mean: the posterior mean (deterministic, the usual "
      + "choice for features). sample: one random draw from the posterior (the same for the same instance and "
      + "seed). mean-and-variance: the mean of every code unit followed by its posterior variance (how uncertain "
      + "the code is).";
  }

  @Override
  public String errorAttributeTipText() {
    return "Append a numeric attribute '" + ERROR_ATTRIBUTE + "': the negative log-probability (in nats) of the "
      + "instance's observed values under the reconstruction distribution decoded from its posterior mean. "
      + "Improbable instances score high, so it serves as an anomaly score; with Gaussian attributes it is a "
      + "density and can be negative.";
  }

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
