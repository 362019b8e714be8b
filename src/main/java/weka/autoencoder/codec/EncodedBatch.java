package weka.autoencoder.codec;

/**
 * Rows of instances as the network sees them: a row-major float matrix plus a same-shaped mask that is 0 where the
 * value was missing (and imputed) and 1 where it was observed.
 */
public final class EncodedBatch {

  private final float[] m_values;
  /** Null until asked for when nothing is missing: most batches have no missing value, and the mask is as large. */
  private float[] m_observed;
  private final int m_rows;
  private final int m_columns;
  private final boolean m_hasMissing;

  /** @param observed the mask, or null for all ones when {@code hasMissing} is false */
  EncodedBatch(float[] values, float[] observed, int rows, int columns, boolean hasMissing) {
    m_values = values;
    m_observed = observed;
    m_rows = rows;
    m_columns = columns;
    m_hasMissing = hasMissing;
  }

  /** @return the values, row-major, rows x columns */
  public float[] values() {
    return m_values;
  }

  /** @return 1 for observed, 0 for missing entries, row-major */
  public float[] observed() {
    if (m_observed == null) {
      m_observed = new float[m_values.length];
      java.util.Arrays.fill(m_observed, 1f);
    }
    return m_observed;
  }

  public int rows() {
    return m_rows;
  }

  public int columns() {
    return m_columns;
  }

  /** @return true when at least one entry was missing */
  public boolean hasMissing() {
    return m_hasMissing;
  }
}
