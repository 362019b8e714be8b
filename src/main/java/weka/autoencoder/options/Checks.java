package weka.autoencoder.options;

/** The range checks options share, with messages that name the option and the allowed values. */
public final class Checks {

  private Checks() {
  }

  /** @return a check that whole numbers are at least {@code min} */
  public static Check<Integer> atLeast(int min) {
    return (option, value) -> OptionValues.requireAtLeast(option, value, min);
  }

  /** @return a check that whole numbers lie in [min, max] */
  public static Check<Integer> between(int min, int max) {
    return (option, value) -> {
      if (value < min || value > max) {
        throw new IllegalArgumentException("-" + option + " must be between " + min + " and " + max + ", got "
          + value + ".");
      }
    };
  }

  /** @return a check that numbers are finite and at least {@code min} */
  public static Check<Double> atLeast(double min) {
    return (option, value) -> OptionValues.requireAtLeast(option, value, min);
  }

  /** @return a check that numbers are finite and above 0 */
  public static Check<Double> positive(String hint) {
    return (option, value) -> {
      if (!(value > 0) || Double.isInfinite(value)) {
        throw new IllegalArgumentException("-" + option + " must be a positive number (" + hint + "), got " + value
          + ".");
      }
    };
  }

  /** @return a check that numbers are finite and 0 or more */
  public static Check<Double> nonNegative(String hint) {
    return (option, value) -> {
      if (!(value >= 0) || Double.isInfinite(value)) {
        throw new IllegalArgumentException("-" + option + " must be 0 or a positive number (" + hint + "), got "
          + value + ".");
      }
    };
  }

  /** @return a check that numbers are positive and at most {@code max} */
  public static Check<Double> positiveAtMost(double max, String hint) {
    Check<Double> positive = positive(hint);
    return (option, value) -> {
      positive.check(option, value);
      if (value > max) {
        throw new IllegalArgumentException("-" + option + " must be a positive number (" + hint + "), got " + value
          + ".");
      }
    };
  }

  /** @return a check that numbers lie in [0, 1) */
  public static Check<Double> fraction(String example) {
    return (option, value) -> {
      if (!(value >= 0 && value < 1)) {
        throw new IllegalArgumentException("-" + option + " must be at least 0 and below 1 (e.g. " + example
          + "), got " + value + ".");
      }
    };
  }

  /** @return a check that text is not empty */
  public static Check<String> notEmpty(String hint) {
    return (option, value) -> {
      if (value == null || value.trim().isEmpty()) {
        throw new IllegalArgumentException("-" + option + " needs " + hint + ".");
      }
    };
  }
}
