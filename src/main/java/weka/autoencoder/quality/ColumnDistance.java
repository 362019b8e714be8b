package weka.autoencoder.quality;

import java.util.Arrays;

/**
 * How far one generated column's distribution is from the training column's, missing values left out. Numeric
 * columns: the Kolmogorov-Smirnov statistic (largest gap between the two empirical distribution functions, 0 to 1)
 * and the Wasserstein-1 distance in training-range units (the mean shift needed to turn one sample into the other;
 * 0.1 = a tenth of the training range). Nominal columns: total variation, half the summed absolute difference of the
 * label proportions (0 = same proportions, 1 = no label in common).
 */
public final class ColumnDistance {

  private ColumnDistance() {
  }

  /** @return the non-missing values of column {@code a} of scaled rows, sorted */
  static double[] sortedColumn(double[][] rows, int a) {
    double[] values = new double[rows.length];
    int n = 0;
    for (double[] row : rows) {
      if (!Double.isNaN(row[a])) {
        values[n++] = row[a];
      }
    }
    double[] result = Arrays.copyOf(values, n);
    Arrays.sort(result);
    return result;
  }

  /** @return the KS statistic of two sorted samples (NaN when one is empty) */
  public static double kolmogorovSmirnov(double[] x, double[] y) {
    if (x.length == 0 || y.length == 0) {
      return Double.NaN;
    }
    int i = 0;
    int j = 0;
    double largest = 0;
    while (i < x.length && j < y.length) {
      double v = Math.min(x[i], y[j]);
      while (i < x.length && x[i] == v) {
        i++;
      }
      while (j < y.length && y[j] == v) {
        j++;
      }
      largest = Math.max(largest, Math.abs(i / (double) x.length - j / (double) y.length));
    }
    return largest;
  }

  /** @return the Wasserstein-1 distance of two sorted samples: the area between their distribution functions */
  public static double wasserstein(double[] x, double[] y) {
    if (x.length == 0 || y.length == 0) {
      return Double.NaN;
    }
    int i = 0;
    int j = 0;
    double area = 0;
    double at = Math.min(x[0], y[0]);
    while (i < x.length || j < y.length) {
      double next = Math.min(i < x.length ? x[i] : Double.POSITIVE_INFINITY,
        j < y.length ? y[j] : Double.POSITIVE_INFINITY);
      area += Math.abs(i / (double) x.length - j / (double) y.length) * (next - at);
      at = next;
      while (i < x.length && x[i] == next) {
        i++;
      }
      while (j < y.length && y[j] == next) {
        j++;
      }
    }
    return area;
  }

  /** @return label proportions of nominal column {@code a} with {@code labels} values (missing left out) */
  static double[] proportions(double[][] rows, int a, int labels) {
    double[] p = new double[labels];
    int n = 0;
    for (double[] row : rows) {
      if (!Double.isNaN(row[a])) {
        p[(int) row[a]]++;
        n++;
      }
    }
    for (int v = 0; v < labels && n > 0; v++) {
      p[v] /= n;
    }
    return p;
  }

  /** @return total variation distance of two label distributions */
  public static double totalVariation(double[] p, double[] q) {
    double sum = 0;
    for (int v = 0; v < p.length; v++) {
      sum += Math.abs(p[v] - q[v]);
    }
    return sum / 2;
  }
}
