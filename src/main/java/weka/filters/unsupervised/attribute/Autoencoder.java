package weka.filters.unsupervised.attribute;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Vector;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

import weka.autoencoder.arch.ActivationChoice;
import weka.autoencoder.arch.DenseArchitecture;
import weka.autoencoder.arch.LayerSizes;
import weka.autoencoder.codec.EncodedBatch;
import weka.autoencoder.codec.TabularCodec;
import weka.autoencoder.filter.AutoencoderFilter;
import weka.autoencoder.model.AutoencoderModel;
import weka.autoencoder.model.DenseTrainableNetwork;
import weka.autoencoder.nd4j.FloatMatrices;
import weka.autoencoder.nd4j.Nd4jBoundary;
import weka.autoencoder.train.TrainingHistory;
import weka.core.Instances;
import weka.core.Option;
import weka.core.RevisionUtils;
import weka.core.SelectedTag;
import weka.core.Tag;
import weka.core.TechnicalInformation;
import weka.core.TechnicalInformationHandler;
import weka.core.Utils;

/**
 * <!-- globalinfo-start --> A dense (fully connected) autoencoder on Deeplearning4j: a neural network learns to
 * squeeze each instance into a few code units and rebuild it. Use it like PrincipalComponents for non-linear
 * dimensionality reduction, or for reconstruction, imputation and anomaly scores. <!-- globalinfo-end -->
 */
public class Autoencoder extends AutoencoderFilter implements TechnicalInformationHandler {

  private static final long serialVersionUID = 1L;

  private static final Tag[] ACTIVATION_TAGS = tags("relu", "leakyrelu", "elu", "tanh", "sigmoid");

  private int[] m_hidden = LayerSizes.parse(defaultHidden());
  private ActivationChoice m_activation = ActivationChoice.RELU;

  public String globalInfo() {
    return "A dense (fully connected) autoencoder: a neural network learns to squeeze each instance into a few "
      + "code units (the encoder) and to rebuild the instance from them (the decoder), trained on the "
      + "reconstruction error. The network is trained on the first batch of data only; later batches (the test set "
      + "in batch mode, or a FilteredClassifier's test instances) are filtered with the same network.\n\n"
      + "Uses:\n"
      + "- output = code: non-linear dimensionality reduction, used like PrincipalComponents (the class attribute "
      + "is kept and never used for training);\n"
      + "- output = reconstruction: the data rebuilt through the code, with the input header (compression round "
      + "trip). Missing values are replaced by the network's reconstruction, so the filter also imputes;\n"
      + "- errorAttribute: appends the per-instance reconstruction error, an anomaly score;\n"
      + "- noise: corrupts the training input so the network learns to undo the corruption (a denoising "
      + "autoencoder, see DenoisingAutoencoder); its codes are also more robust features.\n\n"
      + "Input: numeric, date (as a number) and nominal attributes (one-hot coded, rebuilt by the most likely "
      + "label); missing values are allowed. Remove or convert string and relational attributes first. "
      + "Training shows one progress line per epoch on the console and in Weka's log.\n\n"
      + "For more information see:\n" + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    TechnicalInformation info = new TechnicalInformation(TechnicalInformation.Type.ARTICLE);
    info.setValue(TechnicalInformation.Field.AUTHOR, "G. E. Hinton and R. R. Salakhutdinov");
    info.setValue(TechnicalInformation.Field.TITLE, "Reducing the dimensionality of data with neural networks");
    info.setValue(TechnicalInformation.Field.JOURNAL, "Science");
    info.setValue(TechnicalInformation.Field.VOLUME, "313");
    info.setValue(TechnicalInformation.Field.NUMBER, "5786");
    info.setValue(TechnicalInformation.Field.PAGES, "504-507");
    info.setValue(TechnicalInformation.Field.YEAR, "2006");
    return info;
  }

  /** @return the default encoder hidden layer sizes of this variant (chosen on the MNIST benchmark) */
  protected String defaultHidden() {
    return "512,128";
  }

  @Override
  protected AutoencoderModel trainModel(Instances data, TabularCodec codec) throws Exception {
    DenseArchitecture architecture = new DenseArchitecture(codec.width(), m_hidden, getCodeSize(), m_activation);
    EncodedBatch batch = codec.encode(data);
    return Nd4jBoundary.call(getThreads(), () -> {
      long[] shape = {batch.rows(), batch.columns()};
      INDArray rows = FloatMatrices.create(batch.values(), shape);
      float[] weights = lossWeights(batch, data);
      INDArray mask = weights == null ? null : FloatMatrices.create(weights, shape);
      MultiLayerNetwork network = architecture.build(getSeed(), getLearningRate(), getWeightDecay());
      TrainingHistory history = runTraining(new DenseTrainableNetwork(network), codec, batch, rows, mask);
      return new AutoencoderModel(codec, network, architecture.codeLayerIndex(), history);
    });
  }

  // ---------------------------------------------------------------- architecture options

  @Override
  protected Enumeration<Option> architectureOptions() {
    Vector<Option> options = new Vector<>();
    options.add(new Option("\tEncoder hidden layer sizes, comma-separated, outermost first; the decoder mirrors "
      + "them.\n\t(default " + defaultHidden() + ")", "hidden", 1, "-hidden <sizes>"));
    options.add(new Option("\tHidden layer activation: relu, leakyrelu, elu, tanh or sigmoid.\n\t(default relu)",
      "activation", 1, "-activation <name>"));
    return options.elements();
  }

  @Override
  protected void setArchitectureOptions(String[] options) throws Exception {
    String hidden = Utils.getOption("hidden", options);
    setHidden(hidden.isEmpty() ? defaultHidden() : hidden);
    String activation = Utils.getOption("activation", options);
    m_activation = activation.isEmpty() ? ActivationChoice.RELU : ActivationChoice.fromOption(activation);
  }

  @Override
  protected List<String> getArchitectureOptions() {
    List<String> options = new ArrayList<>();
    options.add("-hidden");
    options.add(getHidden());
    options.add("-activation");
    options.add(m_activation.optionValue());
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
    return "Sizes of the encoder's hidden layers, comma-separated from the input towards the code (e.g. 512,128); "
      + "the decoder uses the same sizes in reverse. 'none' gives a single linear layer each way.";
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
    return "Activation function of the hidden layers (the code and output layers are linear).";
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  /**
   * Runs the filter from the command line, e.g. {@code -i train.arff -o codes.arff -code-size 30}.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    runFilter(new Autoencoder(), args);
  }
}
