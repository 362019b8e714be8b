package weka.autoencoder.filter;

import java.io.Serializable;

import weka.core.Attribute;
import weka.core.Instances;

/**
 * Which string attribute holds the text the recurrent autoencoder reads: the one named by -text-attribute, or the
 * first string attribute (never the class). Exactly one text is encoded per instance; numeric, nominal and date
 * attributes beside it are kept unchanged in the output; a second string attribute or a relational attribute is
 * refused with a message saying how to remove it, because the network reads one sequence per instance.
 */
public final class TextForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String m_textAttribute;

  /** @param textAttribute 1-based index, "first" or "last"; empty = the first string attribute */
  public TextForm(String textAttribute) {
    m_textAttribute = textAttribute == null ? "" : textAttribute.trim();
  }

  /** @return true when -text-attribute was given, so the data must be read as text */
  public boolean chosen() {
    return !m_textAttribute.isEmpty();
  }

  /** @return true when this header is read as text: -text-attribute is set or the data has a string attribute */
  public boolean appliesTo(Instances header) {
    return chosen() || firstString(header) >= 0;
  }

  /**
   * @param header the input header
   * @return the index of the text attribute
   * @throws IllegalArgumentException naming the attribute or option to change
   */
  public int attributeFor(Instances header) {
    int index = chosen() ? SequenceForm.attributeIndex("text-attribute", m_textAttribute, header)
      : firstString(header);
    if (index < 0) {
      throw new IllegalArgumentException("The data has no string attribute to read as text (set -text-attribute to "
        + "a string attribute, or use numeric sequences).");
    }
    Attribute text = header.attribute(index);
    if (!text.isString()) {
      throw new IllegalArgumentException("-text-attribute " + m_textAttribute + " is attribute '" + text.name()
        + "', which is " + Attribute.typeToString(text) + ", not string: pick a string attribute (convert a nominal "
        + "one with NominalToString first).");
    }
    if (index == header.classIndex()) {
      throw new IllegalArgumentException("-text-attribute " + m_textAttribute + " is the class attribute '"
        + text.name() + "': the class is never encoded; pick another attribute or unset the class.");
    }
    for (int a = 0; a < header.numAttributes(); a++) {
      Attribute other = header.attribute(a);
      if (a != index && a != header.classIndex() && (other.isString() || other.isRelationValued())) {
        throw new IllegalArgumentException("Attribute " + (a + 1) + " ('" + other.name() + "') is "
          + Attribute.typeToString(other) + " beside the text attribute '" + text.name() + "': only one text is "
          + "read per instance, and other attributes must be numeric, nominal or date. Remove it first (e.g. with "
          + "Remove or RemoveType), or join the texts into one string attribute.");
      }
    }
    return index;
  }

  private static int firstString(Instances header) {
    for (int a = 0; a < header.numAttributes(); a++) {
      if (a != header.classIndex() && header.attribute(a).isString()) {
        return a;
      }
    }
    return -1;
  }
}
