package weka.autoencoder.variant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Random;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

import weka.autoencoder.codec.EncodedBatch;
import weka.autoencoder.codec.Normalization;
import weka.autoencoder.codec.TabularCodec;
import weka.autoencoder.model.ReconstructionError;
import weka.autoencoder.model.TrainedAutoencoder;
import weka.autoencoder.nd4j.FloatMatrices;
import weka.autoencoder.train.TrainingHistory;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

/**
 * The imputation calibration against networks whose skill is known: a copy of a predictable attribute is trusted, a
 * guess at an unpredictable one is pulled to the mean, a label no better than the mode is replaced by the mode.
 */
class ImputationCalibrationTest {

  /**
   * Columns: x0, x1 = x0, x2 independent noise, then the labels of "twin" (= sign of x0) and "rare" (90 % "a").
   * Encoded min-max: x0, x1, x2 at 0-2, twin at 3-4, rare at 5-6.
   */
  private static Instances data(int n) {
    ArrayList<Attribute> attributes = new ArrayList<>();
    attributes.add(new Attribute("x0"));
    attributes.add(new Attribute("x1"));
    attributes.add(new Attribute("x2"));
    attributes.add(new Attribute("twin", Arrays.asList("neg", "pos")));
    attributes.add(new Attribute("rare", Arrays.asList("a", "b")));
    Instances data = new Instances("calibration", attributes, n);
    Random random = new Random(4);
    for (int i = 0; i < n; i++) {
      double x = random.nextGaussian();
      data.add(new DenseInstance(1, new double[] {x, x, random.nextGaussian(), x > 0 ? 1 : 0,
        random.nextDouble() < 0.9 ? 0 : 1}));
    }
    return data;
  }

  /** A stand-in network: its reconstruction is {@code rebuild} of its input rows (7 columns). */
  private static TrainedAutoencoder network(TabularCodec codec, UnaryOperator<float[]> rebuild) {
    return new TrainedAutoencoder() {
      @Override
      public TabularCodec codec() {
        return codec;
      }

      @Override
      public INDArray encode(INDArray rows) {
        return rows;
      }

      @Override
      public INDArray reconstruct(INDArray rows) {
        float[][] in = FloatMatrices.rows(rows);
        float[] out = new float[in.length * 7];
        for (int r = 0; r < in.length; r++) {
          System.arraycopy(rebuild.apply(in[r].clone()), 0, out, r * 7, 7);
        }
        return FloatMatrices.create(out, in.length, 7);
      }

      @Override
      public double[] reconstructionError(INDArray rows, INDArray reconstruction, INDArray observed) {
        return ReconstructionError.perRow(rows, reconstruction, observed);
      }

      @Override
      public TrainingHistory history() {
        return null;
      }
    };
  }

  @Test
  void predictableAttributesAreTrustedAndGuessesFallBackOnMeanAndMode() {
    Instances data = data(2000);
    TabularCodec codec = TabularCodec.fit(data, Normalization.MINMAX);
    Random guesses = new Random(5);
    TrainedAutoencoder model = network(codec, row -> {
      // x0 and x1 each from the other; x2 a random guess; twin from x0; rare always "b"
      return new float[] {row[1], row[0], guesses.nextFloat(), row[0] > 0.5f ? 0 : 1, row[0] > 0.5f ? 1 : 0, 0, 1};
    });
    EncodedBatch batch = codec.encode(data);
    ImputationCalibration calibration = ImputationCalibration.fit(model, batch);
    assertTrue(calibration.shrinkage(1) > 0.8, "x1 rebuilt from x0: " + calibration.shrinkage(1));
    assertTrue(calibration.shrinkage(2) < 0.1, "x2 guessed at random: " + calibration.shrinkage(2));
    assertFalse(calibration.networkLabel(1), "'rare' rebuilt as its minority label: the mode is better");

    float[] rebuilt = {0.9f, 0.9f, 0.9f, 0, 1, 0, 1};
    float[] observed = {1, 1, 0, 1, 1, 0, 0};
    calibration.apply(rebuilt, observed, 1);
    assertEquals(0.9f, rebuilt[0], 0, "observed values are left alone");
    float mean = codec.layout(batch).missingValue(2);
    assertEquals(mean + calibration.shrinkage(2) * (0.9 - mean), rebuilt[2], 1e-6, "pulled to the mean");
    assertTrue(rebuilt[5] > rebuilt[6], "the missing 'rare' label becomes the mode 'a'");
  }
}
