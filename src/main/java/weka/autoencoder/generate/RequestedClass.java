package weka.autoencoder.generate;

import java.util.ArrayList;
import java.util.List;

import weka.core.Attribute;
import weka.core.Instances;

/**
 * The class label a user asks for with {@code -class-value}, checked against a header: the training file's before
 * training (so a typo costs no epochs), or a saved model's. Only a nominal class makes the model class-conditional, so
 * only a nominal class can be asked for.
 */
public final class RequestedClass {

  private final String m_value;

  /** @param value the label asked for; empty for every class in the training proportions */
  public RequestedClass(String value) {
    m_value = value == null ? "" : value.trim();
  }

  /** @return true when every class is generated, in the training proportions */
  public boolean isAll() {
    return m_value.isEmpty();
  }

  /** @return the label asked for, empty for all */
  public String value() {
    return m_value;
  }

  /**
   * @param header the data's header with its class index
   * @return the label's index in the class attribute, or -1 when every class is asked for
   * @throws IllegalArgumentException when the class is not nominal or has no such label, listing the labels
   */
  public int labelIn(Instances header, String who) {
    if (isAll()) {
      return -1;
    }
    if (header.classIndex() < 0 || !header.classAttribute().isNominal()) {
      throw new IllegalArgumentException(who + ": -class-value needs a nominal class attribute, but "
        + (header.classIndex() < 0 ? "the data has no class (-class-index)"
          : "the class '" + header.classAttribute().name() + "' is not nominal")
        + ": choose a nominal class with -class-index, or leave -class-value out.");
    }
    Attribute attribute = header.classAttribute();
    int label = attribute.indexOfValue(m_value);
    if (label < 0) {
      List<String> labels = new ArrayList<>();
      for (int v = 0; v < attribute.numValues(); v++) {
        labels.add(attribute.value(v));
      }
      throw new IllegalArgumentException(who + ": the class '" + attribute.name() + "' has no value '" + m_value
        + "': use one of " + String.join(", ", labels) + ".");
    }
    return label;
  }
}
