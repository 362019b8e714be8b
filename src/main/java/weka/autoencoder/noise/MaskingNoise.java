package weka.autoencoder.noise;

import java.util.Random;

import weka.autoencoder.codec.ColumnLayout;

/**
 * Masking noise (Vincent et al., 2008): each numeric input is set to 0 with the given probability, so the network
 * learns to fill in what is missing from the rest of the instance. 0 is taken in the scaled space the network sees:
 * black for pixels in [0,1], the training minimum after min-max scaling, the training mean after standardizing.
 */
public class MaskingNoise extends ProbabilityNoise {

  private static final long serialVersionUID = 1L;

  public String globalInfo() {
    return "Masking noise: each numeric input is set to 0 in the scaled space the network sees (black for pixels in "
      + "[0,1], the training minimum after min-max scaling, the mean after standardizing) with the given "
      + "probability; each nominal attribute is switched to another label with the same probability. The network "
      + "learns to restore what was wiped out from the rest of the instance.";
  }

  @Override
  protected double defaultProbability() {
    return 0.25;
  }

  @Override
  protected float replacement(ColumnLayout layout, int column, Random random) {
    return 0f;
  }
}
