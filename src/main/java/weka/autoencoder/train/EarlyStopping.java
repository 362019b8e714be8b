package weka.autoencoder.train;

/**
 * Watches the held-out loss and says when it has stopped improving for {@code patience} epochs; remembers which
 * epoch was best so its weights can be restored.
 */
public final class EarlyStopping {

  private final int m_patience;
  private double m_bestLoss = Double.POSITIVE_INFINITY;
  private int m_bestEpoch;
  private int m_epochsWithoutImprovement;

  /** @param patience epochs without improvement to tolerate; 0 never stops */
  public EarlyStopping(int patience) {
    m_patience = patience;
  }

  /**
   * Records one epoch's held-out loss.
   *
   * @return true when this epoch is the best so far
   */
  public boolean record(int epoch, double loss) {
    if (loss < m_bestLoss) {
      m_bestLoss = loss;
      m_bestEpoch = epoch;
      m_epochsWithoutImprovement = 0;
      return true;
    }
    m_epochsWithoutImprovement++;
    return false;
  }

  /** @return true when training should stop */
  public boolean shouldStop() {
    return m_patience > 0 && m_epochsWithoutImprovement >= m_patience;
  }

  public int bestEpoch() {
    return m_bestEpoch;
  }

  public double bestLoss() {
    return m_bestLoss;
  }
}
