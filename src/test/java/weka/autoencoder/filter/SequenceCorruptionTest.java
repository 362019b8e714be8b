package weka.autoencoder.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Enumeration;
import java.util.Random;
import java.util.Vector;

import org.junit.jupiter.api.Test;

import weka.autoencoder.codec.ColumnLayout;
import weka.autoencoder.noise.MaskingNoise;
import weka.autoencoder.noise.NoiseModel;
import weka.core.Option;

/** Noise on sequences: every time step is a row of channels, one-hot groups stay whole. */
class SequenceCorruptionTest {

  /** 2 sequences, channels: numeric x then a 2-label one-hot group, 3 steps; c-order [sequence][channel][step]. */
  private static float[] sequences() {
    return new float[] {
      0.2f, 0.4f, 0.6f, /* label a */ 1, 0, 1, /* label b */ 0, 1, 0,
      0.8f, 0.5f, 0.1f, 0, 0, 1, 1, 1, 0};
  }

  /** Writes 10 x row + column into every cell, so the test sees which step and channel each row was made from. */
  private static final class Marker implements NoiseModel {
    private static final long serialVersionUID = 1L;
    int rows;

    @Override
    public void corrupt(float[] values, int rowCount, ColumnLayout layout, Random random) {
      rows += rowCount;
      for (int r = 0; r < rowCount; r++) {
        for (int c = 0; c < layout.width(); c++) {
          values[r * layout.width() + c] = 10 * r + c;
        }
      }
    }

    @Override
    public Enumeration<Option> listOptions() {
      return new Vector<Option>().elements();
    }

    @Override
    public void setOptions(String[] options) {
    }

    @Override
    public String[] getOptions() {
      return new String[0];
    }
  }

  @Test
  void eachTimeStepOfEachSequenceIsOneRowOfChannels() {
    Marker marker = new Marker();
    float[] values = sequences();
    new SequenceCorruption(marker, new ColumnLayout(3, new int[] {1}, new int[] {2}, 0f, 1f), 3)
      .corrupt(values, 2, new Random(1));
    assertEquals(6, marker.rows, "3 steps of 2 sequences");
    for (int i = 0; i < 2; i++) {
      for (int c = 0; c < 3; c++) {
        for (int t = 0; t < 3; t++) {
          assertEquals(10 * t + c, values[i * 9 + c * 3 + t], 0f, "sequence " + i + " channel " + c + " step " + t);
        }
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
