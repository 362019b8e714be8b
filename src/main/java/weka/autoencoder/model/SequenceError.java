package weka.autoencoder.model;

/**
 * The anomaly score of a whole sequence: the squared reconstruction error of each time step (mean over its observed
 * channels, in the scaled space), averaged over the sequence's steps, so long and short sequences score alike.
 */
public final class SequenceError {

  private SequenceError() {
  }

  /**
   * @param values the encoded sequences, c-order [sequences, channels, steps]
   * @param reconstruction the network's rebuilt sequences, same layout
   * @param observed 1 = observed, 0 = missing or padding, same layout
   * @param channels channels per step
   * @param steps padded length
   * @return per sequence, the mean over its steps with an observed value of the step's mean squared error
   *         (0 when nothing is observed)
   */
  public static double[] perSequence(float[] values, float[] reconstruction, float[] observed, int channels,
    int steps) {
    int n = values.length / (channels * steps);
    double[] errors = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = 0;
      int counted = 0;
      for (int t = 0; t < steps; t++) {
        double stepSum = 0;
        double stepCount = 0;
        for (int c = 0; c < channels; c++) {
          int at = (i * channels + c) * steps + t;
          double d = reconstruction[at] - values[at];
          stepSum += observed[at] * d * d;
          stepCount += observed[at];
        }
        if (stepCount > 0) {
          sum += stepSum / stepCount;
          counted++;
        }
      }
      errors[i] = counted > 0 ? sum / counted : 0;
    }
    return errors;
  }
}
