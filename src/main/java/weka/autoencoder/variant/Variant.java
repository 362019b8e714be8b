package weka.autoencoder.variant;

import java.io.File;
import java.io.Serializable;

import weka.autoencoder.model.Model;
import weka.autoencoder.plot.TrainingPlots;
import weka.autoencoder.train.ProgressListener;
import weka.core.Instances;

/**
 * What differs between autoencoder variants, behind the one life cycle of {@link
 * weka.autoencoder.filter.AutoencoderFilter}: how the input is read (a table, pixels, image files, sequences), which
 * network is trained, and how its outputs become instances. Built by an adapter from its options when training
 * starts, and kept with the model so later batches are read the same way.
 */
public interface Variant extends Serializable {

  /** @throws IllegalArgumentException naming the attribute or option to change when data of this header cannot be used */
  void checkInput(Instances header);

  /** @return the output header for input with this header */
  Instances outputFormat(Instances input);

  /**
   * Fits the codec and trains the network on the first batch.
   *
   * @param data the training batch (not modified)
   * @param progress where each epoch is reported
   * @return the trained model
   * @throws Exception when training fails or is stopped
   */
  Model train(Instances data, ProgressListener progress) throws Exception;

  /**
   * @param model what {@link #train} returned
   * @param batch any batch with the training header
   * @param outputFormat {@link #outputFormat} of that header
   * @return the filtered batch
   */
  Instances transform(Model model, Instances batch, Instances outputFormat) throws Exception;

  /**
   * Draws what this variant can show beside the loss curve (inputs beside reconstructions for images).
   *
   * @return the file written, or null when there is nothing to draw
   */
  default File writePictures(Model model, Instances data, TrainingPlots plots) throws Exception {
    return null;
  }
}
