package weka.autoencoder.variant;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Random;

/**
 * A sample of the training rows' vectors (codes or encoded inputs), kept so that any row's distance to its
 * {@value #K}th nearest training vector can be measured later; a training row is not its own neighbour.
 */
final class NearestReference implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The neighbour whose distance is the score (the 5th, as the usual k-NN detector). */
  static final int K = 5;

  private final float[][] m_reference;

  /** Index in the training batch of each kept vector, ascending, so that a training row skips itself. */
  private final int[] m_rows;

  NearestReference(float[][] reference, int[] rows) {
    m_reference = reference;
    m_rows = rows;
  }

  /**
   * @param candidates indices of the rows that may be kept, ascending
   * @param max how many to keep at most
   * @return a seeded random sample of them, ascending; the same seed makes a smaller sample a subset of a larger
   */
  static int[] sample(int[] candidates, int max) {
    if (candidates.length <= max) {
      return candidates;
    }
    int[] kept = candidates.clone();
    Random random = new Random(1);
    for (int i = 0; i < max; i++) {
      int j = i + random.nextInt(kept.length - i);
      int swap = kept[i];
      kept[i] = kept[j];
      kept[j] = swap;
    }
    kept = Arrays.copyOf(kept, max);
    Arrays.sort(kept);
    return kept;
  }

  /** @return number of vectors kept */
  int size() {
    return m_reference.length;
  }

  /**
   * @param trainingRow the row's index in the training batch, or -1 for another row
   * @return Euclidean distance to the K-th nearest kept vector other than the row itself (the farthest one when
   *         fewer are kept; 0 when none)
   */
  double distance(float[] vector, int trainingRow) {
    double[] nearest = new double[K];
    Arrays.fill(nearest, Double.POSITIVE_INFINITY);
    int found = 0;
    int self = trainingRow < 0 ? -1 : Arrays.binarySearch(m_rows, trainingRow);
    for (int r = 0; r < m_reference.length; r++) {
      if (r == self) {
        continue;
      }
      float[] other = m_reference[r];
      double sum = 0;
      for (int c = 0; c < vector.length; c++) {
        double d = vector[c] - other[c];
        sum += d * d;
      }
      if (sum < nearest[K - 1]) {
        int at = K - 1;
        while (at > 0 && nearest[at - 1] > sum) {
          nearest[at] = nearest[at - 1];
          at--;
        }
        nearest[at] = sum;
      }
      found++;
    }
    return found == 0 ? 0 : Math.sqrt(nearest[Math.min(K, found) - 1]);
  }
}
