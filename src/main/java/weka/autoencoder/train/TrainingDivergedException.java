package weka.autoencoder.train;

/**
 * Training stopped because a loss or the parameters stopped being finite numbers. A diverged network's output would
 * be NaN, Infinity or all missing, so it is never used: the run ends with this error instead of a result.
 */
public final class TrainingDivergedException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final int m_epoch;

  /**
   * @param epoch the epoch in which it happened, counting from 1
   * @param what what stopped being finite, e.g. "the training loss became Infinity"
   */
  TrainingDivergedException(int epoch, String what) {
    super("training diverged in epoch " + epoch + ": " + what);
    m_epoch = epoch;
  }

  /** @return the epoch in which training diverged, counting from 1 */
  public int epoch() {
    return m_epoch;
  }
}
