package weka.autoencoder.train;

import java.util.Locale;

/**
 * The epochs and patience of one training run, counted so that small data sets are trained enough.
 *
 * <p>The optimiser learns per minibatch step, not per pass: 100 passes over 300 rows in minibatches of 64 are only
 * 500 steps, too few for most networks, while 100 passes over 60,000 rows are 94,000. With the automatic budget
 * ({@code -epochs 0}) the loop runs {@link TrainingSettings#AUTOMATIC_EPOCHS} passes, or as many more as give
 * {@code -min-steps} steps; the patience grows by the same factor, so early stopping waits as many steps as it would
 * have on larger data. Large data sets reach the minimum within the normal passes and train exactly as before. A fixed
 * {@code -epochs n} is taken as it is.
 */
public final class StepBudget {

  private final int m_epochs;
  private final int m_patience;
  private final int m_stepsPerEpoch;
  private final boolean m_raised;
  private final int m_minSteps;

  private StepBudget(int epochs, int patience, int stepsPerEpoch, boolean raised, int minSteps) {
    m_epochs = epochs;
    m_patience = patience;
    m_stepsPerEpoch = stepsPerEpoch;
    m_raised = raised;
    m_minSteps = minSteps;
  }

  /**
   * @param settings the user's settings
   * @param trainingRows rows trained on per epoch (after the held-out split)
   * @return the budget for that many rows
   */
  static StepBudget of(TrainingSettings settings, int trainingRows) {
    int batch = Math.max(1, Math.min(settings.batchSize(), Math.max(1, trainingRows)));
    int stepsPerEpoch = Math.max(1, (trainingRows + batch - 1) / batch);
    int base = settings.epochs();
    if (!settings.automatic() || (long) base * stepsPerEpoch >= settings.minSteps()) {
      return new StepBudget(base, settings.patience(), stepsPerEpoch, false, settings.minSteps());
    }
    int epochs = (settings.minSteps() + stepsPerEpoch - 1) / stepsPerEpoch;
    long patience = settings.patience() == 0 ? 0
      : Math.max(settings.patience(), ((long) settings.patience() * epochs + base - 1) / base);
    return new StepBudget(epochs, (int) Math.min(patience, Integer.MAX_VALUE), stepsPerEpoch, true,
      settings.minSteps());
  }

  /** @return the most epochs to run */
  public int epochs() {
    return m_epochs;
  }

  /** @return epochs without improvement of the held-out loss before training stops (0 = never) */
  public int patience() {
    return m_patience;
  }

  /** @return optimiser steps (minibatches) per epoch */
  public int stepsPerEpoch() {
    return m_stepsPerEpoch;
  }

  /** @return the most optimiser steps the budget allows */
  public long maxSteps() {
    return (long) m_epochs * m_stepsPerEpoch;
  }

  /** @return true when the automatic budget added epochs to reach the minimum number of steps */
  public boolean raised() {
    return m_raised;
  }

  /** @return the budget in words, for the training summary */
  public String describe() {
    String why = m_raised ? String.format(Locale.ROOT, ", raised from %d epochs to reach -min-steps %d",
      TrainingSettings.AUTOMATIC_EPOCHS, m_minSteps) : "";
    return String.format(Locale.ROOT, "budget %d epoch(s) x %d step(s) = %d steps%s, patience %d", m_epochs,
      m_stepsPerEpoch, maxSteps(), why, m_patience);
  }
}
