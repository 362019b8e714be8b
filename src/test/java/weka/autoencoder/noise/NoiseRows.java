package weka.autoencoder.noise;

import java.util.Arrays;

import weka.autoencoder.codec.ColumnLayout;

/**
 * Test rows with a mixed layout: numeric columns 0-4, a 3-label one-hot group at 5-7, numeric column 8 and a 2-label
 * group at 9-10. Numeric values are all {@code value}; every group holds label 0.
 */
final class NoiseRows {

  static final int WIDTH = 11;
  static final int[] NUMERIC = {0, 1, 2, 3, 4, 8};
  static final int[][] GROUPS = {{5, 3}, {9, 2}};

  private NoiseRows() {
  }

  static ColumnLayout layout(float low, float high) {
    return new ColumnLayout(WIDTH, new int[] {5, 9}, new int[] {3, 2}, low, high);
  }

  static float[] rows(int count, float value) {
    float[] rows = new float[count * WIDTH];
    for (int r = 0; r < count; r++) {
      for (int c : NUMERIC) {
        rows[r * WIDTH + c] = value;
      }
      for (int[] g : GROUPS) {
        rows[r * WIDTH + g[0]] = 1f;
      }
    }
    return rows;
  }

  /** @return the label of group {@code g} of row {@code r}, or -1 when the group is not exactly one-hot */
  static int label(float[] rows, int r, int g) {
    return LabelSwap.hotIndex(rows, r * WIDTH + GROUPS[g][0], GROUPS[g][1]);
  }

  static float[] copy(float[] rows) {
    return Arrays.copyOf(rows, rows.length);
  }
}
