package weka.autoencoder.train;

/** The state of training after one epoch, as shown to the user. */
public final class EpochReport {

  private final int m_epoch;
  private final int m_maxEpochs;
  private final double m_trainingLoss;
  private final double m_validationLoss;
  private final boolean m_validated;
  private final long m_elapsedMillis;
  private final int m_samples;
  private final boolean m_corruptedInput;

  EpochReport(int epoch, int maxEpochs, double trainingLoss, double validationLoss, boolean validated,
    long elapsedMillis, int samples, boolean corruptedInput) {
    m_validated = validated;
    m_epoch = epoch;
    m_maxEpochs = maxEpochs;
    m_trainingLoss = trainingLoss;
    m_validationLoss = validationLoss;
    m_elapsedMillis = elapsedMillis;
    m_samples = samples;
    m_corruptedInput = corruptedInput;
  }

  /** @return true when the network saw corrupted input and the losses compare its output with the clean input */
  public boolean corruptedInput() {
    return m_corruptedInput;
  }

  /** @return the epoch just finished, counting from 1 */
  public int epoch() {
    return m_epoch;
  }

  public int maxEpochs() {
    return m_maxEpochs;
  }

  /** @return mean minibatch loss of the epoch */
  public double trainingLoss() {
    return m_trainingLoss;
  }

  /** @return true when rows were held out, so {@link #validationLoss()} is a measured loss (perhaps NaN) */
  public boolean validated() {
    return m_validated;
  }

  /** @return loss on the held-out rows, NaN without a validation split */
  public double validationLoss() {
    return m_validationLoss;
  }

  /** @return milliseconds since training started */
  public long elapsedMillis() {
    return m_elapsedMillis;
  }

  /** @return training rows seen per epoch */
  public int samplesPerEpoch() {
    return m_samples;
  }

  /** @return estimated milliseconds until the last epoch ends (early stopping may end sooner) */
  public long estimatedMillisLeft() {
    return m_elapsedMillis * (m_maxEpochs - m_epoch) / Math.max(1, m_epoch);
  }

  /**
   * @return one line for a log, e.g. "epoch 3/20  loss 0.0123  validation loss 0.0131  4.2 s  ~25 s left", with
   *         "(noisy input, loss against clean input)" after the losses when the input was corrupted
   */
  public String describe() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(java.util.Locale.ROOT, "epoch %d/%d  loss %.5f", m_epoch, m_maxEpochs, m_trainingLoss));
    if (m_validated) {
      b.append(String.format(java.util.Locale.ROOT, "  validation loss %.5f", m_validationLoss));
    }
    if (m_corruptedInput) {
      b.append("  (noisy input, loss against clean input)");
    }
    double seconds = m_elapsedMillis / 1000.0;
    b.append(String.format(java.util.Locale.ROOT, "  %.1f s  %.0f samples/s", seconds,
      m_samples * m_epoch / Math.max(seconds, 1e-3)));
    if (m_epoch < m_maxEpochs) {
      b.append("  ~").append(duration(estimatedMillisLeft())).append(" left");
    }
    return b.toString();
  }

  /** @return e.g. "45 s", "12 min", "3 h 20 min" */
  static String duration(long millis) {
    long seconds = Math.round(millis / 1000.0);
    if (seconds < 120) {
      return seconds + " s";
    }
    long minutes = Math.round(seconds / 60.0);
    return minutes < 120 ? minutes + " min" : minutes / 60 + " h " + minutes % 60 + " min";
  }
}
