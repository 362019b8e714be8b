package weka.autoencoder.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import weka.core.Utils;

class OutlierScaleTest {

  private static double[] shuffled(int n, long seed) {
    double[] scores = new double[n];
    Random random = new Random(seed);
    for (int i = 0; i < n; i++) {
      scores[i] = random.nextDouble() * 10;
    }
    return scores;
  }

  @Test
  void theContaminationFractionOfTrainingScoresLiesAboveTheThreshold() {
    for (double contamination : new double[] {0.01, 0.05, 0.1, 0.37, 0.5}) {
      double[] scores = shuffled(1000, 7);
      OutlierScale scale = OutlierScale.fit(scores, contamination, Double.NaN);
      int flagged = 0;
      for (double s : scores) {
        flagged += scale.flag(s) == 1 ? 1 : 0;
      }
      assertEquals(Math.round(contamination * 1000), flagged, "contamination " + contamination);
    }
  }

  @Test
  void aGivenThresholdIsUsedAsItIs() {
    OutlierScale scale = OutlierScale.fit(shuffled(50, 1), 0.05, 2.5);
    assertEquals(2.5, scale.threshold(), 0);
    assertEquals(0, scale.flag(2.5), 0);
    assertEquals(1, scale.flag(2.5000001), 0);
  }

  @Test
  void theProbabilityIsTheShareOfTrainingScoresAtOrBelow() {
    OutlierScale scale = OutlierScale.fit(new double[] {1, 2, 2, 3, Double.NaN}, 0.25, Double.NaN);
    assertEquals(4, scale.size(), "a missing score is left out");
    assertEquals(0, scale.probability(0.5), 0);
    assertEquals(0.25, scale.probability(1), 0);
    assertEquals(0.75, scale.probability(2.1), 0);
    assertEquals(1, scale.probability(99), 0);
    assertTrue(Utils.isMissingValue(scale.probability(Double.NaN)));
    assertTrue(Utils.isMissingValue(scale.flag(Double.NaN)));
  }

  @Test
  void aFractionRoundingToNoRowFlagsOnlyScoresAboveTheTrainingMaximum() {
    OutlierScale scale = OutlierScale.fit(new double[] {1, 2, 3}, 0.1, Double.NaN);
    assertEquals(0, scale.flag(3), 0);
    assertEquals(1, scale.flag(3.01), 0);
  }

  @Test
  void withoutAnyTrainingScoreEveryFlagIsMissing() {
    OutlierScale scale = OutlierScale.fit(new double[] {Double.NaN}, 0.1, Double.NaN);
    assertTrue(Utils.isMissingValue(scale.flag(1)));
    assertTrue(Utils.isMissingValue(scale.probability(1)));
  }
}
