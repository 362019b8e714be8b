package weka.autoencoder.variational;

import java.util.Locale;

import weka.autoencoder.options.ChoiceType;
import weka.autoencoder.options.OptionChoice;

/** Which reconstruction distribution numeric attributes get; nominal attributes are always categorical. */
public enum NumericDistribution implements OptionChoice {
  /** Bernoulli for attributes whose training values lie in [0,1] (pixels, proportions), Gaussian for the rest. */
  AUTO,
  /** Bernoulli (cross-entropy) for every numeric attribute; their scaled values must lie in [0,1]. */
  BERNOULLI,
  /** Gaussian with a learnt variance for every numeric attribute. */
  GAUSSIAN;

  /** @return the option value, e.g. "auto" */
  @Override
  public String optionValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param value option value, case-insensitive
   * @return the matching constant
   * @throws IllegalArgumentException naming the allowed values
   */
  public static NumericDistribution fromOption(String value) {
    return ChoiceType.of(NumericDistribution.class).parse("distribution", value);
  }
}
