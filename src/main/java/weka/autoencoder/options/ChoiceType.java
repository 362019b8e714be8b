package weka.autoencoder.options;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import weka.core.SelectedTag;
import weka.core.Tag;

/**
 * The values of an option enum: parsed by name (case-insensitive), listed in help texts, and shown as a GUI drop-down
 * whose tags are made from the constants (tag id = ordinal), so adding a constant is the whole change.
 *
 * @param <E> the enum
 */
public final class ChoiceType<E extends Enum<E> & OptionChoice> implements OptionType<E> {

  private static final ConcurrentHashMap<Class<?>, Tag[]> TAGS = new ConcurrentHashMap<>();

  private final Class<E> m_type;

  private ChoiceType(Class<E> type) {
    m_type = type;
  }

  /** @return the type of options that take one of {@code type}'s constants */
  public static <E extends Enum<E> & OptionChoice> ChoiceType<E> of(Class<E> type) {
    return new ChoiceType<>(type);
  }

  @Override
  public E parse(String option, String text) {
    for (E e : m_type.getEnumConstants()) {
      if (e.optionValue().equalsIgnoreCase(text.trim())) {
        return e;
      }
    }
    throw new IllegalArgumentException("Unknown -" + option + " value '" + text + "': use " + alternatives() + ".");
  }

  @Override
  public String format(E value) {
    return value.optionValue();
  }

  /** @return the option values in declaration order */
  public List<String> values() {
    List<String> values = new ArrayList<>();
    for (E e : m_type.getEnumConstants()) {
      values.add(e.optionValue());
    }
    return values;
  }

  /** @return "a, b or c", for help texts */
  public String alternatives() {
    List<String> values = values();
    if (values.size() == 1) {
      return values.get(0);
    }
    return String.join(", ", values.subList(0, values.size() - 1)) + " or " + values.get(values.size() - 1);
  }

  /** @return the GUI tags, one array per enum so that a tag can be recognised as this type's */
  public Tag[] tags() {
    return TAGS.computeIfAbsent(m_type, t -> {
      E[] constants = m_type.getEnumConstants();
      Tag[] tags = new Tag[constants.length];
      for (int i = 0; i < constants.length; i++) {
        tags[i] = new Tag(i, constants[i].optionValue(), constants[i].optionValue());
      }
      return tags;
    });
  }

  /** @return {@code value} as a GUI selection */
  public SelectedTag selected(E value) {
    return new SelectedTag(value.ordinal(), tags());
  }

  /** @return the constant a GUI selection stands for, or null when the selection is of another type's tags */
  public E fromTag(SelectedTag tag) {
    if (tag == null || tag.getTags() != tags()) {
      String value = tag == null ? null : tag.getSelectedTag().getReadable();
      return value == null ? null : parseOrNull(value);
    }
    return m_type.getEnumConstants()[tag.getSelectedTag().getID()];
  }

  private E parseOrNull(String value) {
    for (E e : m_type.getEnumConstants()) {
      if (e.optionValue().equalsIgnoreCase(value)) {
        return e;
      }
    }
    return null;
  }
}
