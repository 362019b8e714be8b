package weka.autoencoder.noise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class GaussianNoiseTest {

  private static GaussianNoise noise(String... options) throws Exception {
    GaussianNoise noise = new GaussianNoise();
    noise.setOptions(options);
    return noise;
  }

  @Test
  void numericInputsGetZeroMeanNoiseWithTheRequestedStandardDeviation() throws Exception {
    int n = 4000;
    float[] rows = NoiseRows.rows(n, 0.5f);
    noise("-stddev", "0.2", "-nominal-probability", "0").corrupt(rows, n, NoiseRows.layout(0, 1), new Random(1));
    double sum = 0;
    double sumSquares = 0;
    int withinOneSd = 0;
    int count = 0;
    for (int r = 0; r < n; r++) {
      for (int c : NoiseRows.NUMERIC) {
        double e = rows[r * NoiseRows.WIDTH + c] - 0.5;
        sum += e;
        sumSquares += e * e;
        withinOneSd += Math.abs(e) < 0.2 ? 1 : 0;
        count++;
      }
    }
    double mean = sum / count;
    double sd = Math.sqrt(sumSquares / count - mean * mean);
    // 24,000 draws: standard errors are 0.0013 (mean), 0.0009 (sd) and 0.003 (share within one sd).
    assertEquals(0, mean, 0.006, "mean of the noise");
    assertEquals(0.2, sd, 0.005, "sd of the noise");
    assertEquals(0.6827, withinOneSd / (double) count, 0.015, "share within one sd, as for a normal distribution");
    for (int r = 0; r < n; r++) {
      assertEquals(0, NoiseRows.label(rows, r, 0), "nominal columns get no Gaussian noise");
      assertEquals(0, NoiseRows.label(rows, r, 1));
    }
  }

  @Test
  void nominalAttributesAreSwitchedToAnotherLabelAtTheNominalProbability() throws Exception {
    int n = 5000;
    float[] rows = NoiseRows.rows(n, 0.5f);
    noise("-stddev", "0.3", "-nominal-probability", "0.3").corrupt(rows, n, NoiseRows.layout(0, 1), new Random(2));
    int[] counts = new int[3];
    int switchedBinary = 0;
    for (int r = 0; r < n; r++) {
      int label = NoiseRows.label(rows, r, 0);
      assertTrue(label >= 0, "a one-hot group stays exactly one-hot");
      counts[label]++;
      switchedBinary += NoiseRows.label(rows, r, 1) == 1 ? 1 : 0;
    }
    // 5,000 draws at p = 0.3: standard error 0.0065.
    assertEquals(0.3, (counts[1] + counts[2]) / (double) n, 0.025, "share switched");
    assertEquals(0.3, switchedBinary / (double) n, 0.025, "share switched, two labels");
    assertEquals(0.5, counts[1] / (double) (counts[1] + counts[2]), 0.05, "other labels equally likely");
  }

  @Test
  void clippingKeepsValuesInTheTrainingRange() throws Exception {
    int n = 2000;
    float[] rows = NoiseRows.rows(n, 0.5f);
    noise("-stddev", "0.5", "-clip").corrupt(rows, n, NoiseRows.layout(0, 1), new Random(3));
    int atBounds = 0;
    for (int r = 0; r < n; r++) {
      for (int c : NoiseRows.NUMERIC) {
        float v = rows[r * NoiseRows.WIDTH + c];
        assertTrue(v >= 0 && v <= 1, "clipped value " + v);
        atBounds += v == 0f || v == 1f ? 1 : 0;
      }
    }
    // P(|N(0, 0.5)| > 0.5) = 0.317
    assertEquals(0.317, atBounds / (double) (n * NoiseRows.NUMERIC.length), 0.02);

    float[] unclipped = NoiseRows.rows(n, 0.5f);
    noise("-stddev", "0.5", "-no-clip").corrupt(unclipped, n, NoiseRows.layout(0, 1), new Random(3));
    assertTrue(max(unclipped) > 1.5f, "with -no-clip values leave the range");
  }

  @Test
  void byDefaultBoundedInputsAreClippedAndUnboundedOnesAreNot() throws Exception {
    int n = 2000;
    // Pixels or min-max scaled attributes: the training range lies in [0,1], noise stays inside it.
    float[] pixels = NoiseRows.rows(n, 0.5f);
    noise("-stddev", "0.5").corrupt(pixels, n, NoiseRows.layout(0, 0.9f), new Random(5));
    for (int r = 0; r < n; r++) {
      for (int c : NoiseRows.NUMERIC) {
        float v = pixels[r * NoiseRows.WIDTH + c];
        assertTrue(v >= 0 && v <= 0.9f, "value outside the training range [0, 0.9]: " + v);
      }
    }
    assertEquals(0.9f, max(pixels), 0f, "clipped at the training maximum, not at 1");
    // Standardized inputs span negative values: not bounded, so left unclipped unless -clip says so.
    float[] standardized = NoiseRows.rows(n, 0.5f);
    noise("-stddev", "0.5").corrupt(standardized, n, NoiseRows.layout(-1, 1), new Random(5));
    assertTrue(max(standardized) > 1.5f, "unbounded inputs are not clipped by default");
    float[] forced = NoiseRows.rows(n, 0.5f);
    noise("-stddev", "0.5", "-clip").corrupt(forced, n, NoiseRows.layout(-1, 1), new Random(5));
    assertEquals(1f, max(forced), 0f, "-clip clips unbounded inputs to their training range too");
  }

  @Test
  void clipAndNoClipTogetherAreRefused() {
    Exception e = assertThrows(Exception.class,
      () -> new GaussianNoise().setOptions(new String[] {"-clip", "-no-clip"}));
    assertTrue(e.getMessage().contains("-clip") && e.getMessage().contains("-no-clip"), e.getMessage());
  }

  /** @return the largest value of the numeric columns (the one-hot columns hold 1s) */
  private static float max(float[] rows) {
    float max = Float.NEGATIVE_INFINITY;
    for (int r = 0; r < rows.length / NoiseRows.WIDTH; r++) {
      for (int c : NoiseRows.NUMERIC) {
        max = Math.max(max, rows[r * NoiseRows.WIDTH + c]);
      }
    }
    return max;
  }

  @Test
  void theSameSeedGivesTheSameNoiseAndAnotherSeedOtherNoise() throws Exception {
    GaussianNoise noise = noise("-stddev", "0.1", "-nominal-probability", "0.2");
    float[] a = NoiseRows.rows(50, 0.5f);
    float[] b = NoiseRows.copy(a);
    float[] c = NoiseRows.copy(a);
    noise.corrupt(a, 50, NoiseRows.layout(0, 1), new Random(9));
    noise.corrupt(b, 50, NoiseRows.layout(0, 1), new Random(9));
    noise.corrupt(c, 50, NoiseRows.layout(0, 1), new Random(10));
    assertArrayEquals(a, b);
    assertFalse(Arrays.equals(a, c));
  }

  @Test
  void zeroNoiseLeavesRowsUnchanged() throws Exception {
    float[] rows = NoiseRows.rows(20, 0.3f);
    float[] before = NoiseRows.copy(rows);
    noise("-stddev", "0", "-nominal-probability", "0").corrupt(rows, 20, NoiseRows.layout(0, 1), new Random(4));
    assertArrayEquals(before, rows);
  }

  @Test
  void optionsSurviveARoundTripAndDefaultsAreMild() throws Exception {
    GaussianNoise noise = noise("-stddev", "0.35", "-clip", "-nominal-probability", "0.05");
    GaussianNoise copy = noise(noise.getOptions());
    assertArrayEquals(noise.getOptions(), copy.getOptions());
    assertEquals(0.35, copy.getStddev(), 0);
    assertEquals(Clipping.ALWAYS, copy.clipping());
    assertEquals(0.05, copy.getNominalProbability(), 0);
    GaussianNoise never = noise(noise("-no-clip").getOptions());
    assertEquals(Clipping.NEVER, never.clipping());
    never.setClipping(Clipping.BOUNDED.selectedTag());
    assertFalse(Arrays.asList(never.getOptions()).contains("-no-clip"), "the GUI's choice reaches the options");
    GaussianNoise defaults = noise();
    assertEquals(0.1, defaults.getStddev(), 0);
    assertEquals(Clipping.BOUNDED, defaults.clipping());
  }

  @Test
  void badValuesAreRefusedWithTheOptionName() {
    String[][] bad = {{"-stddev", "-0.1"}, {"-stddev", "NaN"}, {"-stddev", "Infinity"}, {"-stddev", "lots"},
      {"-nominal-probability", "1"}, {"-nominal-probability", "-0.2"}};
    for (String[] options : bad) {
      Exception e = assertThrows(Exception.class, () -> new GaussianNoise().setOptions(options.clone()));
      assertTrue(e.getMessage().contains(options[0]), e.getMessage());
    }
    Exception unknown = assertThrows(Exception.class,
      () -> new GaussianNoise().setOptions(new String[] {"-sd", "1"}));
    assertTrue(unknown.getMessage().contains("-sd"), unknown.getMessage());
  }
}
