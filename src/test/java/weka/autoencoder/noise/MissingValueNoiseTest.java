package weka.autoencoder.noise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Random;

import org.junit.jupiter.api.Test;

import weka.autoencoder.codec.ColumnLayout;

class MissingValueNoiseTest {

  /** Missing encodings of {@link NoiseRows}: numbers 0.4, the 3-label group (0.5, 0.3, 0.2), the 2-label (0.9, 0.1). */
  private static final float[] MISSING = {0.4f, 0.4f, 0.4f, 0.4f, 0.4f, 0.5f, 0.3f, 0.2f, 0.4f, 0.9f, 0.1f};

  private static ColumnLayout layout() {
    return new ColumnLayout(NoiseRows.WIDTH, new int[] {5, 9}, new int[] {3, 2}, 0, 1, MISSING);
  }

  private static MissingValueNoise noise(double p) {
    MissingValueNoise noise = new MissingValueNoise();
    noise.setProbability(p);
    return noise;
  }

  @Test
  void eachValueIsKeptOrReplacedByItsMissingEncodingAtTheRate() {
    int n = 5000;
    float[] rows = NoiseRows.rows(n, 0.7f);
    float[] clean = NoiseRows.copy(rows);
    noise(0.2).corrupt(rows, n, layout(), new Random(1));
    int numeric = 0;
    int nominal = 0;
    for (int r = 0; r < n; r++) {
      int at = r * NoiseRows.WIDTH;
      for (int c : NoiseRows.NUMERIC) {
        float v = rows[at + c];
        assertEquals(true, v == 0.7f || v == 0.4f, "kept or the missing encoding: " + v);
        numeric += v == 0.4f ? 1 : 0;
      }
      for (int[] g : NoiseRows.GROUPS) {
        float[] group = java.util.Arrays.copyOfRange(rows, at + g[0], at + g[0] + g[1]);
        float[] kept = java.util.Arrays.copyOfRange(clean, at + g[0], at + g[0] + g[1]);
        float[] hidden = java.util.Arrays.copyOfRange(MISSING, g[0], g[0] + g[1]);
        boolean isKept = java.util.Arrays.equals(group, kept);
        assertEquals(true, isKept || java.util.Arrays.equals(group, hidden), "a label is kept or hidden whole");
        nominal += isKept ? 0 : 1;
      }
    }
    assertEquals(0.2, numeric / (6.0 * n), 0.01);
    assertEquals(0.2, nominal / (2.0 * n), 0.015);
  }

  @Test
  void aLayoutWithoutMissingEncodingsHidesNumbersAsItsLowestValue() {
    float[] rows = NoiseRows.rows(1, 0.7f);
    noise(0.999999).corrupt(rows, 1, NoiseRows.layout(-1, 2), new Random(2));
    for (int c : NoiseRows.NUMERIC) {
      assertEquals(-1f, rows[c]);
    }
  }

  @Test
  void zeroProbabilityKeepsEverythingAndTheOptionParses() throws Exception {
    float[] rows = NoiseRows.rows(100, 0.7f);
    float[] clean = NoiseRows.copy(rows);
    noise(0).corrupt(rows, 100, layout(), new Random(3));
    assertArrayEquals(clean, rows);
    MissingValueNoise parsed = assertInstanceOf(MissingValueNoise.class,
      NoiseModels.parse("MissingValueNoise -probability 0.3"));
    assertEquals(0.3, parsed.getProbability(), 0);
    assertEquals("weka.autoencoder.noise.MissingValueNoise -probability 0.3", NoiseModels.format(parsed));
    ProbabilityNoiseChecks.refusesBadProbabilities(new MissingValueNoise());
  }
}
