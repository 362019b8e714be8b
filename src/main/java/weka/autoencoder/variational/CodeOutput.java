package weka.autoencoder.variational;

import java.util.Locale;

import weka.autoencoder.options.ChoiceType;
import weka.autoencoder.options.OptionChoice;

/** What the variational filter writes as the code of an instance. */
public enum CodeOutput implements OptionChoice {
  /** The posterior mean: deterministic, the usual choice for dimensionality reduction. */
  MEAN,
  /** One draw from the posterior: shows the uncertainty, differs between runs with different seeds. */
  SAMPLE,
  /** The posterior mean and variance of every code unit (twice as many attributes). */
  MEAN_AND_VARIANCE;

  /** @return the option value, e.g. "mean-and-variance" */
  @Override
  public String optionValue() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * @param value option value, case-insensitive
   * @return the matching constant
   * @throws IllegalArgumentException naming the allowed values
   */
  public static CodeOutput fromOption(String value) {
    return ChoiceType.of(CodeOutput.class).parse("code-output", value);
  }
}
