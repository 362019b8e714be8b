package weka.autoencoder.conformance;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import weka.core.Option;
import weka.core.OptionHandler;

/** Reads an option array with the help of the handler's own listOptions: option name to value ("" for a flag). */
final class OptionNames {

  private OptionNames() {
  }

  /** @return the names listOptions() declares, with their number of arguments */
  static Map<String, Integer> listed(OptionHandler handler) {
    Map<String, Integer> names = new LinkedHashMap<>();
    for (Option option : Collections.list(handler.listOptions())) {
      // Weka's own Filter.listOptions names one option "-do-not-check-capabilities", dash included.
      String name = option.name().replaceFirst("^-+", "");
      if (!name.isEmpty()) {
        names.put(name, option.numArguments());
      }
    }
    return names;
  }

  /**
   * @param options an option array, e.g. from getOptions()
   * @param listed what {@link #listed} gave for the handler
   * @return option name (without "-") to its value, "" for flags; an option listOptions does not know is taken as
   *         having a value if the next word does not start with "-"
   */
  static Map<String, String> parse(String[] options, Map<String, Integer> listed) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < options.length; i++) {
      String word = options[i];
      if (word.isEmpty()) {
        continue;
      }
      if (!word.startsWith("-")) {
        throw new AssertionError("value without an option name at " + i + ": '" + word + "' in "
          + String.join(" ", options));
      }
      String name = word.substring(1);
      Integer arguments = listed.get(name);
      boolean hasValue = arguments != null ? arguments > 0
        : i + 1 < options.length && !options[i + 1].startsWith("-");
      values.put(name, hasValue ? options[++i] : "");
    }
    return values;
  }
}
