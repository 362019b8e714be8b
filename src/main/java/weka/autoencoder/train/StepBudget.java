package weka.autoencoder.train;

import java.util.Locale;

/**
 * The epochs and patience of one training run, counted so that small data sets are trained enough.
 *
 * <p>The optimiser learns per minibatch step, not per pass: 100 passes over 300 rows in minibatches of 64 are only
 * 500 steps, too few for most networks, while 100 passes over 60,000 rows are 94,000. With the automatic budget
 * ({@code -epochs 0}) the loop runs {@link TrainingSettings#AUTOMATIC_EPOCHS} passes, or as many more as give
 * {@code -min-steps} steps, and early stopping may end training only once that many steps are done (the weights of the
 * best held-out epoch are still the ones kept): on a few hundred rows the held-out loss is noisy and stopped recurrent
 * networks long before they had learnt. Large data sets reach the minimum within the first epochs. A fixed
 * {@code -epochs n} is taken as it is, with early stopping from the first epoch.
 */
public final class StepBudget {

  private final int m_epochs;
  private final int m_patience;
  private final int m_stepsPerEpoch;
  private final boolean m_raised;
  private final int m_minSteps;
  private final int m_firstStop;

  private StepBudget(int epochs, int patience, int stepsPerEpoch, boolean raised, int minSteps, int firstStop) {
    m_epochs = epochs;
    m_patience = patience;
    m_stepsPerEpoch = stepsPerEpoch;
    m_raised = raised;
    m_minSteps = minSteps;
    m_firstStop = firstStop;
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
    if (!settings.automatic()) {
      return new StepBudget(base, settings.patience(), stepsPerEpoch, false, 0, 1);
    }
    int minimumEpochs = Math.max(1, (settings.minSteps() + stepsPerEpoch - 1) / stepsPerEpoch);
    return new StepBudget(Math.max(base, minimumEpochs), settings.patience(), stepsPerEpoch, minimumEpochs > base,
      settings.minSteps(), minimumEpochs);
  }

  /** @return the most epochs to run */
  public int epochs() {
    return m_epochs;
  }

  /** @return epochs without improvement of the held-out loss before training stops (0 = never) */
  public int patience() {
    return m_patience;
  }

  /** @return the first epoch after which early stopping may end training (1 = any) */
  public int firstStop() {
    return m_firstStop;
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
    String first = m_firstStop > 1 ? String.format(Locale.ROOT, ", no early stop before epoch %d", m_firstStop) : "";
    return String.format(Locale.ROOT, "budget %d epoch(s) x %d step(s) = %d steps%s%s, patience %d", m_epochs,
      m_stepsPerEpoch, maxSteps(), why, first, m_patience);
  }
}
