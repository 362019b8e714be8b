package weka.autoencoder.variant;

import java.io.Serializable;
import java.util.Random;

import weka.autoencoder.codec.ColumnLayout;
import weka.autoencoder.codec.EncodedBatch;
import weka.autoencoder.model.TrainedAutoencoder;
import weka.autoencoder.nd4j.FloatMatrices;

/**
 * How far to trust the network's imputation of each attribute, measured on the first batch: a quarter of its observed
 * values are hidden as missing ones are, the network rebuilds them, and for each numeric attribute the shrinkage
 * towards the training mean that fits the hidden values best (least squares, between 0 = the mean and 1 = the
 * network) is kept; a nominal attribute keeps the network's label only if it was right more often than the most
 * frequent label. Where the network cannot predict an attribute from the rest of the row, the imputation falls back
 * on mean/mode instead of adding its noise to them.
 */
final class ImputationCalibration implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Share of the observed values hidden to measure the imputation. */
  static final double HIDDEN = 0.25;

  /** At most this many rows of the first batch are used. */
  static final int MAX_ROWS = 5000;

  private final ColumnLayout m_layout;

  /** Shrinkage of each numeric column (by its index in the layout's numeric columns). */
  private final double[] m_shrinkage;

  /** Whether the network's label is used, per one-hot group. */
  private final boolean[] m_network;

  private ImputationCalibration(ColumnLayout layout, double[] shrinkage, boolean[] network) {
    m_layout = layout;
    m_shrinkage = shrinkage;
    m_network = network;
  }

  /** Measures the network's imputation on (up to {@link #MAX_ROWS} rows of) an encoded batch. */
  static ImputationCalibration fit(TrainedAutoencoder model, EncodedBatch batch) {
    ColumnLayout layout = model.codec().layout(batch);
    int width = batch.columns();
    int rows = Math.min(batch.rows(), MAX_ROWS);
    float[] clean = batch.values();
    float[] observed = batch.observed();
    float[] hidden = java.util.Arrays.copyOf(clean, rows * width);
    boolean[][] hiddenNumeric = new boolean[rows][layout.numericCount()];
    boolean[][] hiddenGroup = new boolean[rows][layout.groupCount()];
    Random random = new Random(1);
    for (int r = 0; r < rows; r++) {
      for (int i = 0; i < layout.numericCount(); i++) {
        int c = r * width + layout.numericColumn(i);
        if (observed[c] != 0f && random.nextDouble() < HIDDEN) {
          hidden[c] = layout.missingValue(layout.numericColumn(i));
          hiddenNumeric[r][i] = true;
        }
      }
      for (int g = 0; g < layout.groupCount(); g++) {
        int start = r * width + layout.groupStart(g);
        if (observed[start] != 0f && random.nextDouble() < HIDDEN) {
          for (int j = 0; j < layout.groupWidth(g); j++) {
            hidden[start + j] = layout.missingValue(layout.groupStart(g) + j);
          }
          hiddenGroup[r][g] = true;
        }
      }
    }
    float[] rebuilt = FloatMatrices.values(model.reconstruct(FloatMatrices.create(hidden, rows, width)));
    double[] shrinkage = new double[layout.numericCount()];
    for (int i = 0; i < shrinkage.length; i++) {
      int column = layout.numericColumn(i);
      double mean = layout.missingValue(column);
      double cross = 0;
      double square = 0;
      for (int r = 0; r < rows; r++) {
        if (hiddenNumeric[r][i]) {
          double d = rebuilt[r * width + column] - mean;
          cross += d * (clean[r * width + column] - mean);
          square += d * d;
        }
      }
      shrinkage[i] = square > 0 ? Math.max(0, Math.min(1, cross / square)) : 1;
    }
    boolean[] network = new boolean[layout.groupCount()];
    for (int g = 0; g < network.length; g++) {
      int start = layout.groupStart(g);
      int size = layout.groupWidth(g);
      int mode = largest(frequencies(layout, g), 0, size);
      int byNetwork = 0;
      int byMode = 0;
      for (int r = 0; r < rows; r++) {
        if (hiddenGroup[r][g]) {
          int truth = largest(clean, r * width + start, size);
          byNetwork += largest(rebuilt, r * width + start, size) == truth ? 1 : 0;
          byMode += mode == truth ? 1 : 0;
        }
      }
      network[g] = byNetwork > byMode;
    }
    return new ImputationCalibration(layout, shrinkage, network);
  }

  /**
   * Applies the calibration to the network's output for rows whose missing entries it imputed: each missing number
   * is pulled towards the mean by its attribute's shrinkage, each missing label is the mode where the network's
   * labels were no better.
   *
   * @param rebuilt the network's output, row-major, changed in place
   * @param observed the observed mask, same layout
   */
  void apply(float[] rebuilt, float[] observed, int rows) {
    int width = m_layout.width();
    for (int r = 0; r < rows; r++) {
      for (int i = 0; i < m_shrinkage.length; i++) {
        int column = m_layout.numericColumn(i);
        int c = r * width + column;
        if (observed[c] == 0f) {
          float mean = m_layout.missingValue(column);
          rebuilt[c] = (float) (mean + m_shrinkage[i] * (rebuilt[c] - mean));
        }
      }
      for (int g = 0; g < m_network.length; g++) {
        int start = r * width + m_layout.groupStart(g);
        if (!m_network[g] && observed[start] == 0f) {
          for (int j = 0; j < m_layout.groupWidth(g); j++) {
            rebuilt[start + j] = m_layout.missingValue(m_layout.groupStart(g) + j);
          }
        }
      }
    }
  }

  /** @return the shrinkage of the i-th numeric column (0 = the mean, 1 = the network), for tests */
  double shrinkage(int i) {
    return m_shrinkage[i];
  }

  /** @return true when group g's missing labels come from the network, for tests */
  boolean networkLabel(int g) {
    return m_network[g];
  }

  private static float[] frequencies(ColumnLayout layout, int g) {
    float[] f = new float[layout.groupWidth(g)];
    for (int j = 0; j < f.length; j++) {
      f[j] = layout.missingValue(layout.groupStart(g) + j);
    }
    return f;
  }

  private static int largest(float[] values, int from, int size) {
    int best = 0;
    for (int j = 1; j < size; j++) {
      if (values[from + j] > values[from + best]) {
        best = j;
      }
    }
    return best;
  }
}
