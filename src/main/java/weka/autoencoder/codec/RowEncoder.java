package weka.autoencoder.codec;

import java.util.Arrays;

import weka.core.Attribute;
import weka.core.Instance;

/**
 * The codec's columns flattened into arrays indexed by attribute, so that an instance is encoded by one pass over its
 * stored values ({@code index(i)}, {@code valueSparse(i)}): a dense instance's array is read once, a sparse instance
 * only by the values it stores, the others taking the encoding of 0. Filtering converts every row this way, so the
 * per-attribute {@code Instance.value} / {@code isMissing} calls and the separate infinity pass of the column codecs
 * cost more than the network on small nets (issue 15).
 *
 * <p>The checks are those of the column codecs: an infinite input value is refused by row and attribute, and so is
 * an encoded value that is not finite as a 32-bit float. Built from the fitted codec, never saved with it.
 */
final class RowEncoder {

  private final int m_width;
  private final int m_classIndex;
  /** By attribute: first network column, or -1 when the codec does not read it. */
  private final int[] m_column;
  /** By attribute: number of one-hot columns for a nominal attribute, 0 for a numeric one. */
  private final int[] m_labels;
  private final double[] m_center;
  private final double[] m_scale;
  /** By attribute: the imputed values of its columns (one for a number, the label frequencies for a nominal). */
  private final float[][] m_imputed;
  /** By network column: the attribute it encodes. */
  private final int[] m_attributeOf;
  /** The encoded row of an instance whose values are all 0, the start of every sparse instance's row. */
  private final float[] m_zeroRow;

  RowEncoder(ColumnCodec[] columns, int width, int numAttributes, int classIndex) {
    m_width = width;
    m_classIndex = classIndex;
    m_column = new int[numAttributes];
    Arrays.fill(m_column, -1);
    m_labels = new int[numAttributes];
    m_center = new double[numAttributes];
    m_scale = new double[numAttributes];
    m_imputed = new float[numAttributes][];
    m_attributeOf = new int[width];
    int offset = 0;
    for (ColumnCodec column : columns) {
      int a = column.attributeIndex();
      if (m_column[a] >= 0) {
        throw new IllegalStateException("attribute " + a + " is encoded twice");
      }
      m_column[a] = offset;
      if (column instanceof NominalColumnCodec) {
        m_labels[a] = column.width();
        m_imputed[a] = ((NominalColumnCodec) column).frequencies();
      } else {
        NumericColumnCodec numeric = (NumericColumnCodec) column;
        m_center[a] = numeric.center();
        m_scale[a] = numeric.scale();
        m_imputed[a] = new float[] {numeric.imputed()};
      }
      Arrays.fill(m_attributeOf, offset, offset + column.width(), a);
      offset += column.width();
    }
    m_zeroRow = new float[width];
    for (int a = 0; a < numAttributes; a++) {
      if (m_column[a] >= 0) {
        write(a, 0, m_zeroRow, 0);
      }
    }
  }

  /**
   * Writes the encoding of {@code instance} into {@code values} from {@code base} (its {@code width} columns).
   *
   * @param row the instance's index in its batch, for messages
   * @param observed the batch's observed mask, or null while nothing was missing; entries of missing values are set
   *          to 0 there (the caller allocates it, all ones, when this returns true for the first time)
   * @return true when the instance has a missing value the codec reads and {@code observed} was null
   * @throws BadInstanceException for an infinite value, or an encoded value beyond float32
   */
  boolean encode(Instance instance, int row, float[] values, float[] observed, int base) {
    int stored = instance.numValues();
    boolean dense = stored == m_column.length && stored > 0 && instance.index(stored - 1) == stored - 1;
    if (!dense) {
      System.arraycopy(m_zeroRow, 0, values, base, m_width);
    }
    boolean missingUnmarked = false;
    for (int i = 0; i < stored; i++) {
      int a = instance.index(i);
      double v = instance.valueSparse(i);
      if (a == m_classIndex) {
        continue;
      }
      if (Double.isInfinite(v)) {
        throw new BadInstanceException(row, " has an infinite value in attribute '" + instance.attribute(a).name()
          + "': replace it (e.g. with a missing value) first.");
      }
      int at = m_column[a];
      if (at < 0) {
        continue;
      }
      if (Double.isNaN(v)) {
        float[] imputed = m_imputed[a];
        System.arraycopy(imputed, 0, values, base + at, imputed.length);
        if (observed == null) {
          missingUnmarked = true;
        } else {
          Arrays.fill(observed, base + at, base + at + imputed.length, 0f);
        }
      } else {
        write(a, v, values, base);
      }
    }
    for (int c = base; c < base + m_width; c++) {
      if (!Float.isFinite(values[c])) {
        throw tooLargeForFloat(instance, row, m_attributeOf[c - base]);
      }
    }
    return missingUnmarked;
  }

  /** Marks the missing values of an instance in {@code observed} (for the row where missing values first appear). */
  void markMissing(Instance instance, float[] observed, int base) {
    for (int i = 0; i < instance.numValues(); i++) {
      int a = instance.index(i);
      if (a != m_classIndex && m_column[a] >= 0 && Double.isNaN(instance.valueSparse(i))) {
        int at = base + m_column[a];
        Arrays.fill(observed, at, at + m_imputed[a].length, 0f);
      }
    }
  }

  private void write(int a, double v, float[] values, int base) {
    int at = base + m_column[a];
    int labels = m_labels[a];
    if (labels == 0) {
      values[at] = (float) ((v - m_center[a]) / m_scale[a]);
    } else {
      Arrays.fill(values, at, at + labels, 0f);
      int label = (int) v;
      if (label >= 0 && label < labels) {
        values[at + label] = 1f;
      }
    }
  }

  private static BadInstanceException tooLargeForFloat(Instance instance, int row, int a) {
    Attribute attribute = instance.attribute(a);
    return new BadInstanceException(row, " has the value " + instance.value(a) + " in attribute '"
      + attribute.name() + "', which after scaling is too large for the 32-bit floats the network computes in "
      + "(about 3.4e38): rescale the attribute (e.g. MathExpression with log) or replace the value, e.g. with a "
      + "missing value.");
  }
}
