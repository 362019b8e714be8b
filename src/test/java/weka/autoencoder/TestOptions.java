package weka.autoencoder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds option arrays for tests: a small, fast base configuration with a test's own options laid over it. */
public final class TestOptions {

  private TestOptions() {
  }

  /**
   * @param base options of a fast configuration, e.g. {"-epochs", "3", ...}
   * @param extra the test's options: a value given here replaces the base value of the same option, anything else
   *        (flags, options the base lacks) is appended; a word starting with "-" is taken as the next option name
   * @return the combined options
   */
  public static String[] merged(List<String> base, String... extra) {
    List<String> options = new ArrayList<>(base);
    for (int i = 0; i < extra.length; i++) {
      int at = options.indexOf(extra[i]);
      boolean hasValue = i + 1 < extra.length && !extra[i + 1].startsWith("-");
      if (at >= 0 && hasValue) {
        options.set(at + 1, extra[++i]);
      } else {
        options.add(extra[i]);
        if (hasValue) {
          options.add(extra[++i]);
        }
      }
    }
    return options.toArray(new String[0]);
  }

  /** As {@link #merged(List, String...)} with the base given as an array. */
  public static String[] merged(String[] base, String... extra) {
    return merged(Arrays.asList(base), extra);
  }
}
