package weka.autoencoder.filter;

import weka.core.Attribute;
import weka.core.Instances;

/**
 * Compares the header of data to be filtered with the header a saved model was trained on, and names the first
 * difference: a model rebuilds and scales attributes by position, so data with attributes in another order, of
 * another type or with other labels would be filtered wrongly without any error.
 */
public final class HeaderMatch {

  private HeaderMatch() {
  }

  /**
   * @param trained the header the model was trained on
   * @param input the header of the data to filter
   * @return null when they match, else the first difference in words
   */
  public static String firstDifference(Instances trained, Instances input) {
    int n = Math.min(trained.numAttributes(), input.numAttributes());
    for (int a = 0; a < n; a++) {
      String difference = difference(trained.attribute(a), input.attribute(a));
      if (difference != null) {
        return "attribute " + (a + 1) + " is " + difference;
      }
    }
    if (trained.numAttributes() != input.numAttributes()) {
      return "the model was trained on " + trained.numAttributes() + " attributes, the input has "
        + input.numAttributes() + (trained.numAttributes() > n ? " (it lacks '" + trained.attribute(n).name() + "')"
          : " (it adds '" + input.attribute(n).name() + "')");
    }
    if (trained.classIndex() != input.classIndex()) {
      return "the class attribute is " + describeClass(trained) + " in the model but " + describeClass(input)
        + " here";
    }
    return null;
  }

  private static String difference(Attribute trained, Attribute input) {
    if (!trained.name().equals(input.name())) {
      return "'" + trained.name() + "' in the model but '" + input.name() + "' here";
    }
    if (trained.type() != input.type()) {
      return "'" + trained.name() + "', " + Attribute.typeToString(trained) + " in the model but "
        + Attribute.typeToString(input) + " here";
    }
    if (trained.isNominal()) {
      if (trained.numValues() != input.numValues()) {
        return "'" + trained.name() + "', with " + trained.numValues() + " labels in the model but "
          + input.numValues() + " here";
      }
      for (int v = 0; v < trained.numValues(); v++) {
        if (!trained.value(v).equals(input.value(v))) {
          return "'" + trained.name() + "', whose label " + (v + 1) + " is '" + trained.value(v)
            + "' in the model but '" + input.value(v) + "' here";
        }
      }
    }
    if (trained.isRelationValued()) {
      String inner = firstDifference(trained.relation(), input.relation());
      if (inner != null) {
        return "'" + trained.name() + "', whose relation differs: " + inner;
      }
    }
    return null;
  }

  private static String describeClass(Instances header) {
    return header.classIndex() < 0 ? "not set" : "'" + header.classAttribute().name() + "'";
  }
}
