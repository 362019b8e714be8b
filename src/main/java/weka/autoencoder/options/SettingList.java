package weka.autoencoder.options;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Puts option declarations together: groups in {@code -h} order, and a variant's own defaults or omissions. */
public final class SettingList {

  private SettingList() {
  }

  /** @return the settings and lists of settings given, flattened in order */
  public static List<Setting<?>> of(Object... settingsAndLists) {
    List<Setting<?>> all = new ArrayList<>();
    for (Object item : settingsAndLists) {
      if (item instanceof Setting) {
        all.add((Setting<?>) item);
      } else {
        for (Object s : (Collection<?>) item) {
          all.add((Setting<?>) s);
        }
      }
    }
    return all;
  }

  /** @return {@code list} with each replacement in the place of the setting of the same name */
  public static List<Setting<?>> replacing(List<Setting<?>> list, Setting<?>... replacements) {
    List<Setting<?>> result = new ArrayList<>(list);
    for (Setting<?> r : replacements) {
      int at = indexOf(result, r.name());
      if (at < 0) {
        throw new IllegalArgumentException("no option -" + r.name() + " to replace");
      }
      result.set(at, r);
    }
    return result;
  }

  /** @return {@code list} without the given settings */
  public static List<Setting<?>> without(List<Setting<?>> list, Setting<?>... removed) {
    List<Setting<?>> result = new ArrayList<>(list);
    for (Setting<?> r : removed) {
      result.remove(indexOf(result, r.name()));
    }
    return result;
  }

  private static int indexOf(List<Setting<?>> list, String name) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
