package weka.autoencoder.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EpochReportTest {

  @Test
  void timeLeftReadsInUnitsAPersonUses() {
    assertEquals("45 s", EpochReport.duration(45_000));
    assertEquals("12 min", EpochReport.duration(12 * 60_000));
    assertEquals("3 h 20 min", EpochReport.duration(200 * 60_000));
  }

  @Test
  void theLineSaysEpochLossSpeedAndTimeLeft() {
    EpochReport report = new EpochReport(2, 10, 0.5, 0.25, true, 4_000, 1000, false);
    String line = report.describe();
    assertTrue(line.startsWith("epoch 2/10  loss 0.50000  validation loss 0.25000  4.0 s  500 samples/s"), line);
    assertTrue(line.endsWith("~16 s left"), line);
  }
}
