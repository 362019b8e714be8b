package weka.autoencoder.arch;

import java.util.Locale;

import weka.autoencoder.options.ChoiceType;
import weka.autoencoder.options.OptionChoice;

/** How a decoder block doubles the image: a transposed convolution, or nearest-neighbour upsampling + convolution. */
public enum Upsampling implements OptionChoice {
  /** Transposed convolution with stride 2 (Deeplearning4j's Deconvolution2D). */
  TRANSPOSED,
  /** Repeat each pixel 2x2, then a stride-1 convolution: four times the convolution work of TRANSPOSED. */
  NEAREST;

  /** @return the option value, e.g. "transposed" */
  @Override
  public String optionValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param value option value, case-insensitive
   * @return the matching constant
   * @throws IllegalArgumentException naming the allowed values
   */
  public static Upsampling fromOption(String value) {
    return ChoiceType.of(Upsampling.class).parse("upsampling", value);
  }
}
