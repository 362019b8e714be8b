package weka.autoencoder.noise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SaltAndPepperNoiseTest {

  private static SaltAndPepperNoise saltAndPepper(double p) {
    SaltAndPepperNoise noise = new SaltAndPepperNoise();
    noise.setProbability(p);
    return noise;
  }

  @Test
  void hitInputsBecomeTheLowestOrHighestTrainingValueHalfAndHalf() {
    int n = 5000;
    float[] rows = NoiseRows.rows(n, 0.5f);
    saltAndPepper(0.2).corrupt(rows, n, NoiseRows.layout(-1, 2), new Random(1));
    int salt = 0;
    int pepper = 0;
    for (int r = 0; r < n; r++) {
      for (int c : NoiseRows.NUMERIC) {
        float v = rows[r * NoiseRows.WIDTH + c];
        assertTrue(v == 0.5f || v == -1f || v == 2f, "unchanged, low or high: " + v);
        salt += v == 2f ? 1 : 0;
        pepper += v == -1f ? 1 : 0;
      }
    }
    int total = n * NoiseRows.NUMERIC.length;
    // 30,000 draws at p = 0.2: standard error 0.0023; of ~6,000 hits half are salt (standard error 0.0065).
    assertEquals(0.2, (salt + pepper) / (double) total, 0.01);
    assertEquals(0.5, salt / (double) (salt + pepper), 0.03);
    int switched = 0;
    for (int r = 0; r < n; r++) {
      switched += NoiseRows.label(rows, r, 1) == 1 ? 1 : 0;
    }
    assertEquals(0.2, switched / (double) n, 0.025, "nominal attributes switch label at the same rate");
  }

  @Test
  void reproducibleFromTheSeedAndOptionsRoundTrip() throws Exception {
    float[] a = NoiseRows.rows(100, 0.5f);
    float[] b = NoiseRows.copy(a);
    float[] c = NoiseRows.copy(a);
    saltAndPepper(0.3).corrupt(a, 100, NoiseRows.layout(0, 1), new Random(5));
    saltAndPepper(0.3).corrupt(b, 100, NoiseRows.layout(0, 1), new Random(5));
    saltAndPepper(0.3).corrupt(c, 100, NoiseRows.layout(0, 1), new Random(6));
    assertArrayEquals(a, b);
    assertFalse(Arrays.equals(a, c));

    SaltAndPepperNoise copy = new SaltAndPepperNoise();
    copy.setOptions(saltAndPepper(0.15).getOptions());
    assertEquals(0.15, copy.getProbability(), 0);
    assertEquals(0.1, new SaltAndPepperNoise().getProbability(), 0, "default");
  }

  @Test
  void probabilityOutsideZeroToOneIsRefusedWithTheOptionName() {
    ProbabilityNoiseChecks.refusesBadProbabilities(new SaltAndPepperNoise());
  }
}
