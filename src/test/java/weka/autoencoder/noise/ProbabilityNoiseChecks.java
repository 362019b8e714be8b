package weka.autoencoder.noise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks shared by the probability-driven noise models. */
final class ProbabilityNoiseChecks {

  private ProbabilityNoiseChecks() {
  }

  static void refusesBadProbabilities(ProbabilityNoise noise) {
    double before = noise.getProbability();
    for (String bad : new String[] {"1", "1.5", "-0.1", "NaN", "often"}) {
      Exception e = assertThrows(Exception.class, () -> noise.setOptions(new String[] {"-probability", bad}), bad);
      assertTrue(e.getMessage().contains("-probability"), e.getMessage());
    }
    assertEquals(before, noise.getProbability(), 0, "a refused value leaves the setting as it was");
  }
}
