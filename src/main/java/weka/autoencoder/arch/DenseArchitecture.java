package weka.autoencoder.arch;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Builds the dense (vanilla) autoencoder: input -> hidden layers -> linear code -> mirrored hidden layers -> linear
 * output, trained on mean squared error against its own input.
 *
 * <p>The code layer is linear, as in PCA, so codes are not squashed into an activation's range; the output is linear
 * so it can reach any scaled value. Layers are built from ordinary dense layers rather than DL4J's
 * {@code AutoEncoder} layer, whose tied weights and fixed sigmoid gradient do not fit this use.
 */
public final class DenseArchitecture implements NetworkArchitecture {

  private final int m_inputWidth;
  private final int[] m_hidden;
  private final int m_codeSize;
  private final ActivationChoice m_activation;

  /**
   * @param inputWidth number of network input columns
   * @param hidden encoder hidden layer sizes, outermost first (the decoder mirrors them)
   * @param codeSize number of code units
   * @param activation activation of the hidden layers
   */
  public DenseArchitecture(int inputWidth, int[] hidden, int codeSize, ActivationChoice activation) {
    m_inputWidth = inputWidth;
    m_hidden = hidden.clone();
    m_codeSize = codeSize;
    m_activation = activation;
  }

  /** @return index of the code layer in the built network */
  @Override
  public int codeLayerIndex() {
    return m_hidden.length;
  }

  /**
   * @param seed seed of the weight initialisation
   * @param learningRate Adam's learning rate
   * @param weightDecay decoupled weight decay coefficient (0 = none)
   * @return an initialised network
   */
  @Override
  public MultiLayerNetwork build(long seed, double learningRate, double weightDecay) {
    NeuralNetConfiguration.ListBuilder layers = new NeuralNetConfiguration.Builder()
      .seed(seed)
      .updater(new Adam(learningRate))
      .weightInit(WeightInit.XAVIER)
      .weightDecay(weightDecay)
      .list();
    int in = m_inputWidth;
    int index = 0;
    for (int size : m_hidden) {
      layers.layer(index++, dense(in, size, m_activation.dl4j()));
      in = size;
    }
    layers.layer(index++, dense(in, m_codeSize, Activation.IDENTITY));
    in = m_codeSize;
    for (int i = m_hidden.length - 1; i >= 0; i--) {
      layers.layer(index++, dense(in, m_hidden[i], m_activation.dl4j()));
      in = m_hidden[i];
    }
    layers.layer(index, new OutputLayer.Builder(LossFunctions.LossFunction.MSE)
      .nIn(in).nOut(m_inputWidth).activation(Activation.IDENTITY).build());
    MultiLayerNetwork network = new MultiLayerNetwork(NetworkSize.require(layers.build(), "-hidden "
      + NetworkSize.sizes(m_hidden) + " and -code-size " + m_codeSize + " on " + m_inputWidth + " input columns"));
    network.init();
    return network;
  }

  private static DenseLayer dense(int in, int out, Activation activation) {
    return new DenseLayer.Builder().nIn(in).nOut(out).activation(activation).build();
  }
}
