package weka.autoencoder.nd4j;

import java.lang.ref.Reference;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Moves float values between Java arrays and ND4J arrays in one bulk copy.
 *
 * <p>ND4J's own conversions are slow where the package needs them most: {@code toFloatMatrix()} builds a view and a
 * copy per row (measured 24 ms for 1,024 x 784 values, 20x a bulk copy), and {@code Nd4j.create(float[], ...)}
 * took twice as long as one memory copy into an uninitialized array. Filtering runs these on every chunk of rows.
 */
public final class FloatMatrices {

  private FloatMatrices() {
  }

  /**
   * @param values c-order (row-major) values; not kept
   * @param shape the array's shape; its product must equal {@code values.length}
   * @return a new float array of that shape holding a copy of {@code values}
   */
  public static INDArray create(float[] values, long... shape) {
    long length = 1;
    for (long s : shape) {
      length *= s;
    }
    if (length != values.length) {
      throw new IllegalArgumentException("shape holds " + length + " values, the array " + values.length);
    }
    if (length == 0) {
      return Nd4j.create(DataType.FLOAT, shape, 'c');
    }
    INDArray array = Nd4j.createUninitialized(DataType.FLOAT, shape, 'c');
    floatPointer(array).put(values, 0, values.length);
    return array;
  }

  /**
   * @param array any array; its values are read in c order and converted to float
   * @return the values in c order
   */
  public static float[] values(INDArray array) {
    if (array.length() == 0) {
      return new float[0];
    }
    float[] values = new float[(int) array.length()];
    if (isPlainFloat(array)) {
      // A network's output usually is: read it in place rather than through a copy.
      floatPointer(array).get(values, 0, values.length);
      // The pointer does not keep the array alive: without this, a collection during the copy could free it.
      Reference.reachabilityFence(array);
      return values;
    }
    INDArray dense = array.dataType() == DataType.FLOAT ? array.dup('c') : array.castTo(DataType.FLOAT).dup('c');
    floatPointer(dense).get(values, 0, values.length);
    // Our own copy, seen by nobody else: free its native memory now rather than when the collector finds it.
    dense.close();
    return values;
  }

  /** @return true for a float array that owns its whole buffer from offset 0, in c order without gaps */
  private static boolean isPlainFloat(INDArray array) {
    return array.dataType() == DataType.FLOAT && array.ordering() == 'c' && array.offset() == 0 && !array.isView()
      && array.elementWiseStride() == 1 && array.data().length() == array.length();
  }

  /**
   * Frees the native memory of arrays made for one step now instead of when Java's collector finds them (it may not
   * run for a long time under G1 while native memory grows); views and arrays in workspaces are left alone.
   *
   * @param arrays arrays nobody reads any more; null entries are skipped
   */
  public static void release(INDArray... arrays) {
    for (INDArray array : arrays) {
      if (array != null && array.closeable()) {
        array.close();
      }
    }
  }

  /**
   * @param matrix a rank-2 array
   * @return its rows as float arrays
   */
  public static float[][] rows(INDArray matrix) {
    if (matrix.rank() != 2) {
      throw new IllegalArgumentException("expected a matrix, got shape " + java.util.Arrays.toString(matrix.shape()));
    }
    int rows = (int) matrix.size(0);
    int columns = (int) matrix.size(1);
    float[] values = values(matrix);
    float[][] result = new float[rows][columns];
    for (int r = 0; r < rows; r++) {
      System.arraycopy(values, r * columns, result[r], 0, columns);
    }
    return result;
  }

  /**
   * @param array any array
   * @return true when no entry is NaN or infinite: one native sum, which NaN or Infinity poisons (a sum of finite
   *         floats beyond 3.4e38 also counts as not finite; such a network has diverged all the same)
   */
  public static boolean allFinite(INDArray array) {
    return array.isEmpty() || Double.isFinite(array.sumNumber().doubleValue());
  }

  /** The native memory of a fresh (not a view, offset 0) float array. */
  private static FloatPointer floatPointer(INDArray array) {
    Pointer address = array.data().addressPointer();
    return address instanceof FloatPointer ? (FloatPointer) address : new FloatPointer(address);
  }
}
