package weka.autoencoder.codec;

import weka.autoencoder.options.ChoiceType;
import weka.autoencoder.options.OptionChoice;
import weka.core.Instance;
import weka.core.Instances;

/**
 * The units pixel values come in. The network sees every pixel divided by the range's maximum, one factor for all
 * pixels (scaling each pixel attribute to its own range would blow up rarely lit border pixels), and reconstructions
 * are multiplied back, so output is in the input's units.
 */
public enum PixelRange implements OptionChoice {
  /** 0-1 when every training pixel lies in [0,1], 0-255 when they lie in [0,255], otherwise an error. */
  AUTO("auto", 0),
  /** Pixels from 0 (black) to 1 (white). */
  UNIT("0-1", 1),
  /** Pixels from 0 to 255, as in 8-bit images. */
  BYTE("0-255", 255);

  private final String m_option;
  private final double m_maximum;

  PixelRange(String option, double maximum) {
    m_option = option;
    m_maximum = maximum;
  }

  /** @return the option value, e.g. "0-255" */
  @Override
  public String optionValue() {
    return m_option;
  }

  /**
   * @param value option value, case-insensitive
   * @return the matching constant
   * @throws IllegalArgumentException naming the allowed values
   */
  public static PixelRange fromOption(String value) {
    return ChoiceType.of(PixelRange.class).parse("pixel-range", value);
  }

  /**
   * @param data training data
   * @param attributes the pixel attributes
   * @return the factor pixels are divided by: this range's maximum, or for {@link #AUTO} 1 or 255 as the data shows
   * @throws IllegalArgumentException when a pixel is negative or above the declared range's maximum (255 for
   *         {@link #AUTO}), naming it: the network's output is bounded to the range, so such pixels could never be
   *         rebuilt
   */
  public double scale(Instances data, int[] attributes) {
    double max = 0;
    for (int i = 0; i < data.numInstances(); i++) {
      Instance instance = data.instance(i);
      for (int a : attributes) {
        if (instance.isMissing(a)) {
          continue;
        }
        double v = instance.value(a);
        if (this == AUTO && (v < 0 || v > 255)) {
          throw new BadInstanceException(i, ": pixel attribute '" + data.attribute(a).name() + "' is " + v
            + ", outside [0,1] and [0,255], the pixel ranges this filter reads: rescale the pixels into one of them "
            + "first (e.g. with the Normalize filter, whose -S 255 gives 0-255).");
        }
        if (this != AUTO && (v < 0 || v > m_maximum)) {
          throw new BadInstanceException(i, ": pixel attribute '" + data.attribute(a).name() + "' is " + v
            + ", outside the declared -pixel-range " + m_option + ", so its reconstruction would be cut off at "
            + m_maximum + ": rescale the pixels into that range first (e.g. with the Normalize filter) or set "
            + "-pixel-range to the units they are in.");
        }
        max = Math.max(max, v);
      }
    }
    if (this != AUTO) {
      return m_maximum;
    }
    return max <= 1 ? 1 : 255;
  }
}
