package weka.autoencoder.generate;

import java.util.Locale;

import weka.autoencoder.quality.ClosestRecords;
import weka.core.Instance;

/**
 * Keeps generated rows away from the training rows: a row whose Gower-like distance to some training row (see
 * {@link weka.autoencoder.quality.RecordDistance}) is below the minimum distance is rejected and drawn again. With
 * minimum distance 0 only exact copies are rejected; only {@code -allow-copies} switches the guard off.
 */
public final class PrivacyGuard {

  private final double m_minDistance;
  private final boolean m_allowCopies;
  private final ClosestRecords m_records;

  /**
   * @param minDistance rows closer than this to a training row are rejected (0 = only exact copies)
   * @param allowCopies true to switch the guard off
   * @param records the training rows, or null when there are none to check against (an old saved model)
   */
  public PrivacyGuard(double minDistance, boolean allowCopies, ClosestRecords records) {
    m_minDistance = minDistance;
    m_allowCopies = allowCopies;
    m_records = records;
  }

  /** @return true when rows are checked at all */
  public boolean isActive() {
    return !m_allowCopies && m_records != null;
  }

  public double minDistance() {
    return m_minDistance;
  }

  /** @return true when {@code instance} is too close to a training row and must be drawn again */
  public boolean rejects(Instance instance) {
    return isActive() && m_records.hasRowCloserThan(instance, m_minDistance);
  }

  /** @return what the guard does, for the log and the ARFF comment */
  public String describe() {
    if (m_allowCopies) {
      return "privacy guard off (-allow-copies): generated rows may copy training rows";
    }
    if (m_records == null) {
      return "privacy guard not applied: this saved model holds no training rows (save it again with this version)";
    }
    return m_minDistance > 0 ? String.format(Locale.ROOT, "privacy guard: no row closer than %s to any of the %d "
      + "training rows (Gower-like distance)", format(m_minDistance), m_records.size())
      : "privacy guard: no exact copy of any of the " + m_records.size() + " training rows";
  }

  static String format(double v) {
    return String.format(Locale.ROOT, "%.4g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
  }
}
