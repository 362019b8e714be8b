package weka.autoencoder.variant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import weka.autoencoder.options.AnomalyScore;

/**
 * The combined score's data-read weight (rank correlation of error and code distance, times the unexplained share's
 * u / (u + 0.01)) and its input-space neighbours.
 */
class CodeNeighboursWeightTest {

  /** Codes scattered in 2-d; each row's error grows with its distance from the centre (as its code distance). */
  private static float[][] cloud(int n, Random random) {
    float[][] codes = new float[n][];
    for (int i = 0; i < n; i++) {
      codes[i] = new float[] {(float) random.nextGaussian(), (float) random.nextGaussian()};
    }
    return codes;
  }

  private static double[] radialErrors(float[][] codes) {
    double[] errors = new double[codes.length];
    for (int i = 0; i < codes.length; i++) {
      errors[i] = Math.hypot(codes[i][0], codes[i][1]);
    }
    return errors;
  }

  @Test
  void theWeightIsTheRankCorrelationTimesTheUnexplainedShare() {
    float[][] codes = cloud(300, new Random(1));
    double[] errors = radialErrors(codes);
    CodeNeighbours fitted = CodeNeighbours.fit(AnomalyScore.COMBINED, codes, errors, 0.05);
    double[] distances = CodeNeighbours.fit(AnomalyScore.NEIGHBOURS, codes, errors, 0.05).trainingScores();
    double rho = RankCorrelation.spearman(errors, distances);
    assertTrue(rho > 0.3, "far codes have far neighbours: " + rho);
    assertEquals(rho * 0.05 / (0.05 + CodeNeighbours.UNEXPLAINED_HALF), fitted.errorWeight(), 1e-9);
  }

  @Test
  void aNetworkThatRebuildsItsRowsExactlyLeavesTheScoreToTheNeighbours() {
    float[][] codes = cloud(300, new Random(2));
    double[] errors = radialErrors(codes);
    CodeNeighbours exact = CodeNeighbours.fit(AnomalyScore.COMBINED, codes, errors, 0);
    assertEquals(0, exact.errorWeight(), 0);
    // an ordinary code with an error beyond every training row's is not flagged by the error alone
    double ordinary = exact.score(new float[][] {{0, 0}}, new double[] {100})[0];
    assertTrue(ordinary < 0.5, "weight 0: the error does not count: " + ordinary);
    CodeNeighbours compressing = CodeNeighbours.fit(AnomalyScore.COMBINED, codes, errors, 1);
    assertTrue(compressing.score(new float[][] {{0, 0}}, new double[] {100})[0] > 1,
      "with the error counting, an error beyond every training row's lifts the row above them all");
  }

  @Test
  void errorsThatDisagreeWithTheNeighboursGetNoWeight() {
    float[][] codes = cloud(300, new Random(3));
    double[] errors = radialErrors(codes);
    for (int i = 0; i < errors.length; i++) {
      errors[i] = -errors[i];
    }
    assertEquals(0, CodeNeighbours.fit(AnomalyScore.COMBINED, codes, errors, 1).errorWeight(), 0);
  }

  @Test
  void aRowWithAnOrdinaryCodeButAnUnusualInputRanksHigher() {
    Random random = new Random(4);
    float[][] codes = cloud(200, random);
    float[][] inputs = new float[200][];
    for (int i = 0; i < 200; i++) {
      inputs[i] = new float[] {codes[i][0], codes[i][1], (float) random.nextGaussian()};
    }
    double[] errors = new double[200];
    CodeNeighbours fitted = CodeNeighbours.fit(AnomalyScore.COMBINED, codes, errors, RowSource.of(inputs), 0);
    float[][] code = {{0, 0}};
    double usual = fitted.score(code, new double[] {0}, RowSource.of(new float[][] {{0, 0, 0}}))[0];
    double unusual = fitted.score(code, new double[] {0}, RowSource.of(new float[][] {{0, 0, 50}}))[0];
    assertTrue(usual < 0.3, "ordinary code and input: " + usual);
    assertTrue(unusual > 0.5 + usual, "ordinary code, input beyond every training row's: " + unusual);
    double[] training = fitted.trainingScores();
    for (double score : training) {
      assertTrue(score >= 0 && score <= 1 + 1e-5, "a training score is a weighted mean of ranks: " + score);
    }
  }

  @Test
  void wideInputsKeepFewerReferenceRows() {
    Random random = new Random(5);
    int n = 1000;
    int width = 1000;
    float[][] codes = cloud(n, random);
    float[][] inputs = new float[n][width];
    for (float[] row : inputs) {
      row[random.nextInt(width)] = 1;
    }
    CodeNeighbours fitted = CodeNeighbours.fit(AnomalyScore.COMBINED, codes, new double[n], RowSource.of(inputs),
      1);
    assertEquals(CodeNeighbours.INPUT_VALUES / width, fitted.inputReferenceSize());
    CodeNeighbours narrow = CodeNeighbours.fit(AnomalyScore.COMBINED, codes, new double[n], 1);
    assertEquals(n, narrow.inputReferenceSize());
  }
}
