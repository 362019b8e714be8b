package weka.autoencoder.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Mean squared error between rows and their reconstructions, over observed entries only, so an imputed value
 * neither counts as an error nor hides one.
 */
public final class ReconstructionError {

  private ReconstructionError() {
  }

  /**
   * @param rows clean rows (n x d)
   * @param reconstruction the network's output (n x d)
   * @param observed 1 = observed, 0 = missing; null when all are observed
   * @return per-row mean squared error over observed entries (length n; NaN, read by Weka as missing, for a row
   *         with nothing observed: there is nothing to score)
   */
  public static double[] perRow(INDArray rows, INDArray reconstruction, INDArray observed) {
    INDArray squared = Transforms.pow(reconstruction.sub(rows), 2, false);
    if (observed == null) {
      return squared.mean(1).toDoubleVector();
    }
    squared.muli(observed);
    double[] sums = squared.sum(1).toDoubleVector();
    double[] counts = observed.sum(1).toDoubleVector();
    for (int i = 0; i < sums.length; i++) {
      sums[i] = counts[i] > 0 ? sums[i] / counts[i] : Double.NaN;
    }
    return sums;
  }

  /** @return mean of the squared errors over all observed entries */
  public static double mean(INDArray rows, INDArray reconstruction, INDArray observed) {
    INDArray squared = Transforms.pow(reconstruction.sub(rows), 2, false);
    if (observed == null) {
      return squared.meanNumber().doubleValue();
    }
    double count = observed.sumNumber().doubleValue();
    return count > 0 ? squared.muli(observed).sumNumber().doubleValue() / count : 0;
  }
}
