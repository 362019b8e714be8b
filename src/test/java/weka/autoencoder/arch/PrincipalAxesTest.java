package weka.autoencoder.arch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import weka.autoencoder.nd4j.Nd4jBoundary;

class PrincipalAxesTest {

  /** Rows of 4 values: a large variance along (1,1,0,0)/sqrt2, a smaller one along (0,0,1,-1)/sqrt2, noise. */
  static float[] rows(int n, long seed) {
    Random random = new Random(seed);
    float[] values = new float[n * 4];
    for (int i = 0; i < n; i++) {
      double a = 3 * random.nextGaussian();
      double b = random.nextGaussian();
      double[] row = {a + 5, a - 1, b + 2, -b};
      for (int v = 0; v < 4; v++) {
        values[i * 4 + v] = (float) (row[v] + 0.01 * random.nextGaussian());
      }
    }
    return values;
  }

  @Test
  void theAxesAreOrthonormalLargestVarianceFirstAndTheMeanIsTheRowsMean() throws Exception {
    Nd4jBoundary.call(1, () -> {
      float[] values = rows(500, 1);
      PrincipalAxes axes = PrincipalAxes.fit(values, 4, null, 3);
      assertEquals(4, axes.width());
      assertEquals(3, axes.size());
      double[] mean = new double[4];
      for (int i = 0; i < values.length; i++) {
        mean[i % 4] += values[i] / 500.0;
      }
      assertArrayEquals(mean, axes.mean(), 1e-6);
      double[][] v = axes.axes();
      double s = Math.sqrt(0.5);
      double sign0 = Math.signum(v[0][0]);
      assertArrayEquals(new double[] {s, s, 0, 0}, new double[] {sign0 * v[0][0], sign0 * v[1][0],
        sign0 * v[2][0], sign0 * v[3][0]}, 0.05);
      double sign1 = Math.signum(v[2][1]);
      assertArrayEquals(new double[] {0, 0, s, -s}, new double[] {sign1 * v[0][1], sign1 * v[1][1],
        sign1 * v[2][1], sign1 * v[3][1]}, 0.05);
      for (int j = 0; j < 3; j++) {
        for (int k = 0; k < 3; k++) {
          double dot = 0;
          for (int x = 0; x < 4; x++) {
            dot += v[x][j] * v[x][k];
          }
          assertEquals(j == k ? 1 : 0, dot, 1e-6, "axes " + j + ", " + k);
        }
      }
      return null;
    });
  }

  @Test
  void moreAxesThanValuesGiveZeroColumnsAndWeightsCountAsRepeatedRows() throws Exception {
    Nd4jBoundary.call(1, () -> {
      PrincipalAxes wide = PrincipalAxes.fit(rows(50, 2), 4, null, 6);
      for (int x = 0; x < 4; x++) {
        assertEquals(0, wide.axes()[x][4], 0);
        assertEquals(0, wide.axes()[x][5], 0);
      }
      // three rows, the last with weight 2, against the same rows with the last one repeated
      float[] three = {0, 0, 1, 3, 4, 1};
      float[] four = {0, 0, 1, 3, 4, 1, 4, 1};
      PrincipalAxes weighted = PrincipalAxes.fit(three, 2, new double[] {1, 1, 2}, 1);
      PrincipalAxes repeated = PrincipalAxes.fit(four, 2, null, 1);
      assertArrayEquals(repeated.mean(), weighted.mean(), 1e-6);
      assertTrue(Math.abs(repeated.axes()[0][0] * weighted.axes()[0][0]
        + repeated.axes()[1][0] * weighted.axes()[1][0]) > 1 - 1e-6, "same first axis");
      return null;
    });
  }
}
