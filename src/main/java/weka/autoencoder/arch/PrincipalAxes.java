package weka.autoencoder.arch;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.eigen.Eigen;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The mean and the leading principal axes of fixed-length rows (flattened sequences): the best linear code of a
 * given size for squared error. The recurrent autoencoder's linear path starts from them, so before any training
 * step the network already rebuilds as well as principal component analysis at its code size. Computed in double
 * precision; must run inside {@link weka.autoencoder.nd4j.Nd4jBoundary}.
 */
public final class PrincipalAxes {

  private final double[] m_mean;
  /** [values][axes], axis j in column j, the largest variance first; all-zero columns beyond the data's rank. */
  private final double[][] m_axes;

  private PrincipalAxes(double[] mean, double[][] axes) {
    m_mean = mean;
    m_axes = axes;
  }

  /**
   * @param values the rows one after another (row i = values[i * width .. (i + 1) * width))
   * @param width values per row
   * @param weights one weight per row (null: all 1)
   * @param axes how many axes to keep; more than {@code width} gives zero columns for the rest
   * @return the weighted mean and the leading axes of the weighted covariance
   */
  public static PrincipalAxes fit(float[] values, int width, double[] weights, int axes) {
    int n = values.length / width;
    INDArray x = Nd4j.createFromArray(values).castTo(DataType.DOUBLE).reshape('c', n, width);
    INDArray w = weights == null ? Nd4j.ones(DataType.DOUBLE, n, 1)
      : Nd4j.createFromArray(weights).reshape('c', n, 1);
    double total = w.sumNumber().doubleValue();
    INDArray mean = x.mulColumnVector(w).sum(true, 0).divi(total);
    INDArray centred = x.subRowVector(mean);
    INDArray covariance = centred.mulColumnVector(w).transpose().mmul(centred).divi(total);
    // symmetrise against rounding, then solve in place: the columns become eigenvectors, values ascending
    covariance = covariance.add(covariance.transpose()).muli(0.5).dup('f');
    Eigen.symmetricGeneralizedEigenvalues(covariance, true);
    double[][] vectors = covariance.toDoubleMatrix();
    double[][] kept = new double[width][axes];
    for (int j = 0; j < Math.min(axes, width); j++) {
      int from = width - 1 - j;
      for (int v = 0; v < width; v++) {
        kept[v][j] = vectors[v][from];
      }
    }
    return new PrincipalAxes(mean.toDoubleVector(), kept);
  }

  /** @return the mean row */
  public double[] mean() {
    return m_mean.clone();
  }

  /** @return [values][axes]: axis j in column j, the largest variance first */
  public double[][] axes() {
    double[][] copy = new double[m_axes.length][];
    for (int v = 0; v < m_axes.length; v++) {
      copy[v] = m_axes[v].clone();
    }
    return copy;
  }

  /** @return values per row */
  public int width() {
    return m_mean.length;
  }

  /** @return number of axes (code units) */
  public int size() {
    return m_axes.length == 0 ? 0 : m_axes[0].length;
  }
}
