package weka.autoencoder.options;

import weka.autoencoder.arch.ActivationChoice;

/** The shape of a dense network (the dense family, the VAE and the generator): code size, hidden layers, activation. */
public final class NetworkOptions {

  private NetworkOptions() {
  }

  private static final ChoiceType<ActivationChoice> ACTIVATIONS = ChoiceType.of(ActivationChoice.class);

  public static final Setting<Integer> CODE_SIZE = Setting.of("code-size", "<n>", OptionTypes.WHOLE, 10)
    .describe("Number of code units (the reduced dimension).").check(Checks.atLeast(1))
    .withTip("Number of code units: the dimension the data is reduced to (the number of output attributes "
      + "with output = code).");

  public static final Setting<int[]> HIDDEN = Setting.of("hidden", "<sizes>", OptionTypes.LAYER_SIZES,
    new int[] {512, 128})
    .describe("Encoder hidden layer sizes, comma-separated, outermost first; the decoder mirrors them.")
    .withTip("Sizes of the encoder's hidden layers, comma-separated from the input towards the code (e.g. 512,128); "
      + "the decoder uses the same sizes in reverse. 'none' gives a single linear layer each way.");

  public static final Setting<ActivationChoice> ACTIVATION = Setting.of("activation", "<name>", ACTIVATIONS,
    ActivationChoice.RELU)
    .describe("Hidden layer activation: " + ACTIVATIONS.alternatives() + ".")
    .withTip("Activation function of the hidden layers (the code and output layers are linear).");
}
