package weka.autoencoder.variant;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Spearman's rank correlation: how far two scores of the same rows order them alike (ties get mean ranks). */
final class RankCorrelation {

  private RankCorrelation() {
  }

  /** @return the correlation of the two series' ranks, in [-1, 1]; 0 when either is constant or too short */
  static double spearman(double[] a, double[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("series of " + a.length + " and " + b.length + " values");
    }
    if (a.length < 3) {
      return 0;
    }
    double[] ra = ranks(a);
    double[] rb = ranks(b);
    double mean = (a.length + 1) / 2.0;
    double cov = 0;
    double va = 0;
    double vb = 0;
    for (int i = 0; i < a.length; i++) {
      double da = ra[i] - mean;
      double db = rb[i] - mean;
      cov += da * db;
      va += da * da;
      vb += db * db;
    }
    return va > 0 && vb > 0 ? cov / Math.sqrt(va * vb) : 0;
  }

  /** @return 1-based ranks, tied values sharing the mean of their ranks */
  static double[] ranks(double[] values) {
    Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
    double[] ranks = new double[values.length];
    for (int from = 0; from < order.length;) {
      int to = from;
      while (to + 1 < order.length && values[order[to + 1]] == values[order[from]]) {
        to++;
      }
      double rank = (from + to) / 2.0 + 1;
      for (int i = from; i <= to; i++) {
        ranks[order[i]] = rank;
      }
      from = to + 1;
    }
    return ranks;
  }
}
