package weka.autoencoder.options;

import java.util.function.Predicate;

/**
 * One option, declared once: its command-line name, argument, help text, default, value type, range check and GUI
 * tip text. {@link OptionSheet} makes {@code listOptions}, {@code setOptions} and {@code getOptions} from a list of
 * these, and the GUI's tip texts and drop-downs come from them too. Immutable; a variant with another default or tip
 * derives a copy with {@link #withDefault} or {@link #withTip}.
 *
 * @param <T> the value type
 */
public final class Setting<T> {

  private final String m_name;
  private final String m_argument;
  private final String m_description;
  private final T m_default;
  private final String m_defaultText;
  private final OptionType<T> m_type;
  private final Check<T> m_check;
  private final String m_tip;
  private final Predicate<T> m_omitted;

  @SuppressWarnings("unchecked")
  private Setting(String name, String argument, String description, T defaultValue, String defaultText,
    OptionType<T> type, Check<T> check, String tip, Predicate<T> omitted) {
    m_name = name;
    m_argument = argument;
    m_description = description;
    m_default = defaultValue;
    m_defaultText = defaultText;
    m_type = type;
    m_check = check == null ? (Check<T>) Check.NONE : check;
    m_tip = tip;
    m_omitted = omitted;
  }

  /**
   * @param name the command-line name without the dash, e.g. "epochs"
   * @param argument what the argument is, e.g. "&lt;n&gt;" (ignored for flags)
   * @param type how values are read and written
   * @param defaultValue the value when the option is absent
   * @return a setting with no check, help or tip yet
   */
  public static <T> Setting<T> of(String name, String argument, OptionType<T> type, T defaultValue) {
    return new Setting<>(name, argument, "", defaultValue, null, type, null, "", null);
  }

  /** @return a switch that is off unless given */
  public static Setting<Boolean> flag(String name) {
    return new Setting<>(name, "", "", Boolean.FALSE, null, OptionTypes.FLAG, null, "", value -> !value);
  }

  /** @return this setting with its help text for {@code -h} (lines separated by \n) */
  public Setting<T> describe(String description) {
    return new Setting<>(m_name, m_argument, description, m_default, m_defaultText, m_type, m_check, m_tip,
      m_omitted);
  }

  /** @return this setting with a range check */
  public Setting<T> check(Check<T> check) {
    return new Setting<>(m_name, m_argument, m_description, m_default, m_defaultText, m_type, check, m_tip,
      m_omitted);
  }

  /** @return this setting with the GUI tip text */
  public Setting<T> withTip(String tip) {
    return new Setting<>(m_name, m_argument, m_description, m_default, m_defaultText, m_type, m_check, tip,
      m_omitted);
  }

  /** @return this setting with another default, e.g. for a variant whose data needs a wider code */
  public Setting<T> withDefault(T defaultValue) {
    return new Setting<>(m_name, m_argument, m_description, defaultValue, m_defaultText, m_type, m_check, m_tip,
      m_omitted);
  }

  /** @return this setting with the "(default ...)" line of the help text written out, e.g. "auto: ..." */
  public Setting<T> defaultText(String text) {
    return new Setting<>(m_name, m_argument, m_description, m_default, text, m_type, m_check, m_tip, m_omitted);
  }

  /** @return this setting left out of {@code getOptions} while {@code unset} holds (an empty folder, say) */
  public Setting<T> omittedWhen(Predicate<T> unset) {
    return new Setting<>(m_name, m_argument, m_description, m_default, m_defaultText, m_type, m_check, m_tip,
      unset);
  }

  public String name() {
    return m_name;
  }

  public OptionType<T> type() {
    return m_type;
  }

  public T defaultValue() {
    return m_type.copy(m_default);
  }

  public String tipText() {
    return m_tip;
  }

  /** @return the synopsis shown by {@code -h}, e.g. "-epochs &lt;n&gt;" */
  public String synopsis() {
    return m_type.takesArgument() ? "-" + m_name + " " + m_argument : "-" + m_name;
  }

  /** @return the help text with its "(default ...)" line, each line tab-indented as Weka prints them */
  public String help() {
    StringBuilder text = new StringBuilder();
    for (String line : m_description.split("\n")) {
      text.append('\t').append(line).append('\n');
    }
    if (m_defaultText != null) {
      text.append("\t(default").append(m_defaultText.startsWith(":") ? "" : " ").append(m_defaultText).append(')');
    } else if (m_type.takesArgument()) {
      text.append("\t(default ").append(m_type.format(m_default)).append(')');
    } else {
      text.setLength(text.length() - 1);
    }
    return text.toString();
  }

  /** @throws IllegalArgumentException naming this option when the value is out of range */
  public void validate(T value) {
    if (value == null) {
      throw new IllegalArgumentException("-" + m_name + " needs a value.");
    }
    m_check.check(m_name, value);
  }

  /** @return true when {@code getOptions} leaves the value out */
  public boolean omits(T value) {
    return m_omitted != null && m_omitted.test(value);
  }
}
