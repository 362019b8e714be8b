package weka.autoencoder.train;

import java.io.Serializable;

/** What the training loop needs to know: epochs, minibatch size, seed and the early-stopping split. */
public final class TrainingSettings implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int m_epochs;
  private final int m_batchSize;
  private final long m_seed;
  private final double m_validationFraction;
  private final int m_patience;

  /**
   * @param epochs maximum passes over the training rows
   * @param batchSize rows per minibatch
   * @param seed seed of shuffling and the validation split
   * @param validationFraction share of rows held out to measure loss for early stopping (0 = none)
   * @param patience epochs without improvement of the held-out loss before training stops (0 = never stop early)
   */
  public TrainingSettings(int epochs, int batchSize, long seed, double validationFraction, int patience) {
    m_epochs = epochs;
    m_batchSize = batchSize;
    m_seed = seed;
    m_validationFraction = validationFraction;
    m_patience = patience;
  }

  public int epochs() {
    return m_epochs;
  }

  public int batchSize() {
    return m_batchSize;
  }

  public long seed() {
    return m_seed;
  }

  public double validationFraction() {
    return m_validationFraction;
  }

  public int patience() {
    return m_patience;
  }
}
