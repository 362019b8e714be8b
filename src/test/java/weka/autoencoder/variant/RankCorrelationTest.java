package weka.autoencoder.variant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Spearman's correlation: order only, ties at mean ranks, constants uncorrelated. */
class RankCorrelationTest {

  @Test
  void monotoneSeriesCorrelateFullyWhateverTheirScale() {
    double[] a = {1, 2, 3, 4, 5};
    assertEquals(1, RankCorrelation.spearman(a, new double[] {1, 8, 27, 64, 1000}), 1e-12);
    assertEquals(-1, RankCorrelation.spearman(a, new double[] {5, 4, 3, 2, -100}), 1e-12);
  }

  @Test
  void tiesShareTheirMeanRank() {
    assertArrayEquals(new double[] {1, 2.5, 2.5, 4}, RankCorrelation.ranks(new double[] {0, 7, 7, 9}), 0);
    // ranks 1, 2, 3, 4 against 1, 2.5, 2.5, 4: covariance 4.5 over sqrt(5 x 4.5)
    assertEquals(4.5 / Math.sqrt(5 * 4.5), RankCorrelation.spearman(new double[] {1, 2, 3, 4},
      new double[] {0, 7, 7, 9}), 1e-12);
  }

  @Test
  void aConstantOrTooShortSeriesIsUncorrelated() {
    assertEquals(0, RankCorrelation.spearman(new double[] {1, 2, 3}, new double[] {4, 4, 4}), 0);
    assertEquals(0, RankCorrelation.spearman(new double[] {1, 2}, new double[] {1, 2}), 0);
  }
}
