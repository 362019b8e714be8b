package weka.autoencoder.generate;

import java.util.Locale;

import weka.core.SingleIndex;

/**
 * The generator's {@code -class-index}: Weka's single-index words (first, last, a number from 1, read by
 * {@link SingleIndex}) plus "none" (or 0) for data without a class. The words are checked when the option is set;
 * a number can only be checked against the training file, which happens before training starts.
 */
public final class ClassIndex {

  private ClassIndex() {
  }

  /** @throws IllegalArgumentException unless {@code text} is first, last, none or a whole number from 0 */
  public static void checkWords(String option, String text) {
    String index = text.trim().toLowerCase(Locale.ROOT);
    if (index.equals("first") || index.equals("last") || index.equals("none") || index.matches("[0-9]+")) {
      return;
    }
    throw new IllegalArgumentException("-" + option + " must be first, last, none or the number of an attribute "
      + "(from 1), got '" + text + "'.");
  }

  /**
   * @param text the option value
   * @param attributes how many attributes the training file has
   * @param source the training file's name, for the message
   * @return the 0-based class index, or -1 for none
   * @throws IllegalArgumentException naming the allowed range when the number is not an attribute of the file
   */
  public static int resolve(String text, int attributes, String source) {
    String index = text.trim();
    if (index.equalsIgnoreCase("none") || index.equals("0")) {
      return -1;
    }
    SingleIndex single = new SingleIndex(index);
    try {
      single.setUpper(attributes - 1);
      return single.getIndex();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("-class-index must be first, last, none or a number from 1 to "
        + attributes + " for " + source + ", got '" + text + "'.", e);
    }
  }
}
