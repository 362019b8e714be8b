package weka.autoencoder.arch;

import java.util.Locale;

import org.nd4j.linalg.activations.Activation;

import weka.autoencoder.options.ChoiceType;
import weka.autoencoder.options.OptionChoice;

/** The hidden-layer activations a user can choose, by their option names. */
public enum ActivationChoice implements OptionChoice {
  RELU(Activation.RELU),
  LEAKYRELU(Activation.LEAKYRELU),
  ELU(Activation.ELU),
  TANH(Activation.TANH),
  SIGMOID(Activation.SIGMOID);

  private final Activation m_dl4j;

  ActivationChoice(Activation dl4j) {
    m_dl4j = dl4j;
  }

  /** @return the Deeplearning4j activation */
  public Activation dl4j() {
    return m_dl4j;
  }

  /** @return the option value, e.g. "relu" */
  @Override
  public String optionValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param value option value, case-insensitive
   * @return the matching constant
   * @throws IllegalArgumentException naming the allowed values
   */
  public static ActivationChoice fromOption(String value) {
    return ChoiceType.of(ActivationChoice.class).parse("activation", value);
  }
}
