package weka.autoencoder.train;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Losses per epoch and which epoch's weights were kept: what a user needs to judge a training run. */
public final class TrainingHistory implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<Double> m_trainingLoss = new ArrayList<>();
  private final List<Double> m_validationLoss = new ArrayList<>();
  private int m_keptEpoch;
  private long m_millis;
  private int m_trainingRows;

  /**
   * A history recorded by another training loop (the Spark job's distributed one).
   *
   * @param trainingLoss mean loss per epoch
   * @param validationLoss held-out loss per epoch (NaN without a held-out split)
   * @param keptEpoch the epoch (from 1) whose weights were kept
   * @param millis wall-clock training time
   * @param trainingRows training rows per epoch
   */
  public static TrainingHistory of(List<Double> trainingLoss, List<Double> validationLoss, int keptEpoch,
    long millis, int trainingRows) {
    TrainingHistory history = new TrainingHistory();
    for (int i = 0; i < trainingLoss.size(); i++) {
      history.add(trainingLoss.get(i), validationLoss.get(i));
    }
    history.finish(keptEpoch, millis, trainingRows);
    return history;
  }

  void add(double trainingLoss, double validationLoss) {
    m_trainingLoss.add(trainingLoss);
    m_validationLoss.add(validationLoss);
  }

  void finish(int keptEpoch, long millis, int trainingRows) {
    m_keptEpoch = keptEpoch;
    m_millis = millis;
    m_trainingRows = trainingRows;
  }

  /** @return mean minibatch loss per epoch */
  public List<Double> trainingLoss() {
    return Collections.unmodifiableList(m_trainingLoss);
  }

  /** @return held-out loss per epoch (NaN entries without a validation split) */
  public List<Double> validationLoss() {
    return Collections.unmodifiableList(m_validationLoss);
  }

  /** @return number of epochs run */
  public int epochsRun() {
    return m_trainingLoss.size();
  }

  /** @return the epoch (from 1) whose weights the model keeps */
  public int keptEpoch() {
    return m_keptEpoch;
  }

  /** @return wall-clock training time in milliseconds */
  public long millis() {
    return m_millis;
  }

  /** @return training rows per epoch (excluding held-out rows) */
  public int trainingRows() {
    return m_trainingRows;
  }

  /** @return training samples per second over the whole run */
  public double samplesPerSecond() {
    return m_trainingRows * (double) epochsRun() / Math.max(m_millis / 1000.0, 1e-3);
  }
}
