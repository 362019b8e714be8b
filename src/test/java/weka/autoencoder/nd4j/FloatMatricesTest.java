package weka.autoencoder.nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class FloatMatricesTest {

  private static float[] counting(int n) {
    float[] values = new float[n];
    for (int i = 0; i < n; i++) {
      values[i] = i * 0.5f - 3;
    }
    return values;
  }

  @Test
  void createdArraysHoldTheValuesInRowMajorOrder() throws Exception {
    float[] values = counting(12);
    INDArray array = Nd4jBoundary.call(1, () -> FloatMatrices.create(values, 3, 4));
    assertArrayEquals(new long[] {3, 4}, array.shape());
    assertEquals(DataType.FLOAT, array.dataType());
    assertEquals(values[4 * 2 + 1], array.getFloat(2, 1));
    assertArrayEquals(Nd4j.create(values, new long[] {3, 4}, 'c').toFloatMatrix(), array.toFloatMatrix());
  }

  @Test
  void rowsMatchNd4jsOwnConversionForViewsAndOtherTypes() throws Exception {
    Nd4jBoundary.call(1, () -> {
      INDArray matrix = FloatMatrices.create(counting(30), 5, 6);
      INDArray columnSlice = matrix.get(NDArrayIndex.interval(1, 4), NDArrayIndex.interval(2, 5));
      assertArrayEquals(columnSlice.toFloatMatrix(), FloatMatrices.rows(columnSlice));
      INDArray transposed = matrix.transpose();
      assertArrayEquals(transposed.toFloatMatrix(), FloatMatrices.rows(transposed));
      INDArray doubles = matrix.castTo(DataType.DOUBLE);
      assertArrayEquals(matrix.toFloatMatrix(), FloatMatrices.rows(doubles));
      return null;
    });
  }

  @Test
  void valuesAreReadInPlaceOrThroughACopyAlikeAndReleaseFreesOnlyOwnArrays() throws Exception {
    Nd4jBoundary.call(1, () -> {
      INDArray matrix = FloatMatrices.create(counting(30), 5, 6);
      assertArrayEquals(counting(30), FloatMatrices.values(matrix), 0f);
      INDArray shifted = matrix.add(1f); // a fresh c-order array: read in place
      float[] expected = counting(30);
      for (int i = 0; i < expected.length; i++) {
        expected[i] += 1f;
      }
      assertArrayEquals(expected, FloatMatrices.values(shifted), 0f);
      INDArray product = matrix.mmul(matrix.transpose()); // f order: read through a c-order copy
      float[] flat = new float[25];
      for (int i = 0; i < 25; i++) {
        flat[i] = product.getFloat(i / 5, i % 5);
      }
      assertArrayEquals(flat, FloatMatrices.values(product), 0f);
      INDArray rows = matrix.get(NDArrayIndex.interval(1, 3), NDArrayIndex.all());
      assertArrayEquals(java.util.Arrays.copyOfRange(counting(30), 6, 18), FloatMatrices.values(rows), 0f);
      FloatMatrices.release(rows, null, shifted);
      assertEquals(false, rows.wasClosed(), "a view is left to its owner");
      assertEquals(true, shifted.wasClosed());
      assertEquals(-2.5f, matrix.getFloat(0, 1), "the view's owner is untouched");
      return null;
    });
  }

  @Test
  void emptyShapesAndMismatchedLengths() throws Exception {
    Nd4jBoundary.call(1, () -> {
      INDArray empty = FloatMatrices.create(new float[0], 0, 7);
      assertEquals(0, FloatMatrices.rows(empty).length);
      assertThrows(IllegalArgumentException.class, () -> FloatMatrices.create(counting(5), 2, 3));
      return null;
    });
  }
}
