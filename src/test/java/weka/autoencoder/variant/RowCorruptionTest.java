package weka.autoencoder.variant;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Random;

import org.junit.jupiter.api.Test;

import weka.autoencoder.codec.EncodedBatch;
import weka.autoencoder.codec.Normalization;
import weka.autoencoder.codec.TabularCodec;
import weka.autoencoder.noise.NoiseModels;
import weka.autoencoder.train.InputCorruption;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

/** The corruption the training loop applies, built from a real codec: noise stays inside bounded inputs. */
class RowCorruptionTest {

  /** 200 rows of 6 numeric attributes spread over [0, 255], plus a nominal class. */
  private static Instances data() {
    ArrayList<Attribute> attributes = new ArrayList<>();
    for (int a = 0; a < 6; a++) {
      attributes.add(new Attribute("pixel_" + a));
    }
    ArrayList<String> labels = new ArrayList<>();
    labels.add("a");
    labels.add("b");
    attributes.add(new Attribute("class", labels));
    Instances data = new Instances("rows", attributes, 200);
    data.setClassIndex(6);
    Random random = new Random(1);
    for (int i = 0; i < 200; i++) {
      double[] values = new double[7];
      for (int a = 0; a < 6; a++) {
        values[a] = random.nextInt(256);
      }
      values[6] = i % 2;
      data.add(new DenseInstance(1, values));
    }
    return data;
  }

  /** @return min and max of the corrupted training rows of {@code codec} under {@code noise} */
  private static float[] corruptedRange(TabularCodec codec, Instances data, String noise) throws Exception {
    EncodedBatch batch = codec.encode(data);
    InputCorruption corruption = RowCorruption.of(NoiseModels.parse(noise), codec, batch);
    float[] rows = batch.values().clone();
    corruption.corrupt(rows, batch.rows(), new Random(2));
    float low = Float.POSITIVE_INFINITY;
    float high = Float.NEGATIVE_INFINITY;
    for (float v : rows) {
      low = Math.min(low, v);
      high = Math.max(high, v);
    }
    return new float[] {low, high};
  }

  @Test
  void gaussianNoiseOnPixelsAndMinMaxScaledInputsStaysInZeroToOneByDefault() throws Exception {
    Instances data = data();
    int[] pixels = {0, 1, 2, 3, 4, 5};
    for (TabularCodec codec : new TabularCodec[] {TabularCodec.forPixels(data, pixels, 255),
      TabularCodec.fit(data, Normalization.MINMAX), TabularCodec.fit(data, Normalization.AUTO)}) {
      float[] range = corruptedRange(codec, data, "GaussianNoise -stddev 0.5");
      assertTrue(range[0] >= 0f && range[1] <= 1f, "corrupted inputs left [0,1]: " + range[0] + ".." + range[1]);
      float[] free = corruptedRange(codec, data, "GaussianNoise -stddev 0.5 -no-clip");
      assertTrue(free[0] < -0.5f && free[1] > 1.5f, "-no-clip keeps the noise as drawn: " + free[0] + ".." + free[1]);
    }
  }

  @Test
  void standardizedInputsAreUnboundedAndNotClippedUnlessAsked() throws Exception {
    Instances data = data();
    TabularCodec codec = TabularCodec.fit(data, Normalization.STANDARDIZE);
    EncodedBatch clean = codec.encode(data);
    float cleanHigh = Float.NEGATIVE_INFINITY;
    for (float v : clean.values()) {
      cleanHigh = Math.max(cleanHigh, v);
    }
    float[] range = corruptedRange(codec, data, "GaussianNoise -stddev 0.5");
    assertTrue(range[1] > cleanHigh + 0.5f, "standardized inputs are not clipped by default: max " + range[1]);
    float[] clipped = corruptedRange(codec, data, "GaussianNoise -stddev 0.5 -clip");
    assertTrue(clipped[1] <= cleanHigh, "-clip keeps standardized inputs in their training range: " + clipped[1]);
  }

  @Test
  void replacementNoiseOnPixelsStaysInZeroToOne() throws Exception {
    Instances data = data();
    TabularCodec codec = TabularCodec.forPixels(data, new int[] {0, 1, 2, 3, 4, 5}, 255);
    for (String noise : new String[] {"MaskingNoise -probability 0.5", "SaltAndPepperNoise -probability 0.5"}) {
      float[] range = corruptedRange(codec, data, noise);
      assertTrue(range[0] >= 0f && range[1] <= 1f, noise + " left [0,1]: " + range[0] + ".." + range[1]);
    }
  }
}
