package weka.autoencoder.variational;

import java.util.Locale;

/** What the variational filter writes as the code of an instance. */
public enum CodeOutput {
  /** The posterior mean: deterministic, the usual choice for dimensionality reduction. */
  MEAN,
  /** One draw from the posterior: shows the uncertainty, differs between runs with different seeds. */
  SAMPLE,
  /** The posterior mean and variance of every code unit (twice as many attributes). */
  MEAN_AND_VARIANCE;

  /** @return the option value, e.g. "mean-and-variance" */
  public String optionValue() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * @param value option value, case-insensitive
   * @return the matching constant
   * @throws IllegalArgumentException naming the allowed values
   */
  public static CodeOutput fromOption(String value) {
    for (CodeOutput c : values()) {
      if (c.optionValue().equalsIgnoreCase(value.trim())) {
        return c;
      }
    }
    throw new IllegalArgumentException("Unknown -code-output value '" + value
      + "': use one of mean, sample, mean-and-variance.");
  }
}
