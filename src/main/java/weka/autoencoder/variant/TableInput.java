package weka.autoencoder.variant;

import weka.autoencoder.codec.InputAttributes;
import weka.autoencoder.codec.Normalization;
import weka.autoencoder.codec.TabularCodec;
import weka.core.Instances;

/** Every attribute but the class is an input: numeric ones scaled, nominal ones one-hot, dates as numbers. */
public final class TableInput implements TabularInput {

  private static final long serialVersionUID = 1L;

  private final Normalization m_normalization;

  public TableInput(Normalization normalization) {
    m_normalization = normalization;
  }

  /** @return how numeric attributes are scaled */
  public Normalization normalization() {
    return m_normalization;
  }

  @Override
  public void check(Instances header) {
    InputAttributes.check(header);
  }

  @Override
  public TabularCodec fit(Instances data) {
    return TabularCodec.fit(data, m_normalization);
  }
}
