package weka.autoencoder.codec;

/**
 * Rows of instances as the network sees them: a row-major float matrix plus a same-shaped mask that is 0 where the
 * value was missing (and imputed) and 1 where it was observed.
 */
public final class EncodedBatch {

  private final float[] m_values;
  private final float[] m_observed;
  private final int m_rows;
  private final int m_columns;
  private final boolean m_hasMissing;

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
