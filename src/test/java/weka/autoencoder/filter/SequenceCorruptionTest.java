package weka.autoencoder.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

import weka.autoencoder.codec.ColumnLayout;
import weka.autoencoder.noise.MaskingNoise;

/** Noise on sequences: every time step is a row of channels, one-hot groups stay whole. */
class SequenceCorruptionTest {

  /** 2 sequences, channels: numeric x then a 2-label one-hot group, 3 steps; c-order [sequence][channel][step]. */
  private static float[] sequences() {
    return new float[] {
      0.2f, 0.4f, 0.6f, /* label a */ 1, 0, 1, /* label b */ 0, 1, 0,
      0.8f, 0.5f, 0.1f, 0, 0, 1, 1, 1, 0};
  }

  @Test
  void maskingEveryValueZeroesNumericChannelsAndSwitchesEveryLabelWhole() throws Exception {
    MaskingNoise noise = new MaskingNoise();
    noise.setProbability(1.0);
    ColumnLayout layout = new ColumnLayout(3, new int[] {1}, new int[] {2}, 0f, 1f);
    float[] values = sequences();
    float[] before = values.clone();
    new SequenceCorruption(noise, layout, 3).corrupt(values, 2, new Random(1));
    for (int i = 0; i < 2; i++) {
      for (int t = 0; t < 3; t++) {
        int base = i * 9;
        assertEquals(0f, values[base + t], "numeric channel of sequence " + i + " step " + t);
        assertEquals(1f, values[base + 3 + t] + values[base + 6 + t], 0f, "one label per step");
        assertNotEquals(before[base + 3 + t], values[base + 3 + t], "label switched at step " + t);
      }
    }
  }

  @Test
  void noNoiseLeavesTheSequencesAsTheyWere() throws Exception {
    MaskingNoise noise = new MaskingNoise();
    noise.setProbability(0.0);
    float[] values = sequences();
    new SequenceCorruption(noise, new ColumnLayout(3, new int[] {1}, new int[] {2}, 0f, 1f), 3)
      .corrupt(values, 2, new Random(2));
    assertArrayEquals(sequences(), values);
  }
}
