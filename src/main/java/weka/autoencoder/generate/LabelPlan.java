package weka.autoencoder.generate;

import java.util.Random;

/**
 * Decides the class label of every row to generate. Counts follow the training proportions as closely as whole
 * numbers allow (largest remainders), in a shuffled order, so even a small sample keeps the class balance of the
 * training data instead of wandering as independent draws would.
 */
public final class LabelPlan {

  private LabelPlan() {
  }

  /**
   * @param count rows to generate
   * @param proportions training share of each label
   * @param random source of the shuffle
   * @return a label index per row
   */
  public static int[] proportional(int count, double[] proportions, Random random) {
    int[] counts = new int[proportions.length];
    double[] remainders = new double[proportions.length];
    int assigned = 0;
    for (int i = 0; i < proportions.length; i++) {
      double exact = count * proportions[i];
      counts[i] = (int) Math.floor(exact);
      remainders[i] = exact - counts[i];
      assigned += counts[i];
    }
    while (assigned < count) {
      int best = 0;
      for (int i = 1; i < remainders.length; i++) {
        if (remainders[i] > remainders[best]) {
          best = i;
        }
      }
      counts[best]++;
      remainders[best] = -1;
      assigned++;
    }
    int[] labels = new int[count];
    int at = 0;
    for (int i = 0; i < counts.length; i++) {
      for (int j = 0; j < counts[i]; j++) {
        labels[at++] = i;
      }
    }
    for (int i = count - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = labels[i];
      labels[i] = labels[j];
      labels[j] = t;
    }
    return labels;
  }

  /** @return {@code count} rows of the one label {@code label} */
  public static int[] single(int count, int label) {
    int[] labels = new int[count];
    java.util.Arrays.fill(labels, label);
    return labels;
  }
}
