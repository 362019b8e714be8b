package weka.autoencoder.arch;

import java.util.Locale;

/** How an encoder block halves the image: a strided convolution, or a convolution followed by 2x2 max pooling. */
public enum Downsampling {
  /** Convolution with stride 2: cheapest, learns its own downsampling. */
  STRIDE,
  /** Convolution with stride 1, then 2x2 max pooling: four times the convolution work of STRIDE. */
  POOL;

  /** @return the option value, e.g. "stride" */
  public String optionValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param value option value, case-insensitive
   * @return the matching constant
   * @throws IllegalArgumentException naming the allowed values
   */
  public static Downsampling fromOption(String value) {
    for (Downsampling d : values()) {
      if (d.optionValue().equalsIgnoreCase(value.trim())) {
        return d;
      }
    }
    throw new IllegalArgumentException("Unknown -downsampling value '" + value + "': use stride or pool.");
  }
}
