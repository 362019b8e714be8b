package weka.autoencoder.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import org.apache.spark.api.java.JavaRDD;

import weka.autoencoder.codec.EncodedBatch;
import weka.autoencoder.codec.LossWeights;
import weka.autoencoder.codec.TabularCodec;
import weka.core.Instances;

/**
 * Cuts encoded partitions into minibatches for parameter averaging, with a held-out sample for early stopping.
 *
 * <p>Every training minibatch has exactly the batch size: dl4j-spark's workers re-batch their DataSets with
 * IteratorDataSetIterator, and re-batching DataSets of other sizes fails in Deeplearning4j 1.0.0-M2.1 (see
 * WEKA-DL4J-NOTES). The last, short minibatch of a partition is therefore filled up with the partition's first
 * training rows, so at most batch-size - 1 rows per partition are seen twice an epoch. Each row is held out with
 * the validation fraction as probability, from a random stream seeded by the seed and the partition, so the
 * training and held-out sets never overlap and are the same in every run with the same seed and partitions.
 */
final class Minibatches {

  private Minibatches() {
  }

  /**
   * @param chunks the data, in chunks of instances
   * @param codec the fitted codec
   * @param batchSize rows per training minibatch
   * @param validationFraction share of rows held out (0 = none)
   * @param seed the split's seed
   * @param heldOut true for the held-out minibatches, false for the training ones
   * @return the minibatches (held-out ones have up to batchSize rows)
   */
  static JavaRDD<Minibatch> of(JavaRDD<Instances> chunks, TabularCodec codec, int batchSize,
    double validationFraction, long seed, boolean heldOut) {
    return chunks.mapPartitionsWithIndex((partition, it) -> cut(it, codec, batchSize, validationFraction,
      new Random(seed * 1_000_003L + partition), heldOut), true);
  }

  private static Iterator<Minibatch> cut(Iterator<Instances> chunks, TabularCodec codec, int batchSize,
    double fraction, Random split, boolean heldOut) {
    int width = codec.width();
    Builder batches = new Builder(batchSize, width);
    while (chunks.hasNext()) {
      Instances chunk = chunks.next();
      EncodedBatch encoded = codec.encode(chunk);
      float[] weights = LossWeights.of(encoded, chunk);
      for (int r = 0; r < chunk.numInstances(); r++) {
        boolean held = fraction > 0 && split.nextDouble() < fraction;
        if (held == heldOut) {
          batches.add(encoded.values(), weights, r);
        }
      }
    }
    return batches.finish(!heldOut).iterator();
  }

  /** Gathers rows into minibatches of one size. */
  private static final class Builder {
    private final int m_size;
    private final int m_width;
    private final List<Minibatch> m_done = new ArrayList<>();
    private float[] m_values;
    private float[] m_weights;
    private int m_rows;
    private Minibatch m_first;
    private boolean m_weighted;

    Builder(int size, int width) {
      m_size = size;
      m_width = width;
      start();
    }

    private void start() {
      m_values = new float[m_size * m_width];
      m_weights = new float[m_size * m_width];
      Arrays.fill(m_weights, 1f);
      m_rows = 0;
      m_weighted = false;
    }

    void add(float[] values, float[] weights, int row) {
      System.arraycopy(values, row * m_width, m_values, m_rows * m_width, m_width);
      if (weights != null) {
        System.arraycopy(weights, row * m_width, m_weights, m_rows * m_width, m_width);
        m_weighted = true;
      }
      if (++m_rows == m_size) {
        m_done.add(batch(m_rows));
        start();
      }
    }

    private Minibatch batch(int rows) {
      float[] values = rows == m_size ? m_values : Arrays.copyOf(m_values, rows * m_width);
      float[] weights = !m_weighted ? null : rows == m_size ? m_weights : Arrays.copyOf(m_weights, rows * m_width);
      return new Minibatch(values, weights, rows, m_width);
    }

    /** @param fill true to fill the last short minibatch up to the full size with the first rows again */
    List<Minibatch> finish(boolean fill) {
      if (m_rows > 0 && !fill) {
        m_done.add(batch(m_rows));
      } else if (m_rows > 0) {
        fillUp();
      }
      return m_done;
    }

    /** Repeats the partition's first rows (or the short minibatch's own rows) until the minibatch is full. */
    private void fillUp() {
      int have = m_rows;
      int source = 0;
      while (m_rows < m_size) {
        Minibatch from = m_done.isEmpty() ? null : m_done.get(0);
        if (from == null) {
          int r = source++ % have;
          System.arraycopy(m_values, r * m_width, m_values, m_rows * m_width, m_width);
          System.arraycopy(m_weights, r * m_width, m_weights, m_rows * m_width, m_width);
          m_rows++;
        } else {
          from.copyRow(source++, m_values, m_weights, m_rows++);
          m_weighted |= from.isWeighted();
        }
      }
      m_done.add(batch(m_rows));
    }
  }
}
