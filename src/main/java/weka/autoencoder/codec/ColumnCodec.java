package weka.autoencoder.codec;

import java.io.Serializable;

import weka.core.Instance;

/**
 * Turns one Weka attribute into one or more network columns and back, with what it learnt from the training data.
 */
abstract class ColumnCodec implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Index of the attribute in the input header. */
  protected final int m_attributeIndex;

  ColumnCodec(int attributeIndex) {
    m_attributeIndex = attributeIndex;
  }

  int attributeIndex() {
    return m_attributeIndex;
  }

  /** @return number of network columns this attribute occupies */
  abstract int width();

  /**
   * Writes the attribute's value of {@code instance} into {@code row} from {@code offset}; a missing value is
   * imputed and its columns get 0 in {@code observed}.
   */
  abstract void encode(Instance instance, float[] row, float[] observed, int offset);

  /** @return the attribute's value in original units (or category index) read from the network's columns */
  abstract double decode(float[] row, int offset);

  /**
   * @param values encoded rows, row-major
   * @param rebuilt the network's output, same layout
   * @param observed the observed mask, same layout
   * @param at the index of this attribute's first column in the row of interest
   * @return how badly the attribute was rebuilt (squared error for a number, 0/1 for a label); NaN when missing
   */
  abstract double error(float[] values, float[] rebuilt, float[] observed, int at);
}
