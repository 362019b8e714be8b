package weka.autoencoder.variational;

import java.io.Serializable;
import java.util.Random;

import weka.core.Attribute;
import weka.core.Instances;

/**
 * A nominal class given to the encoder and the decoder as a one-hot condition (a conditional VAE), so that new rows
 * can be generated for a chosen class. Remembers the labels and their training proportions.
 */
public final class ClassCondition implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String[] m_labels;
  private final double[] m_proportions;

  private ClassCondition(String[] labels, double[] proportions) {
    m_labels = labels;
    m_proportions = proportions;
  }

  /**
   * @param data training data with a nominal class attribute
   * @return the condition with the weighted class proportions of {@code data} (rows with a missing class left out)
   */
  public static ClassCondition fit(Instances data) {
    Attribute cls = data.classAttribute();
    String[] labels = new String[cls.numValues()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = cls.value(i);
    }
    double[] counts = new double[labels.length];
    double total = 0;
    for (int i = 0; i < data.numInstances(); i++) {
      if (!data.instance(i).classIsMissing()) {
        counts[(int) data.instance(i).classValue()] += data.instance(i).weight();
        total += data.instance(i).weight();
      }
    }
    for (int i = 0; i < counts.length; i++) {
      counts[i] = total > 0 ? counts[i] / total : 1.0 / counts.length;
    }
    return new ClassCondition(labels, counts);
  }

  /** @return number of condition columns (class labels) */
  public int width() {
    return m_labels.length;
  }

  /** @return the class labels, in header order (a copy) */
  public String[] labels() {
    return m_labels.clone();
  }

  /** @return the training proportion of each label (a copy) */
  public double[] proportions() {
    return m_proportions.clone();
  }

  /** @return the index of {@code label}, or -1 when the class has no such label */
  public int indexOf(String label) {
    for (int i = 0; i < m_labels.length; i++) {
      if (m_labels[i].equals(label)) {
        return i;
      }
    }
    return -1;
  }

  /** @return a label index drawn with the training proportions */
  public int draw(Random random) {
    double u = random.nextDouble();
    for (int i = 0; i < m_proportions.length - 1; i++) {
      u -= m_proportions[i];
      if (u < 0) {
        return i;
      }
    }
    return m_proportions.length - 1;
  }

  /**
   * Writes the one-hot class of row {@code row} (the proportions when the class is missing).
   *
   * @param target row-major matrix
   * @param offset where the row's condition columns start in {@code target}
   * @param label label index, or -1 for missing
   */
  void write(float[] target, int offset, int label) {
    for (int i = 0; i < m_labels.length; i++) {
      target[offset + i] = label < 0 ? (float) m_proportions[i] : (i == label ? 1f : 0f);
    }
  }
}
