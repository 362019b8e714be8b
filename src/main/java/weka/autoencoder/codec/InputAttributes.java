package weka.autoencoder.codec;

import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;

/**
 * Checks that data can be fed to a network, with messages that name the attribute or row to fix.
 */
public final class InputAttributes {

  private InputAttributes() {
  }

  /**
   * @param header the data or its header
   * @throws IllegalArgumentException when an input attribute is a string or relational attribute, a nominal attribute
   *         has no labels, or no input attribute is left besides the class
   */
  public static void check(Instances header) {
    int inputs = 0;
    for (int a = 0; a < header.numAttributes(); a++) {
      if (a == header.classIndex()) {
        continue;
      }
      Attribute attribute = header.attribute(a);
      if (attribute.isString() || attribute.isRelationValued()) {
        throw new IllegalArgumentException("Cannot use " + Attribute.typeToString(attribute) + " attribute '"
          + attribute.name() + "' (attribute " + (a + 1) + ") as network input: remove it (RemoveType) or "
          + "convert it (e.g. StringToWordVector) first.");
      }
      if (attribute.isNominal() && attribute.numValues() == 0) {
        throw new IllegalArgumentException("Nominal attribute '" + attribute.name() + "' (attribute " + (a + 1)
          + ") declares no labels: remove it first.");
      }
      inputs++;
    }
    if (inputs == 0) {
      throw new IllegalArgumentException("The data has no input attributes besides the class: an autoencoder "
        + "needs at least one numeric, nominal or date attribute.");
    }
  }

  /**
   * @throws IllegalArgumentException when an input value is infinite (NaN counts as missing in Weka)
   */
  static void checkFinite(Instance instance, int row, int classIndex) {
    for (int a = 0; a < instance.numAttributes(); a++) {
      if (a != classIndex && Double.isInfinite(instance.value(a))) {
        throw new BadInstanceException(row, " has an infinite value in attribute '"
          + instance.attribute(a).name() + "': replace it (e.g. with a missing value) first.");
      }
    }
  }
}
