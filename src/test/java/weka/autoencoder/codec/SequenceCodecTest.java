package weka.autoencoder.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import weka.autoencoder.SequenceTestData;
import weka.core.DenseInstance;
import weka.core.Instances;

/** The sequence codec and both layouts, without a network. */
class SequenceCodecTest {

  private static float at(SequenceBatch b, float[] a, int i, int c, int t) {
    return a[(i * b.channels() + c) * b.steps() + t];
  }

  @Test
  void relationalBagsOfUnequalLengthArePaddedAndMaskedWithANominalChannelOneHot() {
    Instances data = SequenceTestData.relational(3, 1, 1, 1);
    Instances steps = SequenceTestData.stepHeader();
    // Lengths 4, 1 and 6: padding to 6.
    data.instance(0).setValue(1, data.attribute(1).addRelation(SequenceTestData.bag(steps, 4, 0.3)));
    data.instance(2).setValue(1, data.attribute(1).addRelation(SequenceTestData.bag(steps, 6, 1.0)));
    SequenceCodec codec = SequenceCodec.fit(data, new RelationalSequenceLayout(data, 1), Normalization.MINMAX);
    assertEquals(3, codec.width(), "x plus two one-hot columns");
    SequenceBatch b = codec.encode(data, 0, 3);
    assertArrayEquals(new long[] {3, 3, 6}, b.shape());
    assertArrayEquals(new int[] {4, 1, 6}, b.lengths());
    assertFalse(b.complete());
    for (int t = 0; t < 6; t++) {
      for (int c = 0; c < 3; c++) {
        assertEquals(t < 4 ? 1f : 0f, at(b, b.observed(), 0, c, t), "sequence 0 step " + t);
        assertEquals(t < 1 ? 1f : 0f, at(b, b.observed(), 1, c, t), "sequence 1 step " + t);
        assertEquals(1f, at(b, b.observed(), 2, c, t));
      }
    }
    // One-hot: exactly one of the two label columns is 1 on a real step.
    assertEquals(1f, at(b, b.values(), 0, 1, 2) + at(b, b.values(), 0, 2, 2), 0f);
    float[] stepMask = b.stepMask();
    assertEquals(18, stepMask.length);
    assertEquals(1f, stepMask[6]);
    assertEquals(0f, stepMask[7], "sequence 1 ends after its single step");
  }

  @Test
  void decodingTheEncodedValuesGivesBackTheSequenceWithItsOwnLength() {
    Instances data = SequenceTestData.relational(5, 2, 7, 2);
    SequenceCodec codec = SequenceCodec.fit(data, new RelationalSequenceLayout(data, 1), Normalization.STANDARDIZE);
    SequenceBatch b = codec.encode(data, 0, 5);
    for (int i = 0; i < 5; i++) {
      Instances original = data.instance(i).relationalValue(1);
      Instances rebuilt = codec.decode(b.values(), b.steps(), i, b.lengths()[i]);
      assertEquals(original.numInstances(), rebuilt.numInstances());
      for (int t = 0; t < original.numInstances(); t++) {
        assertEquals(original.instance(t).value(0), rebuilt.instance(t).value(0), 1e-5);
        assertEquals(original.instance(t).value(1), rebuilt.instance(t).value(1), 0);
      }
    }
  }

  @Test
  void scalingIsPerChannelAndSharedByAllSteps() {
    Instances data = SequenceTestData.flat(20, 5, 2, 3);
    int[] attributes = new int[10];
    for (int i = 0; i < 10; i++) {
      attributes[i] = i + 1;
    }
    SequenceCodec codec = SequenceCodec.fit(data, new FlatSequenceLayout(data, attributes, 2), Normalization.MINMAX);
    assertEquals(2, codec.width());
    SequenceBatch b = codec.encode(data, 0, 20);
    assertTrue(b.complete());
    assertNull(b.stepMask());
    assertNull(b.lossWeights(filled(20, 1.0)), "complete data with unit weights needs no loss mask");
    // The same raw value gives the same scaled value at every step of a channel.
    double raw = data.instance(0).value(1 + 2 * 3);
    float scaled = at(b, b.values(), 0, 0, 3);
    Instances probe = new Instances(data, 0);
    double[] v = data.instance(1).toDoubleArray();
    v[1] = raw;
    probe.add(new DenseInstance(1.0, v));
    assertEquals(scaled, at(codec.encode(probe, 0, 1), codec.encode(probe, 0, 1).values(), 0, 0, 0), 1e-6);
    // Channel order: attribute s2_c1 is channel 1 of step 2.
    assertEquals(data.instance(4).value(1 + 2 * 2 + 1),
      codec.decode(b.values(), b.steps(), 4, 5).instance(2).value(1), 1e-4);
  }

  private static double[] filled(int n, double value) {
    double[] a = new double[n];
    java.util.Arrays.fill(a, value);
    return a;
  }

  @Test
  void missingStepsAreImputedAndLeftOutOfTheObservedMask() {
    Instances data = SequenceTestData.flat(10, 4, 1, 4);
    data.instance(3).setMissing(2); // step 1
    int[] attributes = {1, 2, 3, 4};
    SequenceCodec codec = SequenceCodec.fit(data, new FlatSequenceLayout(data, attributes, 1), Normalization.MINMAX);
    SequenceBatch b = codec.encode(data, 0, 10);
    assertFalse(b.complete());
    assertEquals(0f, at(b, b.observed(), 3, 0, 1));
    assertEquals(1f, at(b, b.observed(), 3, 0, 2));
    assertFalse(Float.isNaN(at(b, b.values(), 3, 0, 1)));
    double[] weights = filled(10, 1.0);
    weights[5] = 2.5;
    float[] loss = b.lossWeights(weights);
    assertEquals(2.5f, at(b, loss, 5, 0, 0));
    assertEquals(0f, at(b, loss, 3, 0, 1));
  }

  @Test
  void aSequenceOfLengthOneIsEncoded() {
    Instances data = SequenceTestData.relational(4, 1, 1, 5);
    SequenceCodec codec = SequenceCodec.fit(data, new RelationalSequenceLayout(data, 1), Normalization.AUTO);
    SequenceBatch b = codec.encode(data, 0, 4);
    assertArrayEquals(new long[] {4, 3, 1}, b.shape());
    assertTrue(b.complete());
  }

  @Test
  void badSequencesAreRefusedNamingTheInstance() {
    Instances data = SequenceTestData.relational(4, 2, 3, 6);
    data.instance(2).setValue(1, data.attribute(1).addRelation(new Instances(SequenceTestData.stepHeader(), 0)));
    RelationalSequenceLayout layout = new RelationalSequenceLayout(data, 1);
    Exception empty = assertThrows(IllegalArgumentException.class,
      () -> SequenceCodec.fit(data, layout, Normalization.AUTO));
    assertTrue(empty.getMessage().contains("Instance 3") && empty.getMessage().contains("empty"),
      empty.getMessage());
    data.instance(2).setMissing(1);
    Exception missing = assertThrows(IllegalArgumentException.class,
      () -> SequenceCodec.fit(data, layout, Normalization.AUTO));
    assertTrue(missing.getMessage().contains("Instance 3") && missing.getMessage().contains("no sequence"),
      missing.getMessage());

    Instances flat = SequenceTestData.flat(3, 3, 1, 7);
    flat.instance(1).setValue(2, Double.POSITIVE_INFINITY);
    Exception infinite = assertThrows(IllegalArgumentException.class,
      () -> SequenceCodec.fit(flat, new FlatSequenceLayout(flat, new int[] {1, 2, 3}, 1), Normalization.AUTO));
    assertTrue(infinite.getMessage().contains("Instance 2") && infinite.getMessage().contains("s1_c0"),
      infinite.getMessage());
  }

  @Test
  void layoutsRefuseWrongAttributeTypesWithTheOptionToChange() {
    Instances data = SequenceTestData.relational(2, 2, 2, 8);
    Exception notRelational = assertThrows(IllegalArgumentException.class,
      () -> new RelationalSequenceLayout(data, 0));
    assertTrue(notRelational.getMessage().contains("'id'")
      && notRelational.getMessage().contains("-relational-attribute"), notRelational.getMessage());
    Exception nominal = assertThrows(IllegalArgumentException.class,
      () -> new FlatSequenceLayout(data, new int[] {0, 2}, 1));
    assertTrue(nominal.getMessage().contains("-sequence-attributes"), nominal.getMessage());

    Instances flat = SequenceTestData.flat(2, 3, 1, 9);
    Exception indivisible = assertThrows(IllegalArgumentException.class,
      () -> new FlatSequenceLayout(flat, new int[] {1, 2, 3}, 2));
    assertTrue(indivisible.getMessage().contains("-sequence-channels") && indivisible.getMessage().contains("3"),
      indivisible.getMessage());
  }
}
