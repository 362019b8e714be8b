package weka.autoencoder.variant;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

import weka.autoencoder.arch.NetworkArchitecture;
import weka.autoencoder.codec.EncodedBatch;
import weka.autoencoder.codec.LossWeights;
import weka.autoencoder.codec.TabularCodec;
import weka.autoencoder.model.AutoencoderModel;
import weka.autoencoder.model.DenseTrainableNetwork;
import weka.autoencoder.nd4j.FloatMatrices;
import weka.autoencoder.nd4j.Nd4jBoundary;
import weka.autoencoder.nd4j.ThreadPolicy;
import weka.autoencoder.train.ProgressListener;
import weka.autoencoder.train.TrainingHistory;
import weka.autoencoder.train.TrainingLoop;
import weka.core.Instances;

/** Trains a feed-forward architecture (dense or convolutional) on x -> x with the shared loop. */
final class FeedForwardTraining {

  private FeedForwardTraining() {
  }

  static AutoencoderModel train(NetworkArchitecture architecture, Instances data, TabularCodec codec,
    TrainingPlan plan, ProgressListener progress, ThreadPolicy policy) throws Exception {
    EncodedBatch batch = codec.encode(data);
    float[] weights = LossWeights.of(batch, data);
    return Nd4jBoundary.call(policy, () -> {
      long[] shape = {batch.rows(), batch.columns()};
      INDArray rows = FloatMatrices.create(batch.values(), shape);
      INDArray mask = weights == null ? null : FloatMatrices.create(weights, shape);
      MultiLayerNetwork network = architecture.build(plan.seed(), plan.learningRate(), plan.weightDecay());
      TrainingHistory history = new TrainingLoop(plan.loop(), progress).train(new DenseTrainableNetwork(network),
        rows, mask, RowCorruption.of(plan.noise(), codec, batch));
      return new AutoencoderModel(codec, network, architecture.codeLayerIndex(), history);
    });
  }
}
