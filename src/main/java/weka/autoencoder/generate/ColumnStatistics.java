package weka.autoencoder.generate;

import java.io.Serializable;
import java.util.Random;

import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;

/**
 * What generated values must respect, learnt from the training data per attribute: whether the column held only whole
 * numbers, its range, and how often it was missing. A network's output is continuous and unbounded; these turn it
 * into values a user recognises as belonging to the column.
 */
public final class ColumnStatistics implements Serializable {

  private static final long serialVersionUID = 1L;

  private final boolean[] m_integral;
  private final double[] m_min;
  private final double[] m_max;
  private final double[] m_missingRate;
  private final int m_classIndex;

  private ColumnStatistics(int attributes, int classIndex) {
    m_integral = new boolean[attributes];
    m_min = new double[attributes];
    m_max = new double[attributes];
    m_missingRate = new double[attributes];
    m_classIndex = classIndex;
  }

  /**
   * @param data the training data
   * @return the statistics of every attribute (the class attribute's values are never made missing)
   */
  public static ColumnStatistics fit(Instances data) {
    ColumnStatistics stats = new ColumnStatistics(data.numAttributes(), data.classIndex());
    for (int a = 0; a < data.numAttributes(); a++) {
      boolean integral = true;
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      int missing = 0;
      for (int i = 0; i < data.numInstances(); i++) {
        Instance instance = data.instance(i);
        if (instance.isMissing(a)) {
          missing++;
          continue;
        }
        double v = instance.value(a);
        integral &= v == Math.rint(v);
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
      stats.m_integral[a] = integral;
      stats.m_min[a] = min;
      stats.m_max[a] = max;
      stats.m_missingRate[a] = data.numInstances() == 0 ? 0 : missing / (double) data.numInstances();
    }
    return stats;
  }

  /** @return true when every observed training value of attribute {@code a} was a whole number */
  public boolean isIntegral(int a) {
    return m_integral[a];
  }

  /** @return smallest training value of attribute {@code a} (+infinity when all were missing) */
  public double min(int a) {
    return m_min[a];
  }

  /** @return largest training value of attribute {@code a} (-infinity when all were missing) */
  public double max(int a) {
    return m_max[a];
  }

  /** @return share of training rows where attribute {@code a} was missing */
  public double missingRate(int a) {
    return m_missingRate[a];
  }

  /**
   * Makes decoded values look like the training columns: numeric values clipped to the training range (when
   * {@code clip}) and rounded where the column was integral; then every non-class attribute is set missing with its
   * training missing rate.
   *
   * @param values one decoded instance's values, changed in place
   * @param numeric per attribute: true for numeric and date attributes
   * @param clip whether to clip numeric values to the training range
   * @param random source of the missing-value draws
   */
  public void finish(double[] values, boolean[] numeric, boolean clip, Random random) {
    for (int a = 0; a < values.length; a++) {
      if (numeric[a] && !Utils.isMissingValue(values[a])) {
        double v = values[a];
        if (clip && m_min[a] <= m_max[a]) {
          v = Math.max(m_min[a], Math.min(m_max[a], v));
        }
        if (m_integral[a]) {
          v = Math.rint(v);
        }
        values[a] = v;
      }
      if (a != m_classIndex && m_missingRate[a] > 0 && random.nextDouble() < m_missingRate[a]) {
        values[a] = Utils.missingValue();
      }
    }
  }
}
