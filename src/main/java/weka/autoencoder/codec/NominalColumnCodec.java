package weka.autoencoder.codec;

import weka.core.Instance;

/**
 * A nominal attribute: one-hot columns, one per label. A missing value becomes the training label frequencies,
 * and decoding takes the label with the largest output.
 */
final class NominalColumnCodec extends ColumnCodec {

  private static final long serialVersionUID = 1L;

  private final float[] m_frequencies;

  NominalColumnCodec(int attributeIndex, double[] counts) {
    super(attributeIndex);
    double total = 0;
    for (double c : counts) {
      total += c;
    }
    m_frequencies = new float[counts.length];
    for (int i = 0; i < counts.length; i++) {
      m_frequencies[i] = total > 0 ? (float) (counts[i] / total) : 1f / counts.length;
    }
  }

  /** @return the training label frequencies, the imputed columns of a missing value (a copy) */
  float[] frequencies() {
    return m_frequencies.clone();
  }

  @Override
  int width() {
    return m_frequencies.length;
  }

  @Override
  void encode(Instance instance, float[] row, float[] observed, int offset) {
    boolean missing = instance.isMissing(m_attributeIndex);
    int label = missing ? -1 : (int) instance.value(m_attributeIndex);
    for (int i = 0; i < m_frequencies.length; i++) {
      row[offset + i] = missing ? m_frequencies[i] : (i == label ? 1f : 0f);
      observed[offset + i] = missing ? 0f : 1f;
    }
  }

  @Override
  double decode(float[] row, int offset) {
    int best = 0;
    for (int i = 1; i < m_frequencies.length; i++) {
      if (row[offset + i] > row[offset + best]) {
        best = i;
      }
    }
    return best;
  }

  /** @return 1 when the most likely rebuilt label is not the observed one, else 0 */
  @Override
  double error(float[] values, float[] rebuilt, float[] observed, int at) {
    if (observed[at] == 0f) {
      return Double.NaN;
    }
    return decode(rebuilt, at) == decode(values, at) ? 0 : 1;
  }
}
