package weka.autoencoder.filter;

import java.util.Locale;

/** What an autoencoder filter outputs for each instance. */
public enum OutputMode {
  /** The encoder's code: code_0 ... code_(k-1), class last (dimensionality reduction, like PCA). */
  CODE,
  /** The decoder's reconstruction, with the input header (compression round trip, denoising, imputation). */
  RECONSTRUCTION;

  /** @return the option value, e.g. "code" */
  public String optionValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param value option value, case-insensitive
   * @return the matching mode
   * @throws IllegalArgumentException naming the allowed values
   */
  public static OutputMode fromOption(String value) {
    for (OutputMode m : values()) {
      if (m.optionValue().equalsIgnoreCase(value.trim())) {
        return m;
      }
    }
    throw new IllegalArgumentException("Unknown -output value '" + value + "': use code or reconstruction.");
  }
}
