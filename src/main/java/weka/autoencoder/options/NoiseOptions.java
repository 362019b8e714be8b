package weka.autoencoder.options;

import weka.autoencoder.noise.NoNoise;
import weka.autoencoder.noise.NoiseModel;

/** The corruption model that makes any variant a denoising autoencoder. */
public final class NoiseOptions {

  private NoiseOptions() {
  }

  public static final Setting<NoiseModel> NOISE = Setting.of("noise", "<class name [options]>", OptionTypes.NOISE,
    (NoiseModel) new NoNoise())
    .describe("Corruption of the training input (denoising), as class name and options, e.g.\n"
      + "\"weka.autoencoder.noise.GaussianNoise -stddev 0.2\"; none for clean input. The loss is always\n"
      + "against the clean input.")
    .withTip("Corruption of the training input, which makes this a denoising autoencoder: the network sees noisy "
      + "instances and learns to rebuild the clean ones (the loss is always against the clean input). NoNoise "
      + "trains on clean input. Noise is only used in training, never when filtering.");
}
