package weka.autoencoder.variational;

import java.io.Serializable;

/**
 * The sizes of a variational network: data columns, condition columns (a one-hot class for class-conditional
 * generation, 0 otherwise), encoder hidden layers (the decoder mirrors them), code units and decoder outputs.
 */
public final class VaeShape implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int m_inputWidth;
  private final int m_conditionWidth;
  private final int[] m_hidden;
  private final int m_codeSize;
  private final int m_outputWidth;

  /**
   * @param inputWidth data columns
   * @param conditionWidth condition columns fed to encoder and decoder beside the data and the code (0 = none)
   * @param hidden encoder hidden layer sizes, outermost first
   * @param codeSize code (latent) units
   * @param outputWidth decoder outputs: the reconstruction distribution's parameters
   */
  public VaeShape(int inputWidth, int conditionWidth, int[] hidden, int codeSize, int outputWidth) {
    m_inputWidth = inputWidth;
    m_conditionWidth = conditionWidth;
    m_hidden = hidden.clone();
    m_codeSize = codeSize;
    m_outputWidth = outputWidth;
  }

  public int inputWidth() {
    return m_inputWidth;
  }

  public int conditionWidth() {
    return m_conditionWidth;
  }

  /** @return encoder hidden sizes, outermost first (a copy) */
  public int[] hidden() {
    return m_hidden.clone();
  }

  public int codeSize() {
    return m_codeSize;
  }

  public int outputWidth() {
    return m_outputWidth;
  }
}
