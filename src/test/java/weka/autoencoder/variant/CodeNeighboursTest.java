package weka.autoencoder.variant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import weka.autoencoder.options.AnomalyScore;

/** The code-space scores: k-th neighbour distance, training rows skipping themselves, ranks, missing errors. */
class CodeNeighboursTest {

  /** Codes on a line, 0, 1, 2, ..., n-1 (2-d, second coordinate 0). */
  private static float[][] line(int n) {
    float[][] codes = new float[n][];
    for (int i = 0; i < n; i++) {
      codes[i] = new float[] {i, 0};
    }
    return codes;
  }

  @Test
  void theNeighbourScoreIsTheDistanceToTheKthNearestOtherTrainingCode() {
    float[][] codes = line(20);
    double[] errors = new double[20];
    CodeNeighbours fitted = CodeNeighbours.fit(AnomalyScore.NEIGHBOURS, codes, errors, 1.0);
    double[] training = fitted.trainingScores();
    // row 0: the others are at 1, 2, 3, 4, 5 -> the 5th is at 5; row 10: 9, 11, 8, 12, 7 -> 3
    assertEquals(CodeNeighbours.K, training[0], 1e-9);
    assertEquals(3, training[10], 1e-9);
    // a new row at 10 counts the training row at 10 as a neighbour: 10, 9, 11, 8, 12 -> 2
    double[] other = fitted.score(new float[][] {{10, 0}, {10, 30}}, new double[] {0, 0});
    assertEquals(2, other[0], 1e-9);
    assertEquals(Math.sqrt(4 + 900), other[1], 1e-6);
  }

  @Test
  void theCombinedScoreWeighsTheTwoTrainingRanks() {
    float[][] codes = line(10);
    double[] errors = new double[10];
    for (int i = 0; i < 10; i++) {
      errors[i] = Math.abs(i - 4.5);
    }
    CodeNeighbours fitted = CodeNeighbours.fit(AnomalyScore.COMBINED, codes, errors, 1.0);
    double[] far = fitted.score(new float[][] {{100, 100}}, new double[] {100});
    assertTrue(far[0] > 1, "beyond every training row in both: " + far[0]);
    // an ordinary code (rank of distance 0: nearer its neighbours than any training row) with the largest error
    double[] middle = fitted.score(new float[][] {{4.5f, 0}}, new double[] {4.5});
    assertEquals(fitted.errorWeight(), middle[0], 1e-5);
    assertTrue(fitted.errorWeight() > 0.5, "errors that grow with the code distance count: " + fitted.errorWeight());
    double[] gross = fitted.score(new float[][] {{4.5f, 0}}, new double[] {1000});
    double highest = Arrays.stream(fitted.trainingScores()).max().getAsDouble();
    assertTrue(gross[0] > highest, "an error far beyond the training errors alone outranks every training row");
    double[] near = fitted.score(new float[][] {{4.5f, 0}}, new double[] {0.5});
    assertTrue(near[0] < 0.5, "an ordinary code with the smallest error ranks low: " + near[0]);
    double[] training = fitted.trainingScores();
    for (double score : training) {
      assertTrue(score >= 0 && score <= 1 + 1e-5, "a training score is a weighted mean of two ranks: " + score);
    }
  }

  @Test
  void tiedRanksAreBrokenSoThatTrainingScoresAreDistinct() {
    Random random = new Random(3);
    float[][] codes = new float[200][];
    double[] errors = new double[200];
    for (int i = 0; i < 200; i++) {
      codes[i] = new float[] {(float) random.nextGaussian(), (float) random.nextGaussian()};
      errors[i] = random.nextDouble();
    }
    double[] scores = CodeNeighbours.fit(AnomalyScore.COMBINED, codes, errors, 1.0).trainingScores();
    assertEquals(200, Arrays.stream(scores).distinct().count());
  }

  @Test
  void aRankIsTheShareAtOrBelowAndGrowsOnBeyondTheLargest() {
    double[] sorted = {1, 2, 2, 3, 5};
    assertEquals(0, CodeNeighbours.rank(sorted, 0.5), 0);
    assertEquals(0.6, CodeNeighbours.rank(sorted, 2), 1e-12);
    assertEquals(1, CodeNeighbours.rank(sorted, 5), 0);
    // beyond 5: 1 + excess / (largest - median) = 1 + 3 / (5 - 2)
    assertEquals(2, CodeNeighbours.rank(sorted, 8), 1e-12);
  }

  @Test
  void rowsWithAMissingErrorGetAMissingScoreAndAreNoNeighbours() {
    float[][] codes = line(8);
    double[] errors = new double[8];
    errors[3] = Double.NaN;
    CodeNeighbours fitted = CodeNeighbours.fit(AnomalyScore.NEIGHBOURS, codes, errors, 1.0);
    double[] training = fitted.trainingScores();
    assertTrue(Double.isNaN(training[3]));
    // row 2 without row 3: 1, 0, 4, 5, 6 at 1, 2, 2, 3, 4 -> the 5th is at 4
    assertEquals(4, training[2], 1e-9);
    assertTrue(Double.isNaN(fitted.score(new float[][] {{0, 0}}, new double[] {Double.NaN})[0]));
  }

  @Test
  void largeTrainingSetsKeepASampleOfCodes() {
    int n = CodeNeighbours.MAX_REFERENCE + 500;
    float[][] codes = new float[n][];
    for (int i = 0; i < n; i++) {
      codes[i] = new float[] {i % 100, i / 100};
    }
    double[] errors = new double[n];
    double[] training = CodeNeighbours.fit(AnomalyScore.NEIGHBOURS, codes, errors, 1.0).trainingScores();
    for (double d : training) {
      assertTrue(d > 0 && d < 5, "a grid row's 5th neighbour among a sample of the grid: " + d);
    }
  }
}
