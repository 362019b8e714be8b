package weka.autoencoder.filter;

import java.util.Random;

import weka.autoencoder.codec.Vocabulary;
import weka.autoencoder.noise.MaskingNoise;
import weka.autoencoder.noise.NoiseModel;
import weka.autoencoder.noise.ProbabilityNoise;
import weka.autoencoder.train.InputCorruption;

/**
 * Token noise for denoising training on text: each token of a training document (never its end token or the
 * padding) is hit with the noise model's probability. {@link MaskingNoise} drops the token (it becomes the unknown
 * token); any other probability noise (e.g. salt and pepper) replaces it by a random vocabulary token. Noise that
 * adds numbers to values (Gaussian) has no meaning for tokens and is refused.
 */
public final class TokenCorruption implements InputCorruption {

  private final double m_probability;
  private final boolean m_drop;
  private final int m_classes;
  private final int m_steps;

  /**
   * @param probability chance that each token is hit
   * @param drop true to replace hit tokens by the unknown token, false to replace them by a random known token
   * @param classes number of token numbers (vocabulary + unknown + end)
   * @param steps the padded length of the training documents
   */
  public TokenCorruption(double probability, boolean drop, int classes, int steps) {
    m_probability = probability;
    m_drop = drop;
    m_classes = classes;
    m_steps = steps;
  }

  /**
   * @param noise the -noise option
   * @param classes number of token numbers
   * @param steps padded length of the training documents
   * @return the token noise for it
   * @throws IllegalArgumentException when the noise model cannot corrupt tokens
   */
  public static TokenCorruption of(NoiseModel noise, int classes, int steps) {
    if (!(noise instanceof ProbabilityNoise)) {
      throw new IllegalArgumentException("-noise " + noise.getClass().getSimpleName() + " cannot corrupt text: "
        + "use weka.autoencoder.noise.MaskingNoise (drops tokens: they become unknown) or "
        + "weka.autoencoder.noise.SaltAndPepperNoise (replaces tokens by random words), or NoNoise.");
    }
    return new TokenCorruption(((ProbabilityNoise) noise).getProbability(), noise instanceof MaskingNoise, classes,
      steps);
  }

  @Override
  public void corrupt(float[] documents, int count, Random random) {
    for (int i = 0; i < count; i++) {
      for (int t = 0; t < m_steps; t++) {
        int at = i * m_steps + t;
        int id = (int) documents[at];
        if (id == Vocabulary.END) {
          break;
        }
        if (random.nextDouble() < m_probability) {
          documents[at] = m_drop || m_classes <= 2 ? Vocabulary.UNKNOWN : 2 + random.nextInt(m_classes - 2);
        }
      }
    }
  }
}
