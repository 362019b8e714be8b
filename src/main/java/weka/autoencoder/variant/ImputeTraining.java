package weka.autoencoder.variant;

import weka.autoencoder.noise.MissingValueNoise;
import weka.core.Instances;

/**
 * Training for imputation: a user who asks for the reconstruction of data with missing values wants them filled in,
 * and a network trained only to copy its input passes a missing value's mean through. Hiding observed values as a
 * missing one is given to the network ({@link MissingValueNoise}) makes training practise the filling in.
 */
final class ImputeTraining {

  private ImputeTraining() {
  }

  /**
   * @return {@code training} with MissingValueNoise at the output plan's imputeNoise probability when that is above 0,
   *         no other noise is set and {@code data} has a missing value outside the class; else {@code training}
   */
  static TrainingPlan plan(TrainingPlan training, OutputPlan output, Instances data) {
    double p = output.imputeNoise();
    if (p <= 0 || training.noise() != null || !hasMissing(data)) {
      return training;
    }
    MissingValueNoise noise = new MissingValueNoise();
    noise.setProbability(p);
    System.err.println("autoencoders: the training data have missing values and the output is the reconstruction: "
      + "training with MissingValueNoise -probability " + p + " so that it fills them in (-impute-noise)");
    return training.withNoise(noise);
  }

  static boolean hasMissing(Instances data) {
    for (int i = 0; i < data.numInstances(); i++) {
      for (int a = 0; a < data.numAttributes(); a++) {
        if (a != data.classIndex() && data.instance(i).isMissing(a)) {
          return true;
        }
      }
    }
    return false;
  }
}
