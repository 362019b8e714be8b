package weka.autoencoder.codec;

import weka.core.Instance;

/** A numeric or date attribute: one column, (value - center) / scale; missing values become the training mean. */
final class NumericColumnCodec extends ColumnCodec {

  private static final long serialVersionUID = 1L;

  private final double m_center;
  private final double m_scale;
  private final float m_imputed;

  NumericColumnCodec(int attributeIndex, double center, double scale, double mean) {
    super(attributeIndex);
    m_center = center;
    m_scale = scale;
    m_imputed = (float) ((mean - center) / scale);
  }

  double center() {
    return m_center;
  }

  double scale() {
    return m_scale;
  }

  float imputed() {
    return m_imputed;
  }

  @Override
  int width() {
    return 1;
  }

  @Override
  void encode(Instance instance, float[] row, float[] observed, int offset) {
    if (instance.isMissing(m_attributeIndex)) {
      row[offset] = m_imputed;
      observed[offset] = 0f;
    } else {
      row[offset] = (float) ((instance.value(m_attributeIndex) - m_center) / m_scale);
      observed[offset] = 1f;
    }
  }

  @Override
  double decode(float[] row, int offset) {
    return row[offset] * m_scale + m_center;
  }

  /** @return the squared difference in the scaled units the network sees */
  @Override
  double error(float[] values, float[] rebuilt, float[] observed, int at) {
    if (observed[at] == 0f) {
      return Double.NaN;
    }
    double d = rebuilt[at] - values[at];
    return d * d;
  }
}
