package weka.autoencoder.variant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

import weka.autoencoder.TestData;
import weka.autoencoder.filter.OutputMode;
import weka.autoencoder.noise.GaussianNoise;
import weka.autoencoder.noise.MissingValueNoise;
import weka.autoencoder.noise.NoNoise;
import weka.autoencoder.train.TrainingSettings;
import weka.core.Instances;

/** When training practises imputation: reconstruction output, missing values in the data, no noise of the user's. */
class ImputeTrainingTest {

  private static TrainingPlan plan(weka.autoencoder.noise.NoiseModel noise) {
    return new TrainingPlan(new TrainingSettings(5, 8, 1, 0, 0), 0.001, 0, noise, 1);
  }

  private static OutputPlan output(OutputMode mode, double imputeNoise) {
    return new OutputPlan(mode, OutputPlan.codeNames(2), ScorePlan.NONE, 0, imputeNoise);
  }

  @Test
  void dataWithMissingValuesRebuiltWithoutNoiseTrainWithMissingValueNoise() {
    Instances data = TestData.lowRank(20, 1);
    data.instance(3).setMissing(2);
    TrainingPlan plain = plan(new NoNoise());
    MissingValueNoise noise = assertInstanceOf(MissingValueNoise.class,
      ImputeTraining.plan(plain, output(OutputMode.RECONSTRUCTION, 0.4), data).noise());
    assertEquals(0.4, noise.getProbability(), 0);
    assertNull(ImputeTraining.plan(plain, output(OutputMode.CODE, 0.4), data).noise(), "codes: no imputation");
    assertNull(ImputeTraining.plan(plain, output(OutputMode.RECONSTRUCTION, 0), data).noise(), "0 = off");
    TrainingPlan gaussian = plan(new GaussianNoise());
    assertSame(gaussian, ImputeTraining.plan(gaussian, output(OutputMode.RECONSTRUCTION, 0.4), data),
      "the user's noise stays");
  }

  @Test
  void completeDataAndAMissingClassTrainAsTheyAre() {
    Instances data = TestData.lowRank(20, 1);
    TrainingPlan plain = plan(new NoNoise());
    assertSame(plain, ImputeTraining.plan(plain, output(OutputMode.RECONSTRUCTION, 0.4), data));
    data.instance(2).setClassMissing();
    assertSame(plain, ImputeTraining.plan(plain, output(OutputMode.RECONSTRUCTION, 0.4), data));
  }
}
