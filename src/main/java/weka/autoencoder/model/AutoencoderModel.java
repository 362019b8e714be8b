package weka.autoencoder.model;

import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.ndarray.INDArray;

import weka.autoencoder.codec.TabularCodec;
import weka.autoencoder.train.TrainingHistory;

/**
 * A trained autoencoder: the network, which of its layers is the code, the data codec fitted with it, and the
 * training history. All methods that take or return arrays must run inside {@link weka.autoencoder.nd4j.Nd4jBoundary}.
 */
public final class AutoencoderModel implements TrainedAutoencoder {

  private static final long serialVersionUID = 1L;

  private final TabularCodec m_codec;
  private final SerializableModel<MultiLayerNetwork> m_network;
  private final int m_codeLayerIndex;
  private final TrainingHistory m_history;

  public AutoencoderModel(TabularCodec codec, MultiLayerNetwork network, int codeLayerIndex,
    TrainingHistory history) {
    m_codec = codec;
    m_network = new SerializableModel<>(network);
    m_codeLayerIndex = codeLayerIndex;
    m_history = history;
  }

  @Override
  public TabularCodec codec() {
    return m_codec;
  }

  @Override
  public TrainingHistory history() {
    return m_history;
  }

  /** @return the number of code units */
  public int codeSize() {
    return (int) ((FeedForwardLayer) network().getLayerWiseConfigurations().getConf(m_codeLayerIndex).getLayer())
      .getNOut();
  }

  /** @return the codes of encoded rows (n x code size) */
  @Override
  public INDArray encode(INDArray rows) {
    return activate(0, m_codeLayerIndex, rows);
  }

  /** @return rows rebuilt from codes (n x input width) */
  public INDArray decode(INDArray codes) {
    return activate(m_codeLayerIndex + 1, network().getnLayers() - 1, codes);
  }

  /**
   * Runs layers {@code from} to {@code to} (inclusive) with their input preprocessors, in inference mode.
   * Deeplearning4j's own activateSelectedLayers needs at least two layers (a dense network without hidden layers
   * has its code at layer 0) and reads the minibatch size from the network's last input, which a freshly loaded
   * network does not have; the image reshapes of a convolutional network need that.
   */
  private INDArray activate(int from, int to, INDArray input) {
    MultiLayerNetwork network = network();
    LayerWorkspaceMgr workspaces = LayerWorkspaceMgr.noWorkspaces();
    INDArray x = input;
    for (int l = from; l <= to; l++) {
      InputPreProcessor preprocessor = network.getLayerWiseConfigurations().getInputPreProcess(l);
      if (preprocessor != null) {
        x = preprocessor.preProcess(x, (int) x.size(0), workspaces);
      }
      x = network.getLayer(l).activate(x, false, workspaces);
    }
    return x;
  }

  /** @return the reconstruction of encoded rows */
  @Override
  public INDArray reconstruct(INDArray rows) {
    return network().output(rows, false);
  }

  /** @return per-row mean squared error over the observed entries, in the scaled space */
  @Override
  public double[] reconstructionError(INDArray rows, INDArray reconstruction, INDArray observed) {
    return ReconstructionError.perRow(rows, reconstruction, observed);
  }

  private MultiLayerNetwork network() {
    return m_network.model();
  }
}
