package weka.autoencoder.quality;

/**
 * Pairwise association of every two attributes, so that relations between columns can be compared as well as the
 * columns themselves: Pearson's correlation for two numeric attributes (-1 to 1), Cramer's V for two nominal ones
 * and the correlation ratio (eta) for a nominal and a numeric one (0 to 1). Each pair uses the rows where both are
 * present; a pair with no variation has association 0.
 */
public final class AssociationMatrix {

  private final double[][] m_values;

  private AssociationMatrix(double[][] values) {
    m_values = values;
  }

  /**
   * @param rows rows in the scaled space
   * @param labels per attribute: number of labels for nominal attributes, 0 for numeric
   * @return the symmetric matrix (diagonal 1)
   */
  public static AssociationMatrix of(double[][] rows, int[] labels) {
    int m = labels.length;
    double[][] values = new double[m][m];
    for (int a = 0; a < m; a++) {
      values[a][a] = 1;
      for (int b = a + 1; b < m; b++) {
        double v;
        if (labels[a] == 0 && labels[b] == 0) {
          v = pearson(rows, a, b);
        } else if (labels[a] > 0 && labels[b] > 0) {
          v = cramersV(rows, a, labels[a], b, labels[b]);
        } else if (labels[a] > 0) {
          v = correlationRatio(rows, a, labels[a], b);
        } else {
          v = correlationRatio(rows, b, labels[b], a);
        }
        values[a][b] = v;
        values[b][a] = v;
      }
    }
    return new AssociationMatrix(values);
  }

  /** @return the association of attributes {@code a} and {@code b} */
  public double get(int a, int b) {
    return m_values[a][b];
  }

  /** @return number of attributes */
  public int size() {
    return m_values.length;
  }

  private static boolean present(double[] row, int a, int b) {
    return !Double.isNaN(row[a]) && !Double.isNaN(row[b]);
  }

  static double pearson(double[][] rows, int a, int b) {
    double n = 0;
    double sa = 0;
    double sb = 0;
    for (double[] row : rows) {
      if (present(row, a, b)) {
        n++;
        sa += row[a];
        sb += row[b];
      }
    }
    if (n < 2) {
      return 0;
    }
    double ma = sa / n;
    double mb = sb / n;
    double cov = 0;
    double va = 0;
    double vb = 0;
    for (double[] row : rows) {
      if (present(row, a, b)) {
        cov += (row[a] - ma) * (row[b] - mb);
        va += (row[a] - ma) * (row[a] - ma);
        vb += (row[b] - mb) * (row[b] - mb);
      }
    }
    return va > 0 && vb > 0 ? cov / Math.sqrt(va * vb) : 0;
  }

  static double cramersV(double[][] rows, int a, int la, int b, int lb) {
    double[][] counts = new double[la][lb];
    double[] ra = new double[la];
    double[] rb = new double[lb];
    double n = 0;
    for (double[] row : rows) {
      if (present(row, a, b)) {
        counts[(int) row[a]][(int) row[b]]++;
        ra[(int) row[a]]++;
        rb[(int) row[b]]++;
        n++;
      }
    }
    int usedA = 0;
    int usedB = 0;
    for (double c : ra) {
      usedA += c > 0 ? 1 : 0;
    }
    for (double c : rb) {
      usedB += c > 0 ? 1 : 0;
    }
    int k = Math.min(usedA, usedB);
    if (n == 0 || k < 2) {
      return 0;
    }
    double chi = 0;
    for (int i = 0; i < la; i++) {
      for (int j = 0; j < lb; j++) {
        double expected = ra[i] * rb[j] / n;
        if (expected > 0) {
          chi += (counts[i][j] - expected) * (counts[i][j] - expected) / expected;
        }
      }
    }
    return Math.min(1, Math.sqrt(chi / (n * (k - 1))));
  }

  /** eta: the share of the numeric attribute's spread explained by the nominal attribute's labels, square-rooted */
  static double correlationRatio(double[][] rows, int nominal, int labels, int numeric) {
    double[] sums = new double[labels];
    double[] counts = new double[labels];
    double total = 0;
    double n = 0;
    for (double[] row : rows) {
      if (present(row, nominal, numeric)) {
        sums[(int) row[nominal]] += row[numeric];
        counts[(int) row[nominal]]++;
        total += row[numeric];
        n++;
      }
    }
    if (n < 2) {
      return 0;
    }
    double mean = total / n;
    double between = 0;
    for (int v = 0; v < labels; v++) {
      if (counts[v] > 0) {
        double d = sums[v] / counts[v] - mean;
        between += counts[v] * d * d;
      }
    }
    double spread = 0;
    for (double[] row : rows) {
      if (present(row, nominal, numeric)) {
        spread += (row[numeric] - mean) * (row[numeric] - mean);
      }
    }
    return spread > 0 ? Math.sqrt(Math.min(1, between / spread)) : 0;
  }
}
