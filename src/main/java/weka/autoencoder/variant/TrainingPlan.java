package weka.autoencoder.variant;

import java.io.Serializable;

import weka.autoencoder.noise.NoNoise;
import weka.autoencoder.noise.NoiseModel;
import weka.autoencoder.train.TrainingSettings;

/** How a variant trains, as the user set it: the loop's settings, the optimiser, the corruption model, threads. */
public final class TrainingPlan implements Serializable {

  private static final long serialVersionUID = 1L;

  private final TrainingSettings m_loop;
  private final double m_learningRate;
  private final double m_weightDecay;
  private final NoiseModel m_noise;
  private final int m_threads;

  /**
   * @param loop epochs, minibatches, seed and early stopping
   * @param learningRate Adam's step size
   * @param weightDecay decoupled weight decay (0 = none)
   * @param noise corruption of the training input; {@link NoNoise} for clean input
   * @param threads threads the user asked for (0 = all cores)
   */
  public TrainingPlan(TrainingSettings loop, double learningRate, double weightDecay, NoiseModel noise,
    int threads) {
    m_loop = loop;
    m_learningRate = learningRate;
    m_weightDecay = weightDecay;
    m_noise = noise;
    m_threads = threads;
  }

  public TrainingSettings loop() {
    return m_loop;
  }

  public long seed() {
    return m_loop.seed();
  }

  public double learningRate() {
    return m_learningRate;
  }

  public double weightDecay() {
    return m_weightDecay;
  }

  /** @return the corruption model, or null for clean input */
  public NoiseModel noise() {
    return m_noise instanceof NoNoise ? null : m_noise;
  }

  public int threads() {
    return m_threads;
  }

  /** @return the same plan with another corruption model */
  public TrainingPlan withNoise(NoiseModel noise) {
    return new TrainingPlan(m_loop, m_learningRate, m_weightDecay, noise, m_threads);
  }
}
