package weka.autoencoder.variant;

import weka.autoencoder.codec.BadInstanceException;

/**
 * The last guard before an output instance is made: every value the network produced for it (codes, rebuilt values,
 * the error score) must be a finite number. A network that trained well can still overflow float32 on an instance
 * far outside the training data; that instance is refused by number rather than written as NaN, Infinity or "?".
 */
public final class FiniteOutput {

  private FiniteOutput() {
  }

  /**
   * @param values the output instance's values
   * @param row the instance's index in its batch
   * @param from first index to check
   * @param to index after the last to check (the copied class and the score, which may be Weka's missing value,
   *          lie outside)
   * @throws BadInstanceException when a value is NaN or infinite
   */
  public static void require(double[] values, int row, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Double.isFinite(values[i])) {
        throw notFinite(row, values[i]);
      }
    }
  }

  /**
   * @param values network output values (codes, or rebuilt time steps)
   * @param row the instance's index in its batch
   * @param from first index of the instance's values
   * @param to index after its last value
   * @throws BadInstanceException when a value is NaN or infinite
   */
  public static void require(float[] values, int row, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Float.isFinite(values[i])) {
        throw notFinite(row, values[i]);
      }
    }
  }

  private static BadInstanceException notFinite(int row, double value) {
    return new BadInstanceException(row, ": the network's output for it is " + value + ", not a number a result "
      + "can hold. Its values probably lie far outside the range of the training data: check it for extreme "
      + "values, or retrain on data that include such values.");
  }
}
