package weka.autoencoder.train;

import java.util.Random;

/**
 * Corrupts the network's input rows for denoising training. The training loop applies it to a copy of every
 * minibatch (fresh noise each time) while the loss is still taken against the clean rows.
 */
@FunctionalInterface
public interface InputCorruption {

  /**
   * Corrupts rows in place.
   *
   * @param rows row-major values, {@code rowCount} rows of the network's input width (for arrays of higher rank,
   *          such as sequences [examples, channels, steps], the c-order values of {@code rowCount} examples)
   * @param rowCount number of rows (examples)
   * @param random the source of all randomness, so the same seed gives the same noise
   */
  void corrupt(float[] rows, int rowCount, Random random);
}
