package weka.autoencoder.variant;

import weka.autoencoder.codec.ColumnLayout;
import weka.autoencoder.codec.EncodedBatch;
import weka.autoencoder.codec.TabularCodec;
import weka.autoencoder.noise.NoiseModel;
import weka.autoencoder.train.InputCorruption;

/** Binds a noise model to a codec's columns (numeric ones, one-hot groups and their range) for the training loop. */
final class RowCorruption {

  private RowCorruption() {
  }

  /** @return the corruption of training rows, or null for clean input */
  static InputCorruption of(NoiseModel noise, TabularCodec codec, EncodedBatch training) {
    if (noise == null) {
      return null;
    }
    ColumnLayout layout = codec.layout(training);
    return (values, rowCount, random) -> noise.corrupt(values, rowCount, layout, random);
  }
}
