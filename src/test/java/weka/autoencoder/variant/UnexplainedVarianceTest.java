package weka.autoencoder.variant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The unexplained share of the variance: 0 for an exact rebuild, 1 for the column means, missing entries out. */
class UnexplainedVarianceTest {

  /** Two columns, four rows: column 0 = 0, 1, 2, 3 (mean 1.5), column 1 = 1, 1, 3, 3 (mean 2). */
  private static final float[] VALUES = {0, 1, 1, 1, 2, 3, 3, 3};

  @Test
  void anExactRebuildLeavesNothingAndTheMeansLeaveEverything() {
    UnexplainedVariance exact = new UnexplainedVariance(2);
    exact.add(VALUES, VALUES.clone(), null, 4);
    assertEquals(0, exact.fraction(), 0);
    UnexplainedVariance means = new UnexplainedVariance(2);
    means.add(VALUES, new float[] {1.5f, 2, 1.5f, 2, 1.5f, 2, 1.5f, 2}, null, 4);
    assertEquals(1, means.fraction(), 1e-6);
  }

  @Test
  void blocksAddUpAndMissingEntriesAreLeftOut() {
    UnexplainedVariance blocks = new UnexplainedVariance(2);
    float[] rebuilt = VALUES.clone();
    rebuilt[0] = 1; // error 1 on column 0 of row 0
    blocks.add(java.util.Arrays.copyOfRange(VALUES, 0, 4), java.util.Arrays.copyOfRange(rebuilt, 0, 4), null, 2);
    blocks.add(java.util.Arrays.copyOfRange(VALUES, 4, 8), java.util.Arrays.copyOfRange(rebuilt, 4, 8), null, 2);
    // total squared deviation: column 0 5, column 1 4
    assertEquals(1 / 9.0, blocks.fraction(), 1e-9);
    UnexplainedVariance missing = new UnexplainedVariance(2);
    float[] observed = {0, 1, 1, 1, 1, 1, 1, 1};
    missing.add(VALUES, rebuilt, observed, 4);
    // row 0's column 0 is missing: its error does not count, column 0 = 1, 2, 3 (squared deviation 2)
    assertEquals(0, missing.fraction(), 0);
    assertEquals(0, new UnexplainedVariance(1).fraction(), 0);
  }
}
