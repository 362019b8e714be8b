package weka.autoencoder.codec;

/**
 * Sequences as a recurrent network sees them: values of shape [sequences, channels, steps] (c-order, padded with 0
 * after each sequence's end to the longest length of the batch), a same-shaped mask that is 1 where a value was
 * observed and 0 where it was missing or padding, and each sequence's own length.
 */
public final class SequenceBatch {

  private final float[] m_values;
  private final float[] m_observed;
  private final int[] m_lengths;
  private final int m_channels;
  private final int m_steps;
  private final boolean m_complete;

  SequenceBatch(float[] values, float[] observed, int[] lengths, int channels, int steps, boolean complete) {
    m_values = values;
    m_observed = observed;
    m_lengths = lengths;
    m_channels = channels;
    m_steps = steps;
    m_complete = complete;
  }

  /** @return the values, c-order [sequences, channels, steps] */
  public float[] values() {
    return m_values;
  }

  /** @return 1 = observed, 0 = missing or padding; same layout as {@link #values()} */
  public float[] observed() {
    return m_observed;
  }

  /** @return the number of time steps of each sequence */
  public int[] lengths() {
    return m_lengths.clone();
  }

  public int sequences() {
    return m_lengths.length;
  }

  public int channels() {
    return m_channels;
  }

  /** @return the padded length: the longest sequence of the batch */
  public int steps() {
    return m_steps;
  }

  /** @return the array shape {sequences, channels, steps} */
  public long[] shape() {
    return new long[] {m_lengths.length, m_channels, m_steps};
  }

  /** @return true when nothing is missing and no sequence is padded, so no mask is needed */
  public boolean complete() {
    return m_complete;
  }

  /** @return true when every sequence has the padded length */
  public boolean equalLengths() {
    for (int length : m_lengths) {
      if (length != m_steps) {
        return false;
      }
    }
    return true;
  }

  /**
   * @return the step mask [sequences, steps] for the network input, 1 up to each sequence's end; null when all
   *         sequences have the padded length
   */
  public float[] stepMask() {
    if (equalLengths()) {
      return null;
    }
    float[] mask = new float[m_lengths.length * m_steps];
    for (int i = 0; i < m_lengths.length; i++) {
      java.util.Arrays.fill(mask, i * m_steps, i * m_steps + m_lengths[i], 1f);
    }
    return mask;
  }

  /**
   * The weights of the training loss: the observed mask times each sequence's instance weight, so weighted
   * instances count more, as Weka's WeightedInstancesHandler promises.
   *
   * @param weights one weight per sequence ({@link InstanceWeights#relative}), null when all are 1
   * @return the weights, same layout as {@link #values()}; null when everything is observed with weight 1
   */
  public float[] lossWeights(double[] weights) {
    if (weights == null || java.util.Arrays.stream(weights).allMatch(w -> w == 1.0)) {
      return m_complete ? null : m_observed;
    }
    float[] mask = m_observed.clone();
    int perSequence = m_channels * m_steps;
    for (int i = 0; i < weights.length; i++) {
      for (int j = i * perSequence; j < (i + 1) * perSequence; j++) {
        mask[j] *= (float) weights[i];
      }
    }
    return mask;
  }
}
