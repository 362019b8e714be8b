package weka.autoencoder.options;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import weka.core.Option;
import weka.core.SelectedTag;
import weka.core.Utils;

/**
 * The option values of one filter or generator, and everything Weka's option system needs from them, made from the
 * {@link Setting} declarations: the {@code -h} listing, {@code setOptions} (absent options take their default, as
 * Weka expects) and {@code getOptions}, plus the typed get/set behind each GUI property.
 *
 * <p>Only the values are serialized (Setting declarations hold lambdas); the owner declares the settings again after
 * reading ({@link #isDeclared()}). A value missing from an older saved sheet reads as its default, so options added
 * later do not break saved filters.
 */
public final class OptionSheet implements Serializable {

  private static final long serialVersionUID = 1L;

  private final LinkedHashMap<String, Object> m_values = new LinkedHashMap<>();
  private transient Map<String, Setting<?>> m_settings;

  /** @param settings the options, in the order {@code -h} lists them; all at their defaults */
  public OptionSheet(List<Setting<?>> settings) {
    declare(settings);
    for (Setting<?> s : settings) {
      m_values.put(s.name(), s.defaultValue());
    }
  }

  /** @return false after deserialization, until {@link #declare(List)} is called */
  public boolean isDeclared() {
    return m_settings != null;
  }

  /** Makes the declarations known again (after deserialization). */
  public void declare(List<Setting<?>> settings) {
    Map<String, Setting<?>> byName = new LinkedHashMap<>();
    for (Setting<?> s : settings) {
      if (byName.put(s.name(), s) != null) {
        throw new IllegalStateException("option -" + s.name() + " is declared twice");
      }
    }
    m_settings = byName;
  }

  /** @return the current value of a setting */
  @SuppressWarnings("unchecked")
  public <T> T get(Setting<T> setting) {
    Setting<T> declared = declared(setting);
    Object value = m_values.get(declared.name());
    return value == null ? declared.defaultValue() : (T) value;
  }

  /**
   * @throws IllegalArgumentException naming the option when the value is out of range; the old value is kept
   */
  public <T> void set(Setting<T> setting, T value) {
    Setting<T> declared = declared(setting);
    declared.validate(value);
    m_values.put(declared.name(), value);
  }

  /** @return the GUI tip text of a setting as declared here (a variant may word it for its own data) */
  public String tipText(Setting<?> setting) {
    return declared(setting).tipText();
  }

  /** @return true when this sheet declares the setting */
  public boolean declares(Setting<?> setting) {
    return m_settings.containsKey(setting.name());
  }

  /** @return the current value of a choice as a GUI selection */
  public <E extends Enum<E> & OptionChoice> SelectedTag tag(Setting<E> setting) {
    return ((ChoiceType<E>) declared(setting).type()).selected(get(setting));
  }

  /** Sets a choice from a GUI selection; a selection from another drop-down is ignored. */
  public <E extends Enum<E> & OptionChoice> void setTag(Setting<E> setting, SelectedTag tag) {
    E value = ((ChoiceType<E>) declared(setting).type()).fromTag(tag);
    if (value != null) {
      set(setting, value);
    }
  }

  /** @return the {@code -h} entries of every declared option, in declaration order */
  public List<Option> listOptions() {
    List<Option> options = new ArrayList<>();
    for (Setting<?> s : m_settings.values()) {
      options.add(new Option(s.help(), s.name(), s.type().takesArgument() ? 1 : 0, s.synopsis()));
    }
    return options;
  }

  /**
   * Reads every declared option from {@code options} (removing it there); absent ones take their default. Nothing
   * changes when any value is malformed or out of range.
   *
   * @throws Exception naming the option to change
   */
  public void setOptions(String[] options) throws Exception {
    Map<String, Object> read = new LinkedHashMap<>();
    try {
      for (Setting<?> s : m_settings.values()) {
        read.put(s.name(), read(s, options));
      }
    } catch (IllegalArgumentException e) {
      throw new Exception(e.getMessage(), e);
    }
    m_values.putAll(read);
  }

  private static <T> T read(Setting<T> setting, String[] options) throws Exception {
    T value;
    if (!setting.type().takesArgument()) {
      value = setting.type().parse(setting.name(), "");
      value = Utils.getFlag(setting.name(), options) ? value : setting.defaultValue();
    } else {
      String text = Utils.getOption(setting.name(), options);
      value = text.isEmpty() ? setting.defaultValue() : setting.type().parse(setting.name(), text);
    }
    setting.validate(value);
    return value;
  }

  /** @return the options and values, in declaration order, leaving out unset ones (flags off, empty folders) */
  public List<String> getOptions() {
    List<String> options = new ArrayList<>();
    for (Setting<?> s : m_settings.values()) {
      write(s, options);
    }
    return options;
  }

  private <T> void write(Setting<T> setting, List<String> options) {
    T value = get(setting);
    if (setting.omits(value)) {
      return;
    }
    options.add("-" + setting.name());
    if (setting.type().takesArgument()) {
      options.add(setting.type().format(value));
    }
  }

  @SuppressWarnings("unchecked")
  private <T> Setting<T> declared(Setting<T> setting) {
    Setting<?> declared = m_settings.get(setting.name());
    if (declared == null) {
      throw new IllegalArgumentException("-" + setting.name() + " is not an option here.");
    }
    return (Setting<T>) declared;
  }
}
