package weka.autoencoder.noise;

import java.util.Random;

import weka.autoencoder.codec.ColumnLayout;

/**
 * Salt-and-pepper noise: each numeric input is, with the given probability, set to the lowest or the highest value
 * of the training inputs (each half the time), like dead and stuck pixels in an image.
 */
public class SaltAndPepperNoise extends ProbabilityNoise {

  private static final long serialVersionUID = 1L;

  public String globalInfo() {
    return "Salt-and-pepper noise: with the given probability each numeric input is set to the lowest or the highest "
      + "value found among the numeric training inputs (0 or 1 for pixels in [0,1]), each half the time, like dead "
      + "and stuck pixels; each nominal attribute is switched to another label with the same probability.";
  }

  @Override
  protected double defaultProbability() {
    return 0.1;
  }

  @Override
  protected float replacement(ColumnLayout layout, int column, Random random) {
    return random.nextBoolean() ? layout.high() : layout.low();
  }
}
