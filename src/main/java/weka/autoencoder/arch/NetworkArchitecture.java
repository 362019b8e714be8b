package weka.autoencoder.arch;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/** A feed-forward autoencoder architecture trained on x -> x: how to build it, and which layer is the code. */
public interface NetworkArchitecture {

  /** @return a freshly initialised network with Adam (and decoupled weight decay when above 0) */
  MultiLayerNetwork build(long seed, double learningRate, double weightDecay);

  /** @return the index of the code layer in the built network */
  int codeLayerIndex();
}
