package weka.autoencoder.codec;

import java.io.Serializable;
import java.util.Arrays;

/**
 * What a corruption model needs to know about the network's input columns, without any Weka types: which columns
 * are plain numbers and which form the one-hot group of a nominal attribute, and the range the numeric inputs span
 * in the scaled space of the training data.
 *
 * <p>Nominal attributes must not get additive noise (half a label is no label), so noise models treat each one-hot
 * group as one unit and corrupt it by switching the label; the numeric range gives clipping bounds and the "salt"
 * and "pepper" values.
 */
public final class ColumnLayout implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int m_width;
  private final int[] m_groupStarts;
  private final int[] m_groupWidths;
  private final int[] m_numericColumns;
  private final float m_low;
  private final float m_high;

  /** Value of each column when its attribute is missing (as the codec imputes it); null when not known. */
  private final float[] m_missing;

  /**
   * @param width number of network columns
   * @param groupStarts first column of each one-hot group, ascending
   * @param groupWidths number of columns (labels) of each group
   * @param low smallest numeric input value in the scaled training data
   * @param high largest numeric input value in the scaled training data
   * @throws IllegalArgumentException when groups overlap, leave the row or the range is empty
   */
  public ColumnLayout(int width, int[] groupStarts, int[] groupWidths, float low, float high) {
    this(width, groupStarts, groupWidths, low, high, null);
  }

  /**
   * As {@link #ColumnLayout(int, int[], int[], float, float)}, with the value each column takes when its attribute
   * is missing (the training mean, the label frequencies), so that noise can hide a value as a real missing one is.
   *
   * @param missing one value per column, or null when not known
   */
  public ColumnLayout(int width, int[] groupStarts, int[] groupWidths, float low, float high, float[] missing) {
    if (missing != null && missing.length != width) {
      throw new IllegalArgumentException("one missing-value encoding per column is needed");
    }
    if (groupStarts.length != groupWidths.length) {
      throw new IllegalArgumentException("one width per one-hot group is needed");
    }
    if (!(low <= high)) {
      throw new IllegalArgumentException("numeric range [" + low + ", " + high + "] is empty");
    }
    boolean[] grouped = new boolean[width];
    int end = 0;
    for (int g = 0; g < groupStarts.length; g++) {
      if (groupStarts[g] < end || groupWidths[g] < 1 || groupStarts[g] + groupWidths[g] > width) {
        throw new IllegalArgumentException("one-hot group " + g + " overlaps another or leaves the row");
      }
      end = groupStarts[g] + groupWidths[g];
      Arrays.fill(grouped, groupStarts[g], end, true);
    }
    m_width = width;
    m_groupStarts = groupStarts.clone();
    m_groupWidths = groupWidths.clone();
    int numeric = 0;
    for (boolean g : grouped) {
      numeric += g ? 0 : 1;
    }
    m_numericColumns = new int[numeric];
    for (int c = 0, i = 0; c < width; c++) {
      if (!grouped[c]) {
        m_numericColumns[i++] = c;
      }
    }
    m_low = low;
    m_high = high;
    m_missing = missing == null ? null : missing.clone();
  }

  /** @return a layout of {@code width} numeric columns (e.g. pixels) spanning [low, high] */
  public static ColumnLayout allNumeric(int width, float low, float high) {
    return new ColumnLayout(width, new int[0], new int[0], low, high);
  }

  /** @return number of network columns per row */
  public int width() {
    return m_width;
  }

  /** @return the numeric columns, ascending (a copy) */
  public int[] numericColumns() {
    return m_numericColumns.clone();
  }

  /** @return number of numeric columns */
  public int numericCount() {
    return m_numericColumns.length;
  }

  /** @return the i-th numeric column */
  public int numericColumn(int i) {
    return m_numericColumns[i];
  }

  /** @return number of one-hot groups (nominal attributes) */
  public int groupCount() {
    return m_groupStarts.length;
  }

  /** @return first column of one-hot group {@code g} */
  public int groupStart(int g) {
    return m_groupStarts[g];
  }

  /** @return number of labels of one-hot group {@code g} */
  public int groupWidth(int g) {
    return m_groupWidths[g];
  }

  /**
   * @param column a network column
   * @return the value the codec gives the column when its attribute is missing; the lowest numeric value when the
   *         layout does not know it (e.g. pixels)
   */
  public float missingValue(int column) {
    return m_missing != null ? m_missing[column] : m_low;
  }

  /** @return smallest numeric value in the scaled training data (0 for pixels in [0,1]) */
  public float low() {
    return m_low;
  }

  /** @return largest numeric value in the scaled training data (1 for pixels in [0,1]) */
  public float high() {
    return m_high;
  }

  /**
   * @return true when the numeric inputs lie within [0,1] in the network's space: pixels, attributes min-max scaled
   *         by the codec, or data already in [0,1]. Real values of such inputs cannot leave that range, so additive
   *         noise is clipped there by default (standardized inputs are unbounded: they span negative values)
   */
  public boolean bounded() {
    return m_low >= 0f && m_high <= 1f;
  }
}
