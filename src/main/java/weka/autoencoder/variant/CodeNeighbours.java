package weka.autoencoder.variant;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Random;

import weka.autoencoder.options.AnomalyScore;

/**
 * The training rows' codes and scores, kept from the first batch so that every row is scored against them: the
 * distance from a row's code to its {@value #K}th nearest training code (a training row is not its own neighbour),
 * and, for {@link AnomalyScore#COMBINED}, a weighted mean of that distance's rank and the reconstruction error's
 * rank among the training rows' (0.7 and 0.3; ties broken by the distance). Ranks make the two comparable whatever
 * their units; k-NN distance in code space finds the rows in thinly populated regions that the network still
 * rebuilds well.
 */
final class CodeNeighbours implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The neighbour whose distance is the score (the 5th, as the usual k-NN detector). */
  static final int K = 5;

  /** At most this many training codes are kept (a random sample beyond), bounding memory and scoring time. */
  static final int MAX_REFERENCE = 5000;

  /**
   * Weight of the distance itself in the combined score: two ranks among n rows tie often (their sum takes 2n + 1
   * values), and tied scores would flag more or fewer rows than the contamination asks; the distance breaks ties.
   */
  static final double TIE_BREAK = 1e-6;

  /**
   * Weight of the reconstruction error's rank in the combined score (the distance's is 1 minus it): 0.3 scored best
   * of 0.3, 0.5 and 0.7 on the outlier benchmark (bench/RESULTS-outliers.md), 0.5 was 0.008 AUC lower.
   */
  static final double ERROR_WEIGHT = 0.3;

  private final AnomalyScore m_kind;
  private final float[][] m_reference;
  private final double[] m_sortedErrors;
  private final double[] m_sortedDistances;

  /** Index in the training batch of each kept code, so that a training row skips itself. */
  private final int[] m_referenceRows;

  private CodeNeighbours(AnomalyScore kind, float[][] reference, int[] referenceRows, double[] sortedErrors,
    double[] sortedDistances) {
    m_kind = kind;
    m_reference = reference;
    m_referenceRows = referenceRows;
    m_sortedErrors = sortedErrors;
    m_sortedDistances = sortedDistances;
  }

  /**
   * @param kind {@link AnomalyScore#NEIGHBOURS} or {@link AnomalyScore#COMBINED}
   * @param codes the training rows' codes
   * @param errors their reconstruction errors (NaN: nothing observed, left out)
   * @return the reference; {@link #scoreTraining} then scores the same rows
   */
  static CodeNeighbours fit(AnomalyScore kind, float[][] codes, double[] errors) {
    int[] scored = java.util.stream.IntStream.range(0, codes.length).filter(i -> !Double.isNaN(errors[i]))
      .toArray();
    int[] kept = scored;
    if (kept.length > MAX_REFERENCE) {
      kept = kept.clone();
      Random random = new Random(1);
      for (int i = 0; i < MAX_REFERENCE; i++) {
        int j = i + random.nextInt(kept.length - i);
        int swap = kept[i];
        kept[i] = kept[j];
        kept[j] = swap;
      }
      kept = Arrays.copyOf(kept, MAX_REFERENCE);
      Arrays.sort(kept);
    }
    float[][] reference = new float[kept.length][];
    for (int i = 0; i < kept.length; i++) {
      reference[i] = codes[kept[i]];
    }
    CodeNeighbours partial = new CodeNeighbours(kind, reference, kept, new double[0], new double[0]);
    double[] distances = new double[scored.length];
    double[] scoredErrors = new double[scored.length];
    for (int i = 0; i < scored.length; i++) {
      distances[i] = partial.distance(codes[scored[i]], scored[i]);
      scoredErrors[i] = errors[scored[i]];
    }
    Arrays.sort(distances);
    Arrays.sort(scoredErrors);
    return new CodeNeighbours(kind, reference, kept, scoredErrors, distances);
  }

  /** @return the scores of the training rows the reference was fitted on (each skips its own code) */
  double[] scoreTraining(float[][] codes, double[] errors) {
    double[] scores = new double[codes.length];
    for (int i = 0; i < codes.length; i++) {
      scores[i] = score(codes[i], errors[i], i);
    }
    return scores;
  }

  /** @return the scores of other rows */
  double[] score(float[][] codes, double[] errors) {
    double[] scores = new double[codes.length];
    for (int i = 0; i < codes.length; i++) {
      scores[i] = score(codes[i], errors[i], -1);
    }
    return scores;
  }

  private double score(float[] code, double error, int trainingRow) {
    if (Double.isNaN(error)) {
      return Double.NaN;
    }
    double distance = distance(code, trainingRow);
    if (m_kind == AnomalyScore.NEIGHBOURS) {
      return distance;
    }
    double median = m_sortedDistances.length == 0 ? 0 : m_sortedDistances[m_sortedDistances.length / 2];
    double tieBreak = distance / (distance + (median > 0 ? median : 1));
    return ERROR_WEIGHT * rank(m_sortedErrors, error) + (1 - ERROR_WEIGHT) * rank(m_sortedDistances, distance)
      + TIE_BREAK * tieBreak;
  }

  /**
   * @return fraction of the sorted values at or below {@code value}; beyond the largest, 1 plus the excess in units
   *         of (largest - median), so that a row far beyond every training row on one count alone is still flagged
   */
  static double rank(double[] sorted, double value) {
    if (sorted.length == 0) {
      return 0;
    }
    double largest = sorted[sorted.length - 1];
    if (value > largest) {
      double spread = largest - sorted[sorted.length / 2];
      return 1 + (value - largest) / (spread > 0 ? spread : 1);
    }
    int at = Arrays.binarySearch(sorted, value);
    if (at < 0) {
      return (double) (-at - 1) / sorted.length;
    }
    while (at + 1 < sorted.length && sorted[at + 1] == value) {
      at++;
    }
    return (double) (at + 1) / sorted.length;
  }

  /**
   * @param trainingRow the row's index in the training batch, or -1 for another row
   * @return Euclidean distance to the K-th nearest reference code other than the row itself (the farthest one when
   *         fewer are kept; 0 when none)
   */
  private double distance(float[] code, int trainingRow) {
    int k = K;
    double[] nearest = new double[k];
    Arrays.fill(nearest, Double.POSITIVE_INFINITY);
    int found = 0;
    int self = trainingRow < 0 ? -1 : Arrays.binarySearch(m_referenceRows, trainingRow);
    for (int r = 0; r < m_reference.length; r++) {
      if (r == self) {
        continue;
      }
      float[] other = m_reference[r];
      double sum = 0;
      for (int c = 0; c < code.length; c++) {
        double d = code[c] - other[c];
        sum += d * d;
      }
      if (sum < nearest[k - 1]) {
        int at = k - 1;
        while (at > 0 && nearest[at - 1] > sum) {
          nearest[at] = nearest[at - 1];
          at--;
        }
        nearest[at] = sum;
      }
      found++;
    }
    if (found == 0) {
      return 0;
    }
    return Math.sqrt(nearest[Math.min(k, found) - 1]);
  }
}
