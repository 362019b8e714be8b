package weka.autoencoder.train;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What the shared training loop needs from a variant's network: one optimiser step on a minibatch, a loss on held-out
 * rows, and its parameters to keep and restore the best epoch.
 */
public interface TrainableNetwork {

  /**
   * One optimiser step on a minibatch.
   *
   * @param input the network input (possibly corrupted)
   * @param target the clean rows the output should reproduce
   * @param observed 1 where a target value was observed, 0 where it was missing (null: all observed)
   * @return the minibatch loss before the step
   */
  double fitBatch(INDArray input, INDArray target, INDArray observed);

  /**
   * @param input the network input (possibly corrupted)
   * @param target the clean rows the output should reproduce
   * @param observed observed-mask of the target (null: all observed)
   * @return mean reconstruction loss over the observed entries
   */
  double loss(INDArray input, INDArray target, INDArray observed);

  /**
   * @param rows clean rows, both input and target
   * @param observed observed-mask (null: all observed)
   * @return mean reconstruction loss over the observed entries
   */
  default double loss(INDArray rows, INDArray observed) {
    return loss(rows, rows, observed);
  }

  /** @return true when every parameter is a finite number; cheap enough to call after every epoch */
  boolean parametersFinite();

  /** @return a copy of all parameters */
  INDArray copyParameters();

  /** Sets all parameters from a copy made by {@link #copyParameters()}. */
  void restoreParameters(INDArray parameters);
}
