package weka.autoencoder.filter;

import java.util.Random;

import weka.autoencoder.codec.ColumnLayout;
import weka.autoencoder.noise.NoiseModel;
import weka.autoencoder.train.InputCorruption;

/**
 * Applies a noise model, which corrupts rows of channels, to minibatches of sequences [sequences, channels, steps]:
 * every time step of every sequence is one row, so numeric channels get the model's noise and a nominal channel's
 * one-hot group is switched as a whole, exactly as for tabular data. Padding steps are corrupted too, but the network
 * skips them and they never enter the loss.
 */
public final class SequenceCorruption implements InputCorruption {

  private final NoiseModel m_noise;
  private final ColumnLayout m_layout;
  private final int m_steps;

  /**
   * @param noise the corruption model
   * @param layout the channels of one time step
   * @param steps the padded length of the training sequences
   */
  public SequenceCorruption(NoiseModel noise, ColumnLayout layout, int steps) {
    m_noise = noise;
    m_layout = layout;
    m_steps = steps;
  }

  @Override
  public void corrupt(float[] sequences, int count, Random random) {
    int channels = m_layout.width();
    float[] rows = new float[m_steps * channels];
    for (int i = 0; i < count; i++) {
      int base = i * channels * m_steps;
      for (int c = 0; c < channels; c++) {
        for (int t = 0; t < m_steps; t++) {
          rows[t * channels + c] = sequences[base + c * m_steps + t];
        }
      }
      m_noise.corrupt(rows, m_steps, m_layout, random);
      for (int c = 0; c < channels; c++) {
        for (int t = 0; t < m_steps; t++) {
          sequences[base + c * m_steps + t] = rows[t * channels + c];
        }
      }
    }
  }
}
