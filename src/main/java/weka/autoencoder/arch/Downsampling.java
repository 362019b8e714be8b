package weka.autoencoder.arch;

import java.util.Locale;

import weka.autoencoder.options.ChoiceType;
import weka.autoencoder.options.OptionChoice;

/** How an encoder block halves the image: a strided convolution, or a convolution followed by 2x2 max pooling. */
public enum Downsampling implements OptionChoice {
  /** Convolution with stride 2: cheapest, learns its own downsampling. */
  STRIDE,
  /** Convolution with stride 1, then 2x2 max pooling: four times the convolution work of STRIDE. */
  POOL;

  /** @return the option value, e.g. "stride" */
  @Override
  public String optionValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param value option value, case-insensitive
   * @return the matching constant
   * @throws IllegalArgumentException naming the allowed values
   */
  public static Downsampling fromOption(String value) {
    return ChoiceType.of(Downsampling.class).parse("downsampling", value);
  }
}
