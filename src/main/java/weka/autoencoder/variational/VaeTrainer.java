package weka.autoencoder.variational;

import org.nd4j.linalg.factory.Nd4j;

import weka.autoencoder.codec.EncodedBatch;
import weka.autoencoder.codec.InstanceWeights;
import weka.autoencoder.codec.TabularCodec;
import weka.autoencoder.nd4j.FloatMatrices;
import weka.autoencoder.nd4j.Nd4jBoundary;
import weka.autoencoder.train.InputCorruption;
import weka.autoencoder.train.ProgressListener;
import weka.autoencoder.train.TrainingHistory;
import weka.autoencoder.train.TrainingLoop;
import weka.autoencoder.train.TrainingSettings;
import weka.core.Instance;
import weka.core.Instances;

/** Trains a variational autoencoder on Weka instances, for the filter and the generator alike. */
public final class VaeTrainer {

  private VaeTrainer() {
  }

  /** @return minibatch steps per epoch of the training loop (the held-out rows excluded) */
  static int stepsPerEpoch(int rows, TrainingSettings training) {
    int held = training.validationFraction() > 0 && rows > 1
      ? (int) Math.max(1, Math.min(rows - 1, Math.round(rows * training.validationFraction()))) : 0;
    int trainingRows = rows - held;
    int batch = Math.max(1, Math.min(training.batchSize(), trainingRows));
    return (trainingRows + batch - 1) / batch;
  }

  /**
   * @param data training instances (not modified); the class attribute, if any, is not reconstructed
   * @param codec the codec fitted on {@code data}
   * @param condition the class condition (nominal class of {@code data}), or null for an unconditional model
   * @param settings network and optimiser settings
   * @param training epochs, minibatches, seed and early stopping
   * @param threads threads for ND4J (0 = all cores)
   * @param progress where epoch lines go
   * @return the trained model
   * @throws Exception when training fails or the user stops it; IllegalArgumentException for unusable settings
   */
  public static VariationalModel train(Instances data, TabularCodec codec, ClassCondition condition,
    VaeSettings settings, TrainingSettings training, int threads, ProgressListener progress) throws Exception {
    return train(data, codec, condition, settings, training, threads, progress, null);
  }

  /**
   * As {@link #train(Instances, TabularCodec, ClassCondition, VaeSettings, TrainingSettings, int,
   * ProgressListener)}, with the encoder fed corrupted rows (a denoising VAE); the likelihood is always of the clean
   * rows. Only without a class condition, whose columns must not be corrupted.
   *
   * @param corruption corruption of the data columns, or null for clean input
   */
  public static VariationalModel train(Instances data, TabularCodec codec, ClassCondition condition,
    VaeSettings settings, TrainingSettings training, int threads, ProgressListener progress,
    InputCorruption corruption) throws Exception {
    if (corruption != null && condition != null) {
      throw new IllegalArgumentException("Input noise is not supported together with a class condition.");
    }
    EncodedBatch batch = codec.encode(data);
    ReconstructionLikelihood likelihood = ReconstructionLikelihood.fit(data, batch, settings.distribution());
    int width = batch.columns();
    int conditions = condition == null ? 0 : condition.width();
    int columns = width + conditions;
    int n = batch.rows();
    float[] values = new float[n * columns];
    float[] mask = new float[n * columns];
    boolean needMask = batch.hasMissing();
    double[] weights = InstanceWeights.relative(data);
    for (int r = 0; r < n; r++) {
      Instance instance = data.instance(r);
      float weight = weights == null ? 1f : (float) weights[r];
      needMask |= weight != 1f;
      System.arraycopy(batch.values(), r * width, values, r * columns, width);
      for (int c = 0; c < width; c++) {
        mask[r * columns + c] = batch.observed()[r * width + c] * weight;
      }
      if (condition != null) {
        condition.write(values, r * columns + width, instance.classIsMissing() ? -1 : (int) instance.classValue());
        for (int c = width; c < columns; c++) {
          mask[r * columns + c] = weight;
        }
      }
    }
    boolean useMask = needMask;
    return Nd4jBoundary.call(threads, () -> {
      long[] shape = {n, columns};
      VaeShape networkShape = new VaeShape(width, conditions, settings.hidden(), settings.codeSize(),
        likelihood.parameterWidth());
      VaeNetwork network = new VaeNetwork(networkShape, settings.activation(), Nd4j.defaultFloatingPointType());
      network.initialise(training.seed());
      VaeTrainableNetwork trainable = new VaeTrainableNetwork(network, likelihood, settings.klWeight(),
        settings.learningRate(), settings.weightDecay(), training.seed() + 1,
        settings.klWarmup() * stepsPerEpoch(n, training));
      TrainingHistory history;
      try {
        history = new TrainingLoop(training, progress).train(trainable, FloatMatrices.create(values, shape),
          useMask ? FloatMatrices.create(mask, shape) : null, corruption);
      } finally {
        trainable.releaseWorkspaces();
      }
      return new VariationalModel(codec, likelihood, network, settings.activation(), condition,
        settings.codeOutput(), training.seed(), history);
    });
  }
}
