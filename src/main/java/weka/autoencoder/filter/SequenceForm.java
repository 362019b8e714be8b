package weka.autoencoder.filter;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import weka.autoencoder.codec.FlatSequenceLayout;
import weka.autoencoder.codec.RelationalSequenceLayout;
import weka.autoencoder.codec.SequenceLayout;
import weka.core.Attribute;
import weka.core.Instances;
import weka.core.Range;

/**
 * Which of Weka's two sequence forms the user's data is in, decided from the options and the header:
 * <ol>
 * <li>a relational attribute (multi-instance format): chosen by index, or the first relational attribute when no
 * index is given;</li>
 * <li>ordinary numeric attributes read as consecutive time steps of a given number of channels: when the number of
 * channels is set, or when the data has no relational attribute (then one channel). By default these are all plain
 * numeric attributes except the class; an explicit range must hold numeric attributes only.</li>
 * </ol>
 * Attributes that are not part of the sequence are kept in the output; they must be numeric, nominal or date.
 */
public final class SequenceForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Default range of the sequence attributes in the flat form. */
  public static final String ALL_ATTRIBUTES = "first-last";

  private final String m_relationalAttribute;
  private final int m_channels;
  private final String m_attributes;

  /**
   * @param relationalAttribute index of the relational attribute (1-based, "first" or "last"); empty = automatic
   * @param channels channels per step of the flat form; 0 = automatic (relational if present, else 1 channel)
   * @param attributes range of the attributes that form a flat sequence (the class is always left out);
   *          {@value #ALL_ATTRIBUTES} = every plain numeric (not date) attribute
   */
  public SequenceForm(String relationalAttribute, int channels, String attributes) {
    m_relationalAttribute = relationalAttribute == null ? "" : relationalAttribute.trim();
    m_channels = channels;
    m_attributes = attributes == null || attributes.trim().isEmpty() ? ALL_ATTRIBUTES : attributes.trim();
  }

  /**
   * @param header the input header
   * @return where the sequences are
   * @throws IllegalArgumentException naming the option or attribute to change
   */
  public SequenceLayout layoutFor(Instances header) {
    SequenceLayout layout;
    if (m_channels > 0) {
      if (!m_relationalAttribute.isEmpty()) {
        throw new IllegalArgumentException("Both -relational-attribute (" + m_relationalAttribute
          + ") and -sequence-channels (" + m_channels + ") are set: use one sequence form, i.e. clear "
          + "-relational-attribute for sequences in ordinary attributes, or set -sequence-channels to 0.");
      }
      layout = flat(header, m_channels);
    } else if (!m_relationalAttribute.isEmpty()) {
      layout = new RelationalSequenceLayout(header, relationalIndex(header));
    } else {
      int relational = firstRelational(header);
      layout = relational >= 0 ? new RelationalSequenceLayout(header, relational) : flat(header, 1);
    }
    checkOtherAttributes(header, layout);
    return layout;
  }

  private int relationalIndex(Instances header) {
    return attributeIndex("relational-attribute", m_relationalAttribute, header);
  }

  /**
   * @param option the option's name, for the message
   * @param text a 1-based attribute number, "first" or "last" (checked when the option was set)
   * @param header the data
   * @return the 0-based index
   * @throws IllegalArgumentException naming the option when the data has fewer attributes
   */
  static int attributeIndex(String option, String text, Instances header) {
    String t = text.toLowerCase(java.util.Locale.ROOT);
    if (t.equals("first")) {
      return 0;
    }
    if (t.equals("last")) {
      return header.numAttributes() - 1;
    }
    int index = Integer.parseInt(t) - 1;
    if (index >= header.numAttributes()) {
      throw new IllegalArgumentException("-" + option + " is " + text + " but the data has only "
        + header.numAttributes() + " attributes.");
    }
    return index;
  }

  private static int firstRelational(Instances header) {
    for (int a = 0; a < header.numAttributes(); a++) {
      if (a != header.classIndex() && header.attribute(a).isRelationValued()) {
        return a;
      }
    }
    return -1;
  }

  private FlatSequenceLayout flat(Instances header, int channels) {
    List<Integer> chosen = new ArrayList<>();
    if (m_attributes.equalsIgnoreCase(ALL_ATTRIBUTES)) {
      // The default takes every plain numeric attribute, so an id, a date or a nominal label beside the series is
      // simply kept, not an error.
      for (int a = 0; a < header.numAttributes(); a++) {
        Attribute attribute = header.attribute(a);
        if (a != header.classIndex() && attribute.isNumeric() && !attribute.isDate()) {
          chosen.add(a);
        }
      }
    } else {
      Range range = new Range(m_attributes);
      try {
        range.setUpper(header.numAttributes() - 1);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("-sequence-attributes '" + m_attributes + "' is not a valid range for "
          + header.numAttributes() + " attributes (use e.g. first-last or 2-65): " + e.getMessage(), e);
      }
      for (int a : range.getSelection()) {
        if (a != header.classIndex()) {
          chosen.add(a);
        }
      }
    }
    int[] attributes = new int[chosen.size()];
    for (int i = 0; i < attributes.length; i++) {
      attributes[i] = chosen.get(i);
    }
    return new FlatSequenceLayout(header, attributes, channels);
  }

  private static void checkOtherAttributes(Instances header, SequenceLayout layout) {
    for (int a = 0; a < header.numAttributes(); a++) {
      Attribute attribute = header.attribute(a);
      if (!layout.holds(a) && (attribute.isString() || attribute.isRelationValued())) {
        throw new IllegalArgumentException("Attribute " + (a + 1) + " ('" + attribute.name() + "') is "
          + Attribute.typeToString(attribute) + " and not part of the sequence (" + layout.describe()
          + "): only one sequence is read per instance, and other attributes must be numeric, nominal or date. "
          + "Remove it first (e.g. with Remove or RemoveType)"
          + (attribute.isString() ? ", or read it as text: clear -relational-attribute and -sequence-channels."
            : "."));
      }
    }
  }

  /**
   * @throws IllegalArgumentException when the text is neither empty, "first", "last" nor a positive whole number
   */
  public static void checkRelationalIndex(String text) {
    checkAttributeIndex("relational-attribute", text, "for the data's first relational attribute");
  }

  /**
   * @param option the option's name, for the message
   * @param text the value
   * @param emptyMeans what an empty value stands for, for the message
   * @throws IllegalArgumentException when the text is neither empty, "first", "last" nor a positive whole number
   */
  public static void checkAttributeIndex(String option, String text, String emptyMeans) {
    String t = text == null ? "" : text.trim();
    if (t.isEmpty() || t.equalsIgnoreCase("first") || t.equalsIgnoreCase("last") || t.matches("[1-9][0-9]*")) {
      return;
    }
    throw new IllegalArgumentException("-" + option + " must be an attribute number (from 1), first or last, "
      + "or empty " + emptyMeans + "; got '" + text + "'.");
  }
}
