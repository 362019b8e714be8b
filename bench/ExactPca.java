import java.util.Arrays;

import weka.core.matrix.EigenvalueDecomposition;
import weka.core.matrix.Matrix;

/**
 * The PCA the benchmarks compare the autoencoders with: exact, centred, the top-k eigenvectors of the training
 * covariance (Weka's matrix code), projection and back. One class for the dense, convolutional, denoising and
 * recurrent benchmarks, so their PCA baselines are the same computation.
 */
final class ExactPca {

  final int k;
  final double[] mean;
  /** k x d, largest eigenvalue first */
  final double[][] components;

  ExactPca(double[][] x, int k) {
    this.k = k;
    int d = x[0].length;
    mean = new double[d];
    for (double[] row : x) for (int j = 0; j < d; j++) mean[j] += row[j] / x.length;
    double[][] cov = new double[d][d];
    for (double[] row : x) {
      for (int i = 0; i < d; i++) {
        double ci = row[i] - mean[i];
        if (ci == 0) continue;
        for (int j = i; j < d; j++) cov[i][j] += ci * (row[j] - mean[j]);
      }
    }
    for (int i = 0; i < d; i++) for (int j = i; j < d; j++) { cov[i][j] /= x.length; cov[j][i] = cov[i][j]; }
    EigenvalueDecomposition eig = new Matrix(cov).eig();
    double[] values = eig.getRealEigenvalues();
    Matrix vectors = eig.getV();
    Integer[] order = new Integer[d];
    for (int i = 0; i < d; i++) order[i] = i;
    Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
    components = new double[k][d];
    for (int c = 0; c < k; c++) for (int j = 0; j < d; j++) components[c][j] = vectors.get(j, order[c]);
  }

  /** @return each row projected onto the components and back, in the original units */
  double[][] reconstruct(double[][] x) {
    int d = mean.length;
    double[][] out = new double[x.length][d];
    for (int i = 0; i < x.length; i++) {
      double[] recon = out[i];
      System.arraycopy(mean, 0, recon, 0, d);
      for (double[] component : components) {
        double s = 0;
        for (int j = 0; j < d; j++) s += (x[i][j] - mean[j]) * component[j];
        for (int j = 0; j < d; j++) recon[j] += s * component[j];
      }
    }
    return out;
  }

  /** @return the mean squared reconstruction error per value of {@code x} */
  double mse(double[][] x) {
    double[][] recon = reconstruct(x);
    double sum = 0;
    for (int i = 0; i < x.length; i++) for (int j = 0; j < x[i].length; j++) sum += Math.pow(recon[i][j] - x[i][j], 2);
    return sum / ((double) x.length * x[0].length);
  }
}
