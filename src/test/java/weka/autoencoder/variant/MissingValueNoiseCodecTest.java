package weka.autoencoder.variant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

import weka.autoencoder.codec.EncodedBatch;
import weka.autoencoder.codec.Normalization;
import weka.autoencoder.codec.TabularCodec;
import weka.autoencoder.TestData;
import weka.autoencoder.noise.NoiseModels;
import weka.autoencoder.train.InputCorruption;
import weka.core.Instances;

/** MissingValueNoise on a real codec: a hidden value is exactly what the codec makes of a missing one. */
class MissingValueNoiseCodecTest {

  private static float[] corrupted(TabularCodec codec, Instances data, double p, long seed) throws Exception {
    EncodedBatch batch = codec.encode(data);
    InputCorruption corruption = RowCorruption.of(NoiseModels.parse("MissingValueNoise -probability " + p), codec,
      batch);
    float[] rows = batch.values().clone();
    corruption.corrupt(rows, batch.rows(), new Random(seed));
    return rows;
  }

  @Test
  void everyHiddenValueIsEncodedAsAMissingValueIs() throws Exception {
    for (Normalization normalization : new Normalization[] {Normalization.MINMAX, Normalization.STANDARDIZE}) {
      Instances data = TestData.lowRank(60, 2); // six numbers, one nominal attribute, the class
      TabularCodec codec = TabularCodec.fit(data, normalization);
      Instances missing = new Instances(data);
      for (int i = 0; i < missing.numInstances(); i++) {
        for (int a = 0; a < missing.numAttributes(); a++) {
          if (a != missing.classIndex()) {
            missing.instance(i).setMissing(a);
          }
        }
      }
      assertArrayEquals(codec.encode(missing).values(), corrupted(codec, data, 0.999999, 1), 0f,
        normalization + ": all hidden = all missing");
      assertArrayEquals(codec.encode(data).values(), corrupted(codec, data, 0, 1), 0f, "p = 0 hides nothing");
    }
  }

  @Test
  void eachAttributeIsHiddenAtTheRateAsAWhole() throws Exception {
    Instances data = TestData.lowRank(2000, 4);
    TabularCodec codec = TabularCodec.fit(data, Normalization.MINMAX);
    float[] clean = codec.encode(data).values();
    float[] rows = corrupted(codec, data, 0.3, 5);
    Instances missing = new Instances(data);
    for (int i = 0; i < missing.numInstances(); i++) {
      missing.instance(i).setMissing(6); // the nominal attribute: its columns all change together
    }
    float[] nominalMissing = codec.encode(missing).values();
    int width = clean.length / data.numInstances();
    int numericHidden = 0;
    int nominalHidden = 0;
    for (int r = 0; r < data.numInstances(); r++) {
      for (int c = 0; c < 6; c++) {
        numericHidden += rows[r * width + c] != clean[r * width + c] ? 1 : 0;
      }
      boolean same = true;
      boolean asMissing = true;
      for (int c = 6; c < width; c++) {
        same &= rows[r * width + c] == clean[r * width + c];
        asMissing &= rows[r * width + c] == nominalMissing[r * width + c];
      }
      assertEquals(true, same || asMissing, "row " + r + ": a label is kept or hidden whole");
      nominalHidden += same ? 0 : 1;
    }
    // 12,000 numeric draws (a hidden value may equal the mean: rare) and 2,000 nominal ones at p = 0.3
    assertEquals(0.3, numericHidden / 12000.0, 0.02);
    assertEquals(0.3, nominalHidden / 2000.0, 0.04);
  }
}
