package weka.autoencoder.filter;

import java.util.Locale;

import weka.autoencoder.options.ChoiceType;
import weka.autoencoder.options.OptionChoice;

/** What an autoencoder filter outputs for each instance. */
public enum OutputMode implements OptionChoice {
  /** The encoder's code: code_0 ... code_(k-1), class last (dimensionality reduction, like PCA). */
  CODE,
  /** The decoder's reconstruction, with the input header (compression round trip, denoising, imputation). */
  RECONSTRUCTION;

  /** @return the option value, e.g. "code" */
  @Override
  public String optionValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param value option value, case-insensitive
   * @return the matching mode
   * @throws IllegalArgumentException naming the allowed values
   */
  public static OutputMode fromOption(String value) {
    return ChoiceType.of(OutputMode.class).parse("output", value);
  }
}
