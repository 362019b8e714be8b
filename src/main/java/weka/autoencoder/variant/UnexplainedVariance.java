package weka.autoencoder.variant;

/**
 * The share of the training inputs' variance the reconstruction leaves unexplained: the sum of squared differences
 * between the rebuilt and the observed values over the sum of squared deviations from each column's mean (scaled
 * space, observed entries only). Near 0 the network rebuilds its training rows almost exactly (a code as large as
 * the data's dimension), and its reconstruction error then says little about which rows are odd.
 */
final class UnexplainedVariance {

  private final double[] m_sum;
  private final double[] m_squares;
  private final long[] m_count;
  private double m_error;

  /** @param columns number of columns of the encoded rows */
  UnexplainedVariance(int columns) {
    m_sum = new double[columns];
    m_squares = new double[columns];
    m_count = new long[columns];
  }

  /**
   * Adds a block of rows.
   *
   * @param values the encoded rows, row-major
   * @param rebuilt their reconstruction, same shape
   * @param observed 1 where observed, 0 where missing; null when all are observed
   * @param rows number of rows in the block
   */
  void add(float[] values, float[] rebuilt, float[] observed, int rows) {
    int columns = m_sum.length;
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        int at = r * columns + c;
        if (observed != null && observed[at] == 0f) {
          continue;
        }
        double x = values[at];
        double d = rebuilt[at] - x;
        m_error += d * d;
        m_sum[c] += x;
        m_squares[c] += x * x;
        m_count[c]++;
      }
    }
  }

  /** @return unexplained share of the variance, at least 0; 0 when the inputs do not vary */
  double fraction() {
    double total = 0;
    for (int c = 0; c < m_sum.length; c++) {
      if (m_count[c] > 0) {
        total += Math.max(0, m_squares[c] - m_sum[c] * m_sum[c] / m_count[c]);
      }
    }
    return total > 0 ? m_error / total : 0;
  }
}
