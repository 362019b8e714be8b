package weka.autoencoder.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import weka.autoencoder.TestData;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Utils;

class TabularCodecTest {

  private static Instances mixed() throws Exception {
    ArrayList<Attribute> attributes = new ArrayList<>();
    attributes.add(new Attribute("num"));
    attributes.add(new Attribute("colour", Arrays.asList("red", "green", "blue")));
    attributes.add(new Attribute("when", "yyyy-MM-dd"));
    attributes.add(new Attribute("class", Arrays.asList("yes", "no")));
    Instances data = new Instances("mixed", attributes, 4);
    data.setClassIndex(3);
    double d1 = data.attribute(2).parseDate("2020-01-01");
    double d2 = data.attribute(2).parseDate("2024-06-30");
    data.add(new DenseInstance(1, new double[] {2, 0, d1, 0}));
    data.add(new DenseInstance(1, new double[] {4, 2, d2, 1}));
    data.add(new DenseInstance(1, new double[] {6, 2, d1, 0}));
    data.add(new DenseInstance(1, new double[] {Utils.missingValue(), Utils.missingValue(), d2, 1}));
    return data;
  }

  @Test
  void columnsAreOneHotForNominalAndOneForNumericAndDateWithoutClass() throws Exception {
    TabularCodec codec = TabularCodec.fit(mixed(), Normalization.MINMAX);
    assertEquals(1 + 3 + 1, codec.width());
  }

  @Test
  void minMaxScalesToUnitIntervalAndOneHotEncodes() throws Exception {
    Instances data = mixed();
    EncodedBatch batch = TabularCodec.fit(data, Normalization.MINMAX).encode(data);
    float[] v = batch.values();
    // row 0: num 2 -> 0, red -> 1 0 0, date d1 -> 0
    assertArrayEquals(new float[] {0, 1, 0, 0, 0}, Arrays.copyOfRange(v, 0, 5), 1e-6f);
    // row 2: num 6 -> 1, blue -> 0 0 1, date d1 -> 0
    assertArrayEquals(new float[] {1, 0, 0, 1, 0}, Arrays.copyOfRange(v, 10, 15), 1e-6f);
  }

  @Test
  void missingValuesAreImputedFromTrainingAndMaskedOut() throws Exception {
    Instances data = mixed();
    EncodedBatch batch = TabularCodec.fit(data, Normalization.MINMAX).encode(data);
    assertTrue(batch.hasMissing());
    float[] row = Arrays.copyOfRange(batch.values(), 15, 20);
    float[] observed = Arrays.copyOfRange(batch.observed(), 15, 20);
    // mean of 2,4,6 = 4 -> 0.5 after min-max; label frequencies red 1/3, green 0, blue 2/3
    assertArrayEquals(new float[] {0.5f, 1f / 3, 0, 2f / 3, 1}, row, 1e-6f);
    assertArrayEquals(new float[] {0, 0, 0, 0, 1}, observed, 0f);
  }

  @Test
  void decodingAnEncodedRowGivesTheOriginalValuesAndKeepsTheClass() throws Exception {
    Instances data = mixed();
    for (Normalization n : Normalization.values()) {
      TabularCodec codec = TabularCodec.fit(data, n);
      EncodedBatch batch = codec.encode(data);
      for (int r = 0; r < 3; r++) {
        float[] row = Arrays.copyOfRange(batch.values(), r * 5, r * 5 + 5);
        double[] decoded = codec.decode(row, data.instance(r));
        assertEquals(data.instance(r).value(0), decoded[0], 1e-5, n + " numeric");
        assertEquals(data.instance(r).value(1), decoded[1], 0, n + " nominal");
        // the network works in float32, which keeps about 7 significant digits: unscaled dates in
        // milliseconds since 1970 come back within a few minutes, scaled ones within seconds
        double tolerance = n == Normalization.NONE ? 3 * 60_000 : 10_000;
        assertEquals(data.instance(r).value(2), decoded[2], tolerance, n + " date");
        assertEquals(data.instance(r).classValue(), decoded[3], 0, n + " class");
      }
    }
  }

  @Test
  void standardizeGivesZeroMeanUnitVariance() throws Exception {
    Instances data = TestData.lowRank(200, 3);
    EncodedBatch batch = TabularCodec.fit(data, Normalization.STANDARDIZE).encode(data);
    double sum = 0;
    double squares = 0;
    for (int r = 0; r < batch.rows(); r++) {
      double v = batch.values()[r * batch.columns()];
      sum += v;
      squares += v * v;
    }
    assertEquals(0, sum / batch.rows(), 1e-5);
    assertEquals(1, squares / batch.rows(), 1e-4);
  }

  @Test
  void autoLeavesUnitIntervalDataAloneAndScalesOtherData() throws Exception {
    Instances pixels = TestData.mnist(20);
    EncodedBatch asIs = TabularCodec.fit(pixels, Normalization.AUTO).encode(pixels);
    for (int j = 0; j < 784; j++) {
      assertEquals(pixels.instance(7).value(j), asIs.values()[7 * 784 + j], 1e-6);
    }
    Instances data = TestData.lowRank(50, 1);
    EncodedBatch scaled = TabularCodec.fit(data, Normalization.AUTO).encode(data);
    for (float v : scaled.values()) {
      assertTrue(v >= 0 && v <= 1, "auto on data outside [0,1] scales to [0,1]: " + v);
    }
  }

  @Test
  void laterBatchesReuseTheTrainingScaling() throws Exception {
    Instances train = mixed();
    TabularCodec codec = TabularCodec.fit(train, Normalization.MINMAX);
    Instances test = new Instances(train, 0);
    test.add(new DenseInstance(1, new double[] {10, 1, train.instance(0).value(2), 0}));
    EncodedBatch batch = codec.encode(test);
    assertEquals(2.0, batch.values()[0], 1e-6, "(10 - 2) / (6 - 2)");
    assertFalse(batch.hasMissing());
  }

  @Test
  void stringAttributesAreRefusedByName() {
    ArrayList<Attribute> attributes = new ArrayList<>();
    attributes.add(new Attribute("x"));
    attributes.add(new Attribute("comment", (java.util.List<String>) null));
    Instances data = new Instances("s", attributes, 0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
      () -> TabularCodec.fit(data, Normalization.AUTO));
    assertTrue(e.getMessage().contains("'comment'"), e.getMessage());
  }

  @Test
  void infiniteValuesAreRefusedWithTheirRow() throws Exception {
    Instances data = mixed();
    data.instance(1).setValue(0, Double.POSITIVE_INFINITY);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
      () -> TabularCodec.fit(data, Normalization.MINMAX));
    assertTrue(e.getMessage().contains("Instance 2") && e.getMessage().contains("'num'"), e.getMessage());
  }

  @Test
  void aLaterBatchWithAnInfiniteValueIsRefusedWithItsRowAndAttribute() throws Exception {
    Instances data = mixed();
    TabularCodec codec = TabularCodec.fit(data, Normalization.MINMAX);
    Instances later = new Instances(data);
    later.instance(2).setValue(2, Double.NEGATIVE_INFINITY);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> codec.encode(later, 1, 4));
    assertTrue(e.getMessage().contains("Instance 3") && e.getMessage().contains("'when'"), e.getMessage());
  }

  @Test
  void sparseInstancesEncodeLikeDenseOnes() throws Exception {
    Instances data = mixed();
    TabularCodec codec = TabularCodec.fit(data, Normalization.MINMAX);
    Instances sparse = new Instances(data, data.numInstances());
    for (int i = 0; i < data.numInstances(); i++) {
      sparse.add(new weka.core.SparseInstance(data.instance(i)));
    }
    EncodedBatch dense = codec.encode(data);
    EncodedBatch fromSparse = codec.encode(sparse);
    assertArrayEquals(dense.values(), fromSparse.values(), 0f);
    assertArrayEquals(dense.observed(), fromSparse.observed(), 0f);
    assertEquals(dense.hasMissing(), fromSparse.hasMissing());
  }

  /** Mostly zeros, as sparse data are: a numeric whose 0 does not encode to 0, a nominal at label 0, and gaps. */
  private static Instances sparseLike() {
    ArrayList<Attribute> attributes = new ArrayList<>();
    attributes.add(new Attribute("low"));
    attributes.add(new Attribute("colour", Arrays.asList("red", "green", "blue")));
    attributes.add(new Attribute("class", Arrays.asList("yes", "no")));
    attributes.add(new Attribute("high"));
    Instances data = new Instances("sparse", attributes, 5);
    data.setClassIndex(2);
    double m = Utils.missingValue();
    double[][] rows = {{0, 0, 1, 5}, {-4, 0, 0, 0}, {0, 2, 1, 0}, {m, 0, 0, 0}, {0, m, 1, 10}, {0, 0, 0, 0}};
    for (double[] row : rows) {
      data.add(new DenseInstance(1, row));
    }
    return data;
  }

  @Test
  void sparseInstancesStoringFewValuesEncodeLikeDenseOnesWithMissingValuesMasked() throws Exception {
    Instances data = sparseLike();
    for (Normalization normalization : Normalization.values()) {
      TabularCodec codec = TabularCodec.fit(data, normalization);
      Instances sparse = new Instances(data, data.numInstances());
      for (int i = 0; i < data.numInstances(); i++) {
        sparse.add(new weka.core.SparseInstance(data.instance(i)));
      }
      assertEquals(0, sparse.instance(5).numValues(), "the all-zero row stores nothing");
      EncodedBatch dense = codec.encode(data);
      EncodedBatch fromSparse = codec.encode(sparse);
      assertArrayEquals(dense.values(), fromSparse.values(), 0f, normalization.toString());
      assertArrayEquals(dense.observed(), fromSparse.observed(), 0f, normalization.toString());
      assertTrue(fromSparse.hasMissing());
      // columns: low, red, green, blue, high; row 3 misses low, row 4 the colour
      float[] observed = fromSparse.observed();
      assertEquals(0f, observed[3 * 5]);
      assertArrayEquals(new float[] {1, 0, 0, 0, 1}, Arrays.copyOfRange(observed, 4 * 5, 5 * 5), 0f);
      assertArrayEquals(new float[] {1, 1, 1, 1, 1}, Arrays.copyOfRange(observed, 0, 5), 0f);
    }
  }

  @Test
  void aBatchWithoutMissingValuesHasAnAllOnesMask() throws Exception {
    Instances data = sparseLike();
    TabularCodec codec = TabularCodec.fit(data, Normalization.MINMAX);
    EncodedBatch complete = codec.encode(data, 0, 3);
    assertFalse(complete.hasMissing());
    assertEquals(15, complete.observed().length);
    for (float o : complete.observed()) {
      assertEquals(1f, o);
    }
    // the first missing value appears in the batch's second row: the rows before it stay observed
    EncodedBatch later = codec.encode(data, 2, 5);
    assertTrue(later.hasMissing());
    assertArrayEquals(new float[] {1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0, 0, 0, 1},
      later.observed(), 0f);
  }

  @Test
  void aLaterValueBeyondFloat32AfterScalingIsRefusedWithItsRowAndAttribute() throws Exception {
    Instances data = sparseLike();
    TabularCodec codec = TabularCodec.fit(data, Normalization.NONE);
    Instances later = new Instances(data);
    later.instance(1).setValue(3, 1e300);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> codec.encode(later));
    assertTrue(e.getMessage().contains("Instance 2") && e.getMessage().contains("'high'")
      && e.getMessage().contains("32-bit floats"), e.getMessage());
    // the same through a sparse instance, and an infinite value is named as infinite
    Instances sparse = new Instances(data, 0);
    sparse.add(new weka.core.SparseInstance(later.instance(0)));
    sparse.add(new weka.core.SparseInstance(later.instance(1)));
    e = assertThrows(IllegalArgumentException.class, () -> codec.encode(sparse));
    assertTrue(e.getMessage().contains("Instance 2") && e.getMessage().contains("'high'"), e.getMessage());
    sparse.instance(0).setValue(0, Double.POSITIVE_INFINITY);
    e = assertThrows(IllegalArgumentException.class, () -> codec.encode(sparse));
    assertTrue(e.getMessage().contains("Instance 1") && e.getMessage().contains("infinite value in attribute 'low'"),
      e.getMessage());
  }

  @Test
  void decodingABatchRowIntoValuesEqualsDecodingTheRowAlone() throws Exception {
    Instances data = mixed();
    TabularCodec codec = TabularCodec.fit(data, Normalization.STANDARDIZE);
    EncodedBatch batch = codec.encode(data);
    int w = codec.width();
    for (int r = 0; r < data.numInstances(); r++) {
      double[] alone = codec.decode(Arrays.copyOfRange(batch.values(), r * w, (r + 1) * w), data.instance(r));
      double[] values = new double[data.numAttributes() + 2];
      values[data.classIndex()] = data.instance(r).classValue();
      codec.decode(batch.values(), r * w, values);
      assertArrayEquals(alone, Arrays.copyOf(values, alone.length), 1e-9);
    }
  }

  @Test
  void onlyAClassAttributeIsRefused() {
    ArrayList<Attribute> attributes = new ArrayList<>();
    attributes.add(new Attribute("class", Arrays.asList("a", "b")));
    Instances data = new Instances("c", attributes, 0);
    data.setClassIndex(0);
    assertThrows(IllegalArgumentException.class, () -> TabularCodec.fit(data, Normalization.AUTO));
  }

  @Test
  void fittingDoesNotChangeTheData() throws Exception {
    Instances data = mixed();
    String before = data.toString();
    TabularCodec.fit(data, Normalization.STANDARDIZE).encode(data);
    assertEquals(before, data.toString());
  }

  @Test
  void theLayoutNamesTheOneHotGroupAndTheRangeOfObservedNumericValues() throws Exception {
    Instances data = mixed();
    TabularCodec codec = TabularCodec.fit(data, Normalization.STANDARDIZE);
    EncodedBatch batch = codec.encode(data);
    ColumnLayout layout = codec.layout(batch);
    assertEquals(5, layout.width());
    assertArrayEquals(new int[] {0, 4}, layout.numericColumns());
    assertEquals(1, layout.groupCount());
    assertEquals(1, layout.groupStart(0));
    assertEquals(3, layout.groupWidth(0));
    float low = Float.POSITIVE_INFINITY;
    float high = Float.NEGATIVE_INFINITY;
    for (int r = 0; r < batch.rows(); r++) {
      for (int c : new int[] {0, 4}) {
        if (batch.observed()[r * 5 + c] == 1f) {
          low = Math.min(low, batch.values()[r * 5 + c]);
          high = Math.max(high, batch.values()[r * 5 + c]);
        }
      }
    }
    assertEquals(low, layout.low(), 0);
    assertEquals(high, layout.high(), 0);
    assertTrue(low < -1 && high > 0.9, "standardized range [" + low + ", " + high + "]");
  }

  @Test
  void aLayoutWithOverlappingGroupsIsRefused() {
    assertThrows(IllegalArgumentException.class,
      () -> new ColumnLayout(5, new int[] {0, 2}, new int[] {3, 2}, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new ColumnLayout(5, new int[] {3}, new int[] {3}, 0, 1));
    assertEquals(4, ColumnLayout.allNumeric(4, 0, 1).numericCount());
  }
}
