package weka.autoencoder.nd4j;

/**
 * Refuses a network that cannot fit before it is allocated, so {@code -hidden 100000000} ends at once with a message
 * naming the options instead of growing the JVM for minutes and dying in native code.
 *
 * <p>Training keeps five float copies of every parameter (the weights, their gradient, Adam's two moment estimates
 * and the best epoch's weights), plus the activations of a minibatch; those are what is estimated.
 */
public final class MemoryBudget {

  /** Float copies of each parameter held while training. */
  private static final int COPIES_PER_PARAMETER = 5;

  /** DL4J keeps all parameters in one array indexed by int. */
  private static final long MAX_PARAMETERS = Integer.MAX_VALUE - 8;

  private MemoryBudget() {
  }

  /**
   * @param parameters the network's parameter count
   * @param activationFloats floats of activations and their gradients for one minibatch
   * @param options the options that set the size, e.g. "-hidden 100000000 and -code-size 10"
   * @throws IllegalArgumentException when the estimate exceeds what ND4J may still allocate
   */
  public static void require(double parameters, double activationFloats, String options) {
    double bytes = 4.0 * (COPIES_PER_PARAMETER * parameters + activationFloats);
    if (parameters > MAX_PARAMETERS) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "%s give a network of %.3g "
        + "parameters, more than the %d Deeplearning4j can hold in one network: choose smaller sizes.", options,
        parameters, MAX_PARAMETERS));
    }
    long left = MemoryLimits.nativeBytesLeft();
    if (bytes > left) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "%s give a network of %.3g "
        + "parameters that needs about %s to train, but only %s of native memory is left for ND4J (%s). Choose "
        + "smaller sizes, or %s.", options, parameters, MemoryLimits.gigabytes(bytes),
        MemoryLimits.gigabytes(left), MemoryLimits.describe(), MemoryLimits.howToRaise()));
    }
  }
}
