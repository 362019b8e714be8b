package weka.autoencoder.codec;

import java.io.Serializable;
import java.util.Arrays;

import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;

/**
 * Per-attribute statistics a {@link TabularCodec} is fitted from: observed and missing counts, minimum, maximum, sum
 * and sum of squares of numeric (and date) attributes, label counts of nominal ones. The sums are kept in units of the
 * largest magnitude seen so far (rescaled when a larger one arrives, as a scaled vector norm is), so they cannot
 * overflow even for values near 1e308. Summaries of parts of the data
 * {@link #merge} into the summary of the whole, so a codec can be fitted over data spread across machines (the Spark
 * job sums the summaries of its partitions) and is the codec Weka fits on the same rows: counts, ranges and labels
 * exactly, means and standard deviations up to the rounding of the sums' order.
 */
public final class ColumnSummaries implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long[] m_observed;
  private final long[] m_missing;
  private final double[] m_min;
  private final double[] m_max;
  /** Largest magnitude seen per attribute: the unit the two sums are kept in. */
  private final double[] m_unit;
  private final double[] m_sum;
  private final double[] m_sumSquares;
  /** Label counts per nominal attribute, null for the others. */
  private final double[][] m_labels;

  /** @return an empty summary for data of this header */
  public static ColumnSummaries empty(Instances header) {
    return new ColumnSummaries(header);
  }

  /** @return the summary of every row of {@code data} */
  public static ColumnSummaries of(Instances data) {
    ColumnSummaries summary = new ColumnSummaries(data);
    for (int i = 0; i < data.numInstances(); i++) {
      summary.add(data.instance(i));
    }
    return summary;
  }

  private ColumnSummaries(Instances header) {
    int n = header.numAttributes();
    m_observed = new long[n];
    m_missing = new long[n];
    m_min = new double[n];
    m_max = new double[n];
    m_unit = new double[n];
    m_sum = new double[n];
    m_sumSquares = new double[n];
    m_labels = new double[n][];
    Arrays.fill(m_min, Double.POSITIVE_INFINITY);
    Arrays.fill(m_max, Double.NEGATIVE_INFINITY);
    for (int a = 0; a < n; a++) {
      Attribute attribute = header.attribute(a);
      if (attribute.isNominal()) {
        m_labels[a] = new double[attribute.numValues()];
      }
    }
  }

  /** Adds one row (of the header this summary was made for). */
  public void add(Instance instance) {
    for (int a = 0; a < m_observed.length; a++) {
      if (instance.isMissing(a)) {
        m_missing[a]++;
        continue;
      }
      double v = instance.value(a);
      m_observed[a]++;
      if (m_labels[a] != null) {
        m_labels[a][(int) v]++;
      } else {
        m_min[a] = Math.min(m_min[a], v);
        m_max[a] = Math.max(m_max[a], v);
        rescale(a, Math.abs(v));
        double scaled = m_unit[a] == 0 ? 0 : v / m_unit[a];
        m_sum[a] += scaled;
        m_sumSquares[a] += scaled * scaled;
      }
    }
  }

  /** @return this summary, with {@code other}'s rows added (both of the same header) */
  public ColumnSummaries merge(ColumnSummaries other) {
    if (other.m_observed.length != m_observed.length) {
      throw new IllegalArgumentException("summaries of different headers cannot be merged");
    }
    for (int a = 0; a < m_observed.length; a++) {
      m_observed[a] += other.m_observed[a];
      m_missing[a] += other.m_missing[a];
      m_min[a] = Math.min(m_min[a], other.m_min[a]);
      m_max[a] = Math.max(m_max[a], other.m_max[a]);
      rescale(a, other.m_unit[a]);
      double ratio = m_unit[a] == 0 ? 0 : other.m_unit[a] / m_unit[a];
      m_sum[a] += other.m_sum[a] * ratio;
      m_sumSquares[a] += other.m_sumSquares[a] * ratio * ratio;
      if (m_labels[a] != null) {
        for (int v = 0; v < m_labels[a].length; v++) {
          m_labels[a][v] += other.m_labels[a][v];
        }
      }
    }
    return this;
  }

  /** Makes {@code magnitude} the unit of attribute {@code a}'s sums when it is larger than the present one. */
  private void rescale(int a, double magnitude) {
    if (magnitude > m_unit[a]) {
      double ratio = m_unit[a] / magnitude;
      m_sum[a] *= ratio;
      m_sumSquares[a] *= ratio * ratio;
      m_unit[a] = magnitude;
    }
  }

  /** @return rows seen (observed or missing) */
  public long rows() {
    return m_observed.length == 0 ? 0 : m_observed[0] + m_missing[0];
  }

  /** @return rows where attribute {@code a} is observed */
  public long observed(int a) {
    return m_observed[a];
  }

  /** @return share of rows where attribute {@code a} is missing (0 without rows) */
  public double missingRate(int a) {
    long rows = m_observed[a] + m_missing[a];
    return rows == 0 ? 0 : (double) m_missing[a] / rows;
  }

  /** @return smallest observed value of a numeric attribute (+infinity when none is observed) */
  public double min(int a) {
    return m_min[a];
  }

  /** @return largest observed value of a numeric attribute (-infinity when none is observed) */
  public double max(int a) {
    return m_max[a];
  }

  /** @return mean of the observed values of a numeric attribute (0 when none is observed) */
  public double mean(int a) {
    return m_observed[a] == 0 ? 0 : m_sum[a] / m_observed[a] * m_unit[a];
  }

  /** @return population standard deviation of the observed values of a numeric attribute */
  public double sd(int a) {
    if (m_observed[a] == 0) {
      return 0;
    }
    double scaledMean = m_sum[a] / m_observed[a];
    return Math.sqrt(Math.max(0, m_sumSquares[a] / m_observed[a] - scaledMean * scaledMean)) * m_unit[a];
  }

  /** @return a copy of the label counts of a nominal attribute */
  public double[] labelCounts(int a) {
    return m_labels[a].clone();
  }
}
