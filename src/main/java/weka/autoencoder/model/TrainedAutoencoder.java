package weka.autoencoder.model;

import org.nd4j.linalg.api.ndarray.INDArray;

import weka.autoencoder.codec.TabularCodec;

/**
 * What a filter needs from a trained model of any variant: the codec fitted with it, the codes of encoded rows, their
 * reconstruction and a per-row reconstruction error. Variants differ in how they compute these (a Deeplearning4j
 * network for the dense family, a variational network for the VAE), so the filter base class talks to this interface.
 * All methods that take or return arrays must run inside {@link weka.autoencoder.nd4j.Nd4jBoundary}.
 */
public interface TrainedAutoencoder extends Model {

  /** @return the codec fitted on the training batch */
  TabularCodec codec();

  /** @return one row of code values per encoded row, as many columns as the filter has code attributes */
  INDArray encode(INDArray rows);

  /** @return the rows rebuilt through the code, in the codec's column layout */
  INDArray reconstruct(INDArray rows);

  /**
   * @param rows encoded rows
   * @param reconstruction {@link #reconstruct(INDArray)} of the rows
   * @param observed 1 = observed, 0 = missing; null when all are observed
   * @return the anomaly score of each row (larger = rebuilt worse)
   */
  double[] reconstructionError(INDArray rows, INDArray reconstruction, INDArray observed);
}
