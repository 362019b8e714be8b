package weka.autoencoder.options;

/**
 * A range check on an option value, run on the command line and in the GUI alike.
 *
 * @param <T> the value type
 */
@FunctionalInterface
public interface Check<T> {

  /** A check that accepts everything. */
  @SuppressWarnings("rawtypes")
  Check NONE = (option, value) -> {
  };

  /**
   * @param option the option's name without the dash
   * @param value the value to check
   * @throws IllegalArgumentException naming the option and the allowed range
   */
  void check(String option, T value);
}
