package weka.autoencoder.model;

import org.nd4j.linalg.api.ndarray.INDArray;

import weka.autoencoder.nd4j.FloatMatrices;

/**
 * Small operations on padded sequence arrays [sequences, channels, steps]: each sequence's length read from a
 * mask, the step mask the network input needs, and reversing each sequence within its own length.
 */
public final class TimeSteps {

  private TimeSteps() {
  }

  /**
   * @param weights loss weights [sequences, channels, steps], 0 for padding and missing values
   * @return per sequence, one past its last step with a non-zero weight (0 when it has none)
   */
  public static int[] lengths(INDArray weights) {
    long[] shape = weights.shape();
    int n = (int) shape[0];
    int channels = (int) shape[1];
    int steps = (int) shape[2];
    float[] w = weights.dup('c').data().asFloat();
    int[] lengths = new int[n];
    for (int i = 0; i < n; i++) {
      for (int t = steps - 1; t >= 0 && lengths[i] == 0; t--) {
        for (int c = 0; c < channels; c++) {
          if (w[(i * channels + c) * steps + t] != 0f) {
            lengths[i] = t + 1;
            break;
          }
        }
      }
    }
    return lengths;
  }

  /** @return a [sequences, steps] mask with 1 for the first {@code lengths[i]} steps of sequence i */
  public static INDArray stepMask(int[] lengths, int steps) {
    float[] mask = new float[lengths.length * steps];
    for (int i = 0; i < lengths.length; i++) {
      java.util.Arrays.fill(mask, i * steps, i * steps + Math.min(lengths[i], steps), 1f);
    }
    return FloatMatrices.create(mask, lengths.length, steps);
  }

  /**
   * @param sequences [sequences, channels, steps]
   * @param lengths each sequence's length; null when all fill the array
   * @return a copy with each sequence's first {@code lengths[i]} steps in reverse order (padding left in place)
   */
  public static INDArray reverse(INDArray sequences, int[] lengths) {
    long[] shape = sequences.shape();
    int n = (int) shape[0];
    int channels = (int) shape[1];
    int steps = (int) shape[2];
    float[] in = sequences.dup('c').data().asFloat();
    float[] out = in.clone();
    for (int i = 0; i < n; i++) {
      int length = lengths == null ? steps : lengths[i];
      for (int c = 0; c < channels; c++) {
        int base = (i * channels + c) * steps;
        for (int t = 0; t < length; t++) {
          out[base + t] = in[base + length - 1 - t];
        }
      }
    }
    return FloatMatrices.create(out, shape);
  }
}
