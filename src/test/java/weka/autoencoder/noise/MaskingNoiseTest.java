package weka.autoencoder.noise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class MaskingNoiseTest {

  private static MaskingNoise masking(double p) {
    MaskingNoise noise = new MaskingNoise();
    noise.setProbability(p);
    return noise;
  }

  @Test
  void numericInputsAreZeroedAtTheRateAndOthersKept() {
    int n = 5000;
    float[] rows = NoiseRows.rows(n, 0.7f);
    masking(0.25).corrupt(rows, n, NoiseRows.layout(-1, 2), new Random(1));
    int zeroed = 0;
    for (int r = 0; r < n; r++) {
      for (int c : NoiseRows.NUMERIC) {
        float v = rows[r * NoiseRows.WIDTH + c];
        assertTrue(v == 0f || v == 0.7f, "masked to 0 or left alone: " + v);
        zeroed += v == 0f ? 1 : 0;
      }
    }
    // 30,000 draws at p = 0.25: standard error 0.0025.
    assertEquals(0.25, zeroed / (double) (n * NoiseRows.NUMERIC.length), 0.01);
  }

  @Test
  void nominalAttributesAreSwitchedToAnotherLabelAtTheSameRate() {
    int n = 5000;
    float[] rows = NoiseRows.rows(n, 0.7f);
    masking(0.25).corrupt(rows, n, NoiseRows.layout(0, 1), new Random(2));
    int switched = 0;
    for (int r = 0; r < n; r++) {
      int label = NoiseRows.label(rows, r, 0);
      assertTrue(label >= 0, "still one-hot");
      switched += label != 0 ? 1 : 0;
    }
    assertEquals(0.25, switched / (double) n, 0.025);
  }

  @Test
  void aMissingNominalValueImputedAsFrequenciesIsLeftAlone() {
    float[] rows = NoiseRows.rows(200, 0.7f);
    for (int r = 0; r < 200; r++) {
      rows[r * NoiseRows.WIDTH + 5] = 0.5f;
      rows[r * NoiseRows.WIDTH + 6] = 0.3f;
      rows[r * NoiseRows.WIDTH + 7] = 0.2f;
    }
    masking(0.9).corrupt(rows, 200, NoiseRows.layout(0, 1), new Random(3));
    for (int r = 0; r < 200; r++) {
      assertArrayEquals(new float[] {0.5f, 0.3f, 0.2f},
        Arrays.copyOfRange(rows, r * NoiseRows.WIDTH + 5, r * NoiseRows.WIDTH + 8));
    }
  }

  @Test
  void reproducibleFromTheSeedAndOptionsRoundTrip() throws Exception {
    float[] a = NoiseRows.rows(100, 0.7f);
    float[] b = NoiseRows.copy(a);
    float[] c = NoiseRows.copy(a);
    masking(0.3).corrupt(a, 100, NoiseRows.layout(0, 1), new Random(5));
    masking(0.3).corrupt(b, 100, NoiseRows.layout(0, 1), new Random(5));
    masking(0.3).corrupt(c, 100, NoiseRows.layout(0, 1), new Random(6));
    assertArrayEquals(a, b);
    assertFalse(Arrays.equals(a, c));

    MaskingNoise noise = masking(0.4);
    MaskingNoise copy = new MaskingNoise();
    copy.setOptions(noise.getOptions());
    assertEquals(0.4, copy.getProbability(), 0);
    assertEquals(0.25, new MaskingNoise().getProbability(), 0, "default");
  }

  @Test
  void probabilityOutsideZeroToOneIsRefusedWithTheOptionName() {
    ProbabilityNoiseChecks.refusesBadProbabilities(new MaskingNoise());
  }
}
