package weka.autoencoder.options;

import weka.core.Utils;

/**
 * Reads numeric options of the noise models, and the checks that Checks builds on, with messages that name the
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
    Checks.fraction("0.25").check(name, p);
    return p;
  }

  /** @throws IllegalArgumentException naming the option when {@code value < min} */
  public static void requireAtLeast(String option, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException("-" + option + " must be at least " + min + ", got " + value + ".");
    }
  }

  /** @throws IllegalArgumentException naming the option when {@code value < min}, NaN or infinite */
  public static void requireAtLeast(String option, double value, double min) {
    if (!(value >= min) || Double.isInfinite(value)) {
      String bound = min == Math.rint(min) ? "" + (long) min : "" + min;
      throw new IllegalArgumentException("-" + option + " must be at least " + bound + ", got " + value + ".");
    }
  }
}
