package weka.autoencoder.quality;

import java.io.Serializable;

import weka.core.Instance;
import weka.core.Instances;

/**
 * The space distances are measured in: every numeric (and date) attribute scaled by the training range to [0, 1]
 * (values outside the range give values outside [0, 1]), every nominal attribute kept as its label index, missing
 * values as NaN. Fitted once on the training data so that training and generated rows share one scale, as Gower's
 * distance needs.
 */
public final class ScaledTable implements Serializable {

  private static final long serialVersionUID = 1L;

  private final double[] m_min;
  private final double[] m_range;
  private final boolean[] m_nominal;

  private ScaledTable(double[] min, double[] range, boolean[] nominal) {
    m_min = min;
    m_range = range;
    m_nominal = nominal;
  }

  /** @return the scale of {@code reference}'s attributes (a constant or all-missing column gets range 1) */
  public static ScaledTable fit(Instances reference) {
    int m = reference.numAttributes();
    double[] min = new double[m];
    double[] range = new double[m];
    boolean[] nominal = new boolean[m];
    for (int a = 0; a < m; a++) {
      nominal[a] = reference.attribute(a).isNominal();
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < reference.numInstances(); i++) {
        if (!reference.instance(i).isMissing(a)) {
          double v = reference.instance(i).value(a);
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
      min[a] = lo <= hi ? lo : 0;
      range[a] = lo < hi ? hi - lo : 1;
    }
    return new ScaledTable(min, range, nominal);
  }

  /** @return number of attributes */
  public int width() {
    return m_nominal.length;
  }

  /** @return per attribute: true when it is nominal (compared by equality, not by difference) */
  public boolean[] nominal() {
    return m_nominal.clone();
  }

  /** @return true when attribute {@code a} is nominal */
  public boolean isNominal(int a) {
    return m_nominal[a];
  }

  /** @return one instance in the scaled space */
  public double[] row(Instance instance) {
    double[] row = new double[m_nominal.length];
    for (int a = 0; a < row.length; a++) {
      if (instance.isMissing(a)) {
        row[a] = Double.NaN;
      } else {
        double v = instance.value(a);
        row[a] = m_nominal[a] ? v : (v - m_min[a]) / m_range[a];
      }
    }
    return row;
  }

  /** @return every instance of {@code data} (same header as the fitted data) in the scaled space */
  public double[][] rows(Instances data) {
    double[][] rows = new double[data.numInstances()][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = row(data.instance(i));
    }
    return rows;
  }
}
