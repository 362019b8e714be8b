package weka.autoencoder.variant;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

import weka.autoencoder.model.TrainedAutoencoder;

/**
 * Iterative imputation through a trained autoencoder: a missing value first enters the network as the training mean
 * (or the label frequencies); its reconstruction, which the row's observed values shaped, is put in its place and the
 * row is rebuilt again, until the imputed values settle or the rounds run out. Observed values are never changed.
 * Must run inside {@link weka.autoencoder.nd4j.Nd4jBoundary}.
 */
final class ImputationRounds {

  /** Largest change of an imputed value, in the scaled units, below which the rounds stop early. */
  static final double TOLERANCE = 1e-4;

  private ImputationRounds() {
  }

  /**
   * @param model the trained model
   * @param rows encoded rows, missing entries holding the codec's first guess
   * @param observed 1 = observed, 0 = missing
   * @param rounds the most rounds to run
   * @return the rows with their missing entries replaced by the settled reconstruction
   */
  static INDArray refine(TrainedAutoencoder model, INDArray rows, INDArray observed, int rounds) {
    INDArray missing = observed.rsub(1.0);
    INDArray current = rows;
    for (int round = 0; round < rounds; round++) {
      INDArray next = current.mul(observed).addi(model.reconstruct(current).muli(missing));
      double change = Transforms.abs(next.sub(current), false).maxNumber().doubleValue();
      current = next;
      if (!(change >= TOLERANCE)) {
        break;
      }
    }
    return current;
  }
}
