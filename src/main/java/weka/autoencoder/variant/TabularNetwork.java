package weka.autoencoder.variant;

import java.io.Serializable;

import weka.autoencoder.codec.TabularCodec;
import weka.autoencoder.model.TrainedAutoencoder;
import weka.autoencoder.nd4j.ThreadPolicy;
import weka.autoencoder.train.ProgressListener;
import weka.core.Instances;

/** The network of a variant that reads one row per instance: dense, convolutional or variational. */
public interface TabularNetwork extends Serializable {

  /**
   * Builds the network for the codec's columns and trains it with the shared loop.
   *
   * @param data the training batch (not modified)
   * @param codec the codec fitted on it
   * @param plan how to train
   * @param progress where each epoch is reported
   * @return the trained model
   * @throws Exception when training fails or is stopped
   */
  TrainedAutoencoder train(Instances data, TabularCodec codec, TrainingPlan plan, ProgressListener progress)
    throws Exception;

  /** @return how ND4J's threads are split while this network trains or filters */
  ThreadPolicy threadPolicy(int threads);
}
