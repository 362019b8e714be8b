package weka.autoencoder.train;

import java.io.Serializable;

/**
 * What the training loop needs to know: epochs (or the automatic budget), minibatch size, seed and the
 * early-stopping split.
 */
public final class TrainingSettings implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Epochs of the automatic budget on data large enough to give {@code minSteps} steps in them. */
  public static final int AUTOMATIC_EPOCHS = 100;

  private final int m_epochs;
  private final int m_batchSize;
  private final long m_seed;
  private final double m_validationFraction;
  private final int m_patience;
  private final int m_minSteps;

  /**
   * Settings with a fixed number of epochs.
   *
   * @param epochs maximum passes over the training rows (at least 1)
   * @param batchSize rows per minibatch
   * @param seed seed of shuffling and the validation split
   * @param validationFraction share of rows held out to measure loss for early stopping (0 = none)
   * @param patience epochs without improvement of the held-out loss before training stops (0 = never stop early)
   */
  public TrainingSettings(int epochs, int batchSize, long seed, double validationFraction, int patience) {
    this(epochs, batchSize, seed, validationFraction, patience, 0);
  }

  /**
   * @param epochs maximum passes over the training rows; 0 = automatic: {@link #AUTOMATIC_EPOCHS}, more when that
   *        gives fewer than {@code minSteps} optimiser steps (see {@link StepBudget})
   * @param batchSize rows per minibatch
   * @param seed seed of shuffling and the validation split
   * @param validationFraction share of rows held out to measure loss for early stopping (0 = none)
   * @param patience epochs without improvement of the held-out loss before training stops (0 = never stop early)
   * @param minSteps optimiser steps the automatic budget takes at least (unused with a fixed number of epochs)
   */
  public TrainingSettings(int epochs, int batchSize, long seed, double validationFraction, int patience,
    int minSteps) {
    if (epochs < 0 || minSteps < 0) {
      throw new IllegalArgumentException("epochs and minimum steps must not be negative");
    }
    m_epochs = epochs;
    m_batchSize = batchSize;
    m_seed = seed;
    m_validationFraction = validationFraction;
    m_patience = patience;
    m_minSteps = minSteps;
  }

  /**
   * @return the epochs as set, or {@link #AUTOMATIC_EPOCHS} for the automatic budget (what a loop that cannot count
   *         its steps in advance, such as the Spark job's, runs)
   */
  public int epochs() {
    return automatic() ? AUTOMATIC_EPOCHS : m_epochs;
  }

  /** @return true when the number of epochs follows from the data and {@link #minSteps()} */
  public boolean automatic() {
    return m_epochs == 0;
  }

  /** @return optimiser steps the automatic budget takes at least */
  public int minSteps() {
    return m_minSteps;
  }

  /** @return the epochs and patience for this many training rows */
  public StepBudget budget(int trainingRows) {
    return StepBudget.of(this, trainingRows);
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
