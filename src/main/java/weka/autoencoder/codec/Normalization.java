package weka.autoencoder.codec;

import weka.autoencoder.options.ChoiceType;
import weka.autoencoder.options.OptionChoice;

/**
 * How numeric attributes are scaled before they reach the network.
 *
 * <p>The network trains best on inputs of similar size. {@link #AUTO} leaves data that already lies in [0,1]
 * (pixels, proportions) as it is, since rescaling each pixel to its own range would blow up rare border pixels, and
 * scales everything else to [0,1] like {@link #MINMAX}.
 */
public enum Normalization implements OptionChoice {
  /** No scaling when every numeric input is in [0,1] on the training data, else min-max. */
  AUTO,
  /** Each attribute to [0,1] using its training minimum and maximum. */
  MINMAX,
  /** Each attribute to mean 0 and standard deviation 1 on the training data. */
  STANDARDIZE,
  /** Values as they are. */
  NONE;

  /** @return the option value, e.g. "minmax" */
  @Override
  public String optionValue() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * @param value an option value, case-insensitive
   * @return the matching constant
   * @throws IllegalArgumentException naming the allowed values
   */
  public static Normalization fromOption(String value) {
    return ChoiceType.of(Normalization.class).parse("normalize", value);
  }
}
