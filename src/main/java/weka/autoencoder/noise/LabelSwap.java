package weka.autoencoder.noise;

import java.util.Random;

import weka.autoencoder.codec.ColumnLayout;

/**
 * Corrupts nominal attributes the only sensible way: by switching a one-hot group to another label, chosen
 * uniformly among the other labels. Groups that are not exactly one-hot (a missing value, imputed as label
 * frequencies) and attributes with a single label are left alone.
 */
final class LabelSwap {

  private LabelSwap() {
  }

  /**
   * @param rows row-major values
   * @param rowStart index of the row's first column in {@code rows}
   * @param layout the column layout
   * @param probability chance that each nominal attribute of the row is switched
   * @param random the random source
   */
  static void apply(float[] rows, int rowStart, ColumnLayout layout, double probability, Random random) {
    if (probability <= 0) {
      return;
    }
    for (int g = 0; g < layout.groupCount(); g++) {
      int width = layout.groupWidth(g);
      if (width < 2 || random.nextDouble() >= probability) {
        continue;
      }
      int start = rowStart + layout.groupStart(g);
      int current = hotIndex(rows, start, width);
      if (current < 0) {
        continue;
      }
      int other = random.nextInt(width - 1);
      if (other >= current) {
        other++;
      }
      rows[start + current] = 0f;
      rows[start + other] = 1f;
    }
  }

  /** @return the position of the single 1 in an exact one-hot group, or -1 */
  static int hotIndex(float[] rows, int start, int width) {
    int hot = -1;
    for (int i = 0; i < width; i++) {
      float v = rows[start + i];
      if (v == 1f && hot < 0) {
        hot = i;
      } else if (v != 0f) {
        return -1;
      }
    }
    return hot;
  }
}
