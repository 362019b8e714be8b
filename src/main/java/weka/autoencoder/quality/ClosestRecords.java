package weka.autoencoder.quality;

import java.io.Serializable;

import weka.core.Instance;
import weka.core.Instances;

/**
 * The training rows in the scaled space, asked for each generated row's distance to its closest record (DCR). A
 * brute-force scan with early abandoning: cost O(training rows x attributes) per generated row in the worst case,
 * much less in practice because a candidate is dropped as soon as its partial distance exceeds the best so far (or
 * the threshold asked about). 1,000 rows against 10,000 training rows of 20 attributes is at most 2 x 10^8 terms,
 * well under a second.
 */
public final class ClosestRecords implements Serializable {

  private static final long serialVersionUID = 1L;

  private final ScaledTable m_scale;
  private final double[][] m_rows;
  private final boolean[] m_nominal;

  /** @param training the rows to measure against; also fixes the scale */
  public ClosestRecords(Instances training) {
    this(ScaledTable.fit(training), training);
  }

  /** @param scale the scale to use; {@code training} the rows to measure against */
  public ClosestRecords(ScaledTable scale, Instances training) {
    m_scale = scale;
    m_rows = scale.rows(training);
    m_nominal = scale.nominal();
  }

  public ScaledTable scale() {
    return m_scale;
  }

  /** @return number of training rows */
  public int size() {
    return m_rows.length;
  }

  /** @return the distance from {@code instance} to its closest training row (1 when there are none) */
  public double distance(Instance instance) {
    return closest(m_scale.row(instance), Double.NEGATIVE_INFINITY);
  }

  /**
   * @return true when some training row lies closer than {@code threshold} to {@code instance}, or is an exact copy
   *         of it when {@code threshold} is 0
   */
  public boolean hasRowCloserThan(Instance instance, double threshold) {
    double[] row = m_scale.row(instance);
    if (threshold <= 0) {
      return closest(row, Double.NEGATIVE_INFINITY) == 0;
    }
    return closest(row, threshold) < threshold;
  }

  /** @return the distance of each row of {@code generated} to its closest training row */
  public double[] distances(Instances generated) {
    double[] result = new double[generated.numInstances()];
    for (int i = 0; i < result.length; i++) {
      result[i] = distance(generated.instance(i));
    }
    return result;
  }

  /**
   * Smallest distance; returns early with the first distance below {@code enough} (any such value answers a
   * threshold question) or at an exact copy.
   */
  private double closest(double[] row, double enough) {
    double best = 1;
    for (double[] candidate : m_rows) {
      double d = RecordDistance.distance(row, candidate, m_nominal, best);
      if (d < best) {
        best = d;
        if (best < enough || best == 0) {
          return best;
        }
      }
    }
    return best;
  }
}
