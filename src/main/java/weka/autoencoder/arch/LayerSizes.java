package weka.autoencoder.arch;

/** Parses and prints comma-separated layer sizes such as "256,64". */
public final class LayerSizes {

  /** Written for "no hidden layers", so the value survives an option-string round trip. */
  public static final String NONE = "none";

  private LayerSizes() {
  }

  /**
   * @param text comma-separated positive integers; empty or "none" means no hidden layer
   * @return the sizes
   * @throws IllegalArgumentException when an entry is not a positive integer
   */
  public static int[] parse(String text) {
    String trimmed = text == null ? "" : text.trim();
    if (trimmed.isEmpty() || trimmed.equalsIgnoreCase(NONE)) {
      return new int[0];
    }
    String[] parts = trimmed.split("\\s*,\\s*");
    int[] sizes = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        sizes[i] = Integer.parseInt(parts[i].trim());
      } catch (NumberFormatException e) {
        sizes[i] = -1;
      }
      if (sizes[i] < 1) {
        throw new IllegalArgumentException("Layer sizes must be positive whole numbers separated by commas, "
          + "e.g. 256,64; got '" + text + "'.");
      }
    }
    return sizes;
  }

  /** @return sizes joined by commas, or "none" for no layers */
  public static String format(int[] sizes) {
    if (sizes.length == 0) {
      return NONE;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < sizes.length; i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(sizes[i]);
    }
    return b.toString();
  }
}
