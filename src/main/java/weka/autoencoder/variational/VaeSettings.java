package weka.autoencoder.variational;

import java.io.Serializable;

import weka.autoencoder.arch.ActivationChoice;

/** The variational network's design and optimiser settings, shared by the filter and the generator. */
public final class VaeSettings implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int m_codeSize;
  private final int[] m_hidden;
  private final ActivationChoice m_activation;
  private final double m_klWeight;
  private final int m_klWarmup;
  private final NumericDistribution m_distribution;
  private final double m_learningRate;
  private final double m_weightDecay;
  private final CodeOutput m_codeOutput;

  /**
   * @param codeSize code (latent) units
   * @param hidden encoder hidden layer sizes, outermost first; the decoder mirrors them
   * @param activation hidden-layer activation
   * @param klWeight weight beta of the KL term (1 = the evidence lower bound)
   * @param klWarmup epochs over which the KL weight rises from 0 to {@code klWeight} (0 = none)
   * @param distribution reconstruction distribution of numeric attributes
   * @param learningRate Adam's step size
   * @param weightDecay decoupled weight decay (0 = none)
   * @param codeOutput what encoding an instance returns
   */
  public VaeSettings(int codeSize, int[] hidden, ActivationChoice activation, double klWeight, int klWarmup,
    NumericDistribution distribution, double learningRate, double weightDecay, CodeOutput codeOutput) {
    m_codeSize = codeSize;
    m_hidden = hidden.clone();
    m_activation = activation;
    m_klWeight = klWeight;
    m_klWarmup = klWarmup;
    m_distribution = distribution;
    m_learningRate = learningRate;
    m_weightDecay = weightDecay;
    m_codeOutput = codeOutput;
  }

  public int codeSize() {
    return m_codeSize;
  }

  public int[] hidden() {
    return m_hidden.clone();
  }

  public ActivationChoice activation() {
    return m_activation;
  }

  public double klWeight() {
    return m_klWeight;
  }

  /** @return epochs over which the KL weight rises from 0 to its value */
  public int klWarmup() {
    return m_klWarmup;
  }

  public NumericDistribution distribution() {
    return m_distribution;
  }

  public double learningRate() {
    return m_learningRate;
  }

  public double weightDecay() {
    return m_weightDecay;
  }

  public CodeOutput codeOutput() {
    return m_codeOutput;
  }
}
