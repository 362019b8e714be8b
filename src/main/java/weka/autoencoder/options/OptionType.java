package weka.autoencoder.options;

/**
 * How one kind of option value is read from and written to the command line. Parse errors are
 * {@link IllegalArgumentException}s that name the option, so the user learns what to change.
 *
 * @param <T> the value type
 */
public interface OptionType<T> {

  /**
   * @param option the option's name without the dash, for messages
   * @param text the value as typed
   * @return the value
   * @throws IllegalArgumentException naming the option when the text is not a value of this type
   */
  T parse(String option, String text);

  /** @return the value as {@link #parse(String, String)} reads it back */
  String format(T value);

  /** @return false for a flag, which is present or absent and takes no argument */
  default boolean takesArgument() {
    return true;
  }

  /** @return an independent copy of a mutable value (a default must not be shared between filters) */
  default T copy(T value) {
    return value;
  }
}
