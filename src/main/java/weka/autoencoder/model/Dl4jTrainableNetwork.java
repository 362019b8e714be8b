package weka.autoencoder.model;

import org.deeplearning4j.nn.api.Model;
import org.nd4j.linalg.api.ndarray.INDArray;

import weka.autoencoder.nd4j.FloatMatrices;
import weka.autoencoder.train.TrainableNetwork;

/**
 * What every Deeplearning4j network (a MultiLayerNetwork or a ComputationGraph) gives the shared training loop the
 * same way: its one flat parameter array, checked, copied and restored for the divergence check and early
 * stopping. Subclasses add how a minibatch is fitted and scored.
 *
 * @param <M> the kind of network
 */
abstract class Dl4jTrainableNetwork<M extends Model> implements TrainableNetwork {

  /** The network being trained. */
  protected final M m_network;

  Dl4jTrainableNetwork(M network) {
    m_network = network;
  }

  @Override
  public final boolean parametersFinite() {
    return FloatMatrices.allFinite(m_network.params());
  }

  @Override
  public final INDArray copyParameters() {
    return m_network.params().dup();
  }

  @Override
  public final void restoreParameters(INDArray parameters) {
    m_network.setParams(parameters);
  }
}
