package weka.autoencoder.options;

import weka.core.Utils;

/**
 * Reads and checks numeric options of the filters, the generator and the noise models, with messages that name the
 * option to change.
 */
public final class OptionValues {

  private OptionValues() {
  }

  /** @return the option's value, or {@code defaultValue} when absent */
  public static double number(String name, String[] options, double defaultValue) throws Exception {
    String value = Utils.getOption(name, options);
    if (value.isEmpty()) {
      return defaultValue;
    }
    try {
      return Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("-" + name + " needs a number, got '" + value + "'.");
    }
  }

  /** @return the option's whole-number value, or {@code defaultValue} when absent */
  public static int whole(String name, String[] options, int defaultValue) throws Exception {
    String value = Utils.getOption(name, options);
    if (value.isEmpty()) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("-" + name + " needs a whole number, got '" + value + "'.");
    }
  }

  /** @throws IllegalArgumentException unless {@code 0 <= p < 1} */
  public static double probability(String name, double p) {
    if (!(p >= 0 && p < 1)) {
      throw new IllegalArgumentException("-" + name + " must be at least 0 and below 1 (e.g. 0.25), got " + p + ".");
    }
    return p;
  }
}
