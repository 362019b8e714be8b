package weka.autoencoder.filter;

import java.io.Serializable;
import java.util.Arrays;

import weka.autoencoder.variant.ScorePlan;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;

/**
 * The anomaly scores of the training rows, kept so that every later batch is flagged and ranked on the training
 * rows' scale: a row is an outlier when its score is above the threshold (set from the contamination fraction, or
 * given), and its outlier probability is the fraction of training scores at or below its own. Rows with a missing
 * score (nothing observed) get a missing flag and probability.
 */
public final class OutlierScale implements Serializable {

  private static final long serialVersionUID = 1L;

  private final double[] m_sorted;
  private final double m_threshold;

  private OutlierScale(double[] sorted, double threshold) {
    m_sorted = sorted;
    m_threshold = threshold;
  }

  /**
   * As {@link #fit}, and says on the console where the threshold lies when rows are flagged.
   *
   * @param flagged true when the filter outputs the outlier flag
   * @param who the filter's name, the line's prefix
   */
  static OutlierScale fitReported(double[] scores, double contamination, double threshold, boolean flagged,
    String who) {
    OutlierScale scale = fit(scores, contamination, threshold);
    if (flagged) {
      int above = 0;
      for (double score : scores) {
        above += scale.flag(score) == 1 ? 1 : 0;
      }
      System.err.println(who + ": outlier threshold " + weka.core.Utils.doubleToString(scale.threshold(), 6) + " ("
        + above + " of " + scale.size() + " scored training rows above it)");
    }
    return scale;
  }

  /**
   * @param scores the training rows' scores (missing ones are left out)
   * @param contamination the fraction of training rows to flag, in (0, 0.5]
   * @param threshold a fixed threshold, or NaN to set it from the contamination
   * @return the scale
   */
  public static OutlierScale fit(double[] scores, double contamination, double threshold) {
    double[] sorted = Arrays.stream(scores).filter(s -> !Double.isNaN(s)).sorted().toArray();
    return new OutlierScale(sorted, Double.isNaN(threshold) ? threshold(sorted, contamination) : threshold);
  }

  /**
   * @return a score above which about {@code contamination} of the sorted scores lie: half-way between the highest
   *         unflagged and the lowest flagged training score; the largest score when the fraction rounds to no row
   */
  private static double threshold(double[] sorted, double contamination) {
    int n = sorted.length;
    if (n == 0) {
      return Double.NaN;
    }
    int flagged = (int) Math.round(contamination * n);
    if (flagged <= 0) {
      return sorted[n - 1];
    }
    if (flagged >= n) {
      return Double.NEGATIVE_INFINITY;
    }
    return sorted[n - flagged - 1] + (sorted[n - flagged] - sorted[n - flagged - 1]) / 2;
  }

  /** @return the score above which a row is flagged (NaN when no training row had a score) */
  public double threshold() {
    return m_threshold;
  }

  /** @return the number of training scores the scale was fitted on */
  public int size() {
    return m_sorted.length;
  }

  /** @return 1 (yes) above the threshold, 0 (no) at or below, missing for a missing score */
  public double flag(double score) {
    if (Double.isNaN(score) || Double.isNaN(m_threshold)) {
      return Utils.missingValue();
    }
    return score > m_threshold ? 1 : 0;
  }

  /** @return the fraction of training scores at or below {@code score}, missing for a missing score */
  public double probability(double score) {
    if (Double.isNaN(score) || m_sorted.length == 0) {
      return Utils.missingValue();
    }
    int low = 0;
    int high = m_sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (m_sorted[mid] <= score) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return (double) low / m_sorted.length;
  }

  /** @return the scores of {@code output}'s rows, read where {@code plan} puts them */
  public static double[] scores(Instances output, ScorePlan plan) {
    int at = plan.scoreIndex(output.numAttributes());
    double[] scores = new double[output.numInstances()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = output.instance(i).value(at);
    }
    return scores;
  }

  /** Sets the flag and probability of every row of {@code output} where {@code plan} puts them. */
  public void label(Instances output, ScorePlan plan) {
    int n = output.numAttributes();
    for (int i = 0; i < output.numInstances(); i++) {
      Instance row = output.instance(i);
      double score = row.value(plan.scoreIndex(n));
      if (plan.flag()) {
        row.setValue(plan.flagIndex(n), flag(score));
      }
      if (plan.probability()) {
        row.setValue(plan.probabilityIndex(n), probability(score));
      }
    }
  }
}
