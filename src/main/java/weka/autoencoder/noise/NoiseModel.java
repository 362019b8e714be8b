package weka.autoencoder.noise;

import java.io.Serializable;
import java.util.Random;

import weka.autoencoder.codec.ColumnLayout;
import weka.core.OptionHandler;

/**
 * A way of corrupting the network's input for denoising training. Implementations are small option handlers so a
 * user can pick and configure one on the command line ({@code -noise "<class> <options>"}) or in the Explorer.
 */
public interface NoiseModel extends OptionHandler, Serializable {

  /**
   * Corrupts rows in place. Numeric columns get this model's noise; one-hot groups (nominal attributes) may only
   * be switched to another label, never left as a mix of labels.
   *
   * @param rows row-major values in the codec's scaled space, {@code rowCount} rows of {@code layout.width()}
   * @param rowCount number of rows
   * @param layout which columns are numeric and which are one-hot groups, and the numeric range
   * @param random the source of all randomness (the same seed gives the same noise)
   */
  void corrupt(float[] rows, int rowCount, ColumnLayout layout, Random random);
}
