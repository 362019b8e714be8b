package weka.autoencoder.model;

import java.io.Serializable;

import weka.autoencoder.train.TrainingHistory;

/**
 * What every trained model of the package has, whatever its variant: its training history (losses per epoch, the
 * epoch kept). A filter's {@code getModel()} returns one after the first batch. The variant-specific views add
 * encoding, reconstruction and scoring over the data their codec encodes: {@link TrainedAutoencoder} for rows,
 * {@link SequenceAutoencoderModel} for sequences.
 */
public interface Model extends Serializable {

  /** @return losses per epoch and the epoch kept */
  TrainingHistory history();
}
