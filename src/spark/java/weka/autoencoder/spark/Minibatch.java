package weka.autoencoder.spark;

import java.io.Serializable;
import java.util.Random;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

import weka.autoencoder.codec.ColumnLayout;
import weka.autoencoder.nd4j.FloatMatrices;
import weka.autoencoder.noise.NoiseModel;

/**
 * Encoded rows that train or evaluate together: the clean values in the network's scaled space and their loss
 * weights (0 for a missing entry, else the instance weight; null when all are 1). Plain arrays, so Spark can cache
 * and ship them; a fresh DataSet (with fresh corruption for denoising) is made from them for every epoch.
 */
final class Minibatch implements Serializable {

  private static final long serialVersionUID = 1L;

  private final float[] m_values;
  private final float[] m_weights;
  private final int m_rows;
  private final int m_width;

  Minibatch(float[] values, float[] weights, int rows, int width) {
    m_values = values;
    m_weights = weights;
    m_rows = rows;
    m_width = width;
  }

  int rows() {
    return m_rows;
  }

  boolean isWeighted() {
    return m_weights != null;
  }

  /** Copies row {@code row} into row {@code to} of the given arrays (weights 1 when this batch has none). */
  void copyRow(int row, float[] values, float[] weights, int to) {
    System.arraycopy(m_values, row * m_width, values, to * m_width, m_width);
    if (m_weights == null) {
      java.util.Arrays.fill(weights, to * m_width, (to + 1) * m_width, 1f);
    } else {
      System.arraycopy(m_weights, row * m_width, weights, to * m_width, m_width);
    }
  }

  /**
   * @param noise the corruption of the input, or null for clean input
   * @param layout the codec's column layout for the noise model (null without noise)
   * @param random the noise's random stream
   * @return features (corrupted or clean) -> labels (clean), with the loss weights as label mask
   */
  DataSet dataSet(NoiseModel noise, ColumnLayout layout, Random random) {
    long[] shape = {m_rows, m_width};
    INDArray clean = FloatMatrices.create(m_values, shape);
    INDArray input = clean;
    if (noise != null) {
      float[] corrupted = m_values.clone();
      noise.corrupt(corrupted, m_rows, layout, random);
      input = FloatMatrices.create(corrupted, shape);
    }
    INDArray mask = m_weights == null ? null : FloatMatrices.create(m_weights, shape);
    return new DataSet(input, clean, null, mask);
  }
}
