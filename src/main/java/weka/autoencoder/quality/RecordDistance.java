package weka.autoencoder.quality;

/**
 * A Gower-like distance between two rows of a {@link ScaledTable}: the mean over attributes of |x - y| for numeric
 * attributes (in training-range units, at most 1) and of 0 (same label) or 1 (different) for nominal ones. A value
 * missing in both rows counts 0, missing in one of them 1. So 0 means an exact copy and 1 the largest possible
 * difference, whatever the attributes' units or types.
 */
public final class RecordDistance {

  private RecordDistance() {
  }

  /**
   * @param a a scaled row
   * @param b another, of the same width
   * @param nominal per attribute: compared by equality
   * @param stopAbove give up once the distance is known to exceed this (returns some value above it); use
   *        {@code Double.POSITIVE_INFINITY} for the exact distance
   * @return the distance in [0, 1]
   */
  public static double distance(double[] a, double[] b, boolean[] nominal, double stopAbove) {
    int m = a.length;
    double limit = stopAbove * m;
    double sum = 0;
    for (int j = 0; j < m; j++) {
      sum += term(a[j], b[j], nominal[j]);
      if (sum > limit) {
        return sum / m;
      }
    }
    return sum / m;
  }

  /** @return one attribute's share of the distance, in [0, 1] */
  static double term(double x, double y, boolean nominal) {
    boolean xMissing = Double.isNaN(x);
    boolean yMissing = Double.isNaN(y);
    if (xMissing || yMissing) {
      return xMissing && yMissing ? 0 : 1;
    }
    if (nominal) {
      return x == y ? 0 : 1;
    }
    return Math.min(1, Math.abs(x - y));
  }
}
