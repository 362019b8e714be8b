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
   *         (NaN, read by Weka as missing, when nothing is observed)
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
      errors[i] = counted > 0 ? sum / counted : Double.NaN;
    }
    return errors;
  }

  /**
   * @param stepErrors per step, one error per channel attribute ({@code SequenceCodec#stepErrors})
   * @param perStep true for one value per step and attribute (step-major), false for one per attribute
   * @return the per-attribute errors: each step's own, or each attribute's mean over the steps where it is observed
   *         (NaN where it never is)
   */
  public static double[] perAttribute(double[][] stepErrors, boolean perStep) {
    int attributes = stepErrors.length == 0 ? 0 : stepErrors[0].length;
    if (perStep) {
      double[] errors = new double[stepErrors.length * attributes];
      for (int t = 0; t < stepErrors.length; t++) {
        System.arraycopy(stepErrors[t], 0, errors, t * attributes, attributes);
      }
      return errors;
    }
    double[] errors = new double[attributes];
    for (int a = 0; a < attributes; a++) {
      double sum = 0;
      int count = 0;
      for (double[] step : stepErrors) {
        if (!Double.isNaN(step[a])) {
          sum += step[a];
          count++;
        }
      }
      errors[a] = count > 0 ? sum / count : Double.NaN;
    }
    return errors;
  }
}
