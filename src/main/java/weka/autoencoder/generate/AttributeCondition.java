package weka.autoencoder.generate;

import weka.core.Attribute;
import weka.core.Instance;

/**
 * One part of {@code -condition}: a nominal attribute fixed to one label, or a numeric attribute within a closed
 * range. Checked against the header and the training columns when it is made, so an impossible condition is
 * reported before any training.
 */
public final class AttributeCondition {

  private final int m_index;
  private final String m_name;
  private final int m_label;
  private final double m_low;
  private final double m_high;
  private final String m_text;

  private AttributeCondition(int index, String name, int label, double low, double high, String text) {
    m_index = index;
    m_name = name;
    m_label = label;
    m_low = low;
    m_high = high;
    m_text = text;
  }

  /**
   * @param text one condition, {@code name=label}, {@code name=low..high}, {@code name=low..}, {@code name=..high}
   *        or {@code name=number}
   * @param header the training header
   * @param statistics the training columns (ranges, whole numbers)
   * @param clip whether generated values are clipped to the training range (then a range outside it is impossible)
   * @throws IllegalArgumentException naming the attribute and what to change
   */
  public static AttributeCondition parse(String text, weka.core.Instances header, ColumnStatistics statistics,
    boolean clip, String who) {
    int eq = text.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException(who + ": -condition '" + text + "' is not attribute=value: write e.g. "
        + "-condition \"sex=female\" or -condition \"age=20..30\".");
    }
    String name = text.substring(0, eq).trim();
    String value = text.substring(eq + 1).trim();
    Attribute attribute = find(header, name, who);
    if (attribute.isNominal()) {
      int label = attribute.indexOfValue(value);
      if (label < 0) {
        throw new IllegalArgumentException(who + ": -condition: attribute '" + attribute.name() + "' has no value '"
          + value + "': use one of " + labels(attribute) + ".");
      }
      return new AttributeCondition(attribute.index(), attribute.name(), label, Double.NaN, Double.NaN,
        attribute.name() + "=" + value);
    }
    if (!attribute.isNumeric()) {
      throw new IllegalArgumentException(who + ": -condition: attribute '" + attribute.name() + "' is "
        + Attribute.typeToString(attribute) + "; only nominal and numeric attributes can be conditioned on.");
    }
    double low;
    double high;
    int dots = value.indexOf("..");
    if (dots >= 0) {
      low = number(value.substring(0, dots), Double.NEGATIVE_INFINITY, attribute, who);
      high = number(value.substring(dots + 2), Double.POSITIVE_INFINITY, attribute, who);
    } else {
      low = number(value, Double.NaN, attribute, who);
      high = low;
    }
    int a = attribute.index();
    String range = attribute.name() + "=" + value;
    if (low > high) {
      throw new IllegalArgumentException(who + ": -condition " + range + " is an impossible range: its low end is "
        + "above its high end; write low..high.");
    }
    double min = statistics.min(a);
    double max = statistics.max(a);
    if (clip && min <= max && (high < min || low > max)) {
      throw new IllegalArgumentException(who + ": -condition " + range + " cannot be met: generated values of '"
        + attribute.name() + "' lie in its training range [" + PrivacyGuard.format(min) + ", "
        + PrivacyGuard.format(max) + "]; choose a range that overlaps it (or give -no-clip).");
    }
    if (statistics.isIntegral(a) && Math.ceil(low) > Math.floor(high)) {
      throw new IllegalArgumentException(who + ": -condition " + range + " cannot be met: '" + attribute.name()
        + "' holds whole numbers only and the range contains none.");
    }
    return new AttributeCondition(a, attribute.name(), -1, low, high, range);
  }

  private static Attribute find(weka.core.Instances header, String name, String who) {
    Attribute attribute = header.attribute(name);
    if (attribute == null) {
      for (int a = 0; a < header.numAttributes() && attribute == null; a++) {
        if (header.attribute(a).name().equalsIgnoreCase(name)) {
          attribute = header.attribute(a);
        }
      }
    }
    if (attribute == null) {
      StringBuilder names = new StringBuilder();
      for (int a = 0; a < header.numAttributes(); a++) {
        names.append(a == 0 ? "" : ", ").append(header.attribute(a).name());
      }
      throw new IllegalArgumentException(who + ": -condition: the training data has no attribute '" + name
        + "'; its attributes are " + names + ".");
    }
    return attribute;
  }

  private static String labels(Attribute attribute) {
    StringBuilder b = new StringBuilder();
    for (int v = 0; v < attribute.numValues(); v++) {
      b.append(v == 0 ? "" : ", ").append(attribute.value(v));
    }
    return b.toString();
  }

  private static double number(String text, double empty, Attribute attribute, String who) {
    String t = text.trim();
    if (t.isEmpty() && !Double.isNaN(empty)) {
      return empty;
    }
    try {
      double v = Double.parseDouble(t);
      if (!Double.isNaN(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(who + ": -condition: '" + t + "' is not a number for the numeric attribute '"
      + attribute.name() + "': write " + attribute.name() + "=<number> or " + attribute.name() + "=<low>..<high>.");
  }

  /** @return the attribute's index */
  public int index() {
    return m_index;
  }

  public String name() {
    return m_name;
  }

  /** @return the label index for a nominal condition, -1 for a numeric range */
  public int label() {
    return m_label;
  }

  /** @return true when {@code instance}'s value meets the condition (a missing value never does) */
  public boolean accepts(Instance instance) {
    if (instance.isMissing(m_index)) {
      return false;
    }
    double v = instance.value(m_index);
    return m_label >= 0 ? (int) v == m_label : v >= m_low && v <= m_high;
  }

  @Override
  public String toString() {
    return m_text;
  }
}
