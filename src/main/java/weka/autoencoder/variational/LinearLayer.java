package weka.autoencoder.variational;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * One affine map {@code x W + b} whose weights and gradients are views into the network's flat parameter and
 * gradient vectors, so the optimiser, early stopping and serialisation each handle a single array.
 */
final class LinearLayer {

  private final int m_in;
  private final int m_out;
  private final INDArray m_weights;
  private final INDArray m_bias;
  private final INDArray m_weightGradient;
  private final INDArray m_biasGradient;

  /**
   * @param parameters flat parameter vector
   * @param gradients flat gradient vector of the same length
   * @param offset where this layer's weights start in both
   */
  LinearLayer(INDArray parameters, INDArray gradients, long offset, int in, int out) {
    m_in = in;
    m_out = out;
    m_weights = matrix(parameters, offset, in, out);
    m_bias = matrix(parameters, offset + (long) in * out, 1, out);
    m_weightGradient = matrix(gradients, offset, in, out);
    m_biasGradient = matrix(gradients, offset + (long) in * out, 1, out);
  }

  private static INDArray matrix(INDArray flat, long offset, int rows, int columns) {
    return flat.get(NDArrayIndex.interval(offset, offset + (long) rows * columns)).reshape('f', rows, columns);
  }

  /** @return the number of parameters of a layer with these sizes */
  static long size(int in, int out) {
    return (long) in * out + out;
  }

  int in() {
    return m_in;
  }

  int out() {
    return m_out;
  }

  INDArray weights() {
    return m_weights;
  }

  /** @return x W + b */
  INDArray forward(INDArray x) {
    return x.mmul(m_weights).addiRowVector(m_bias);
  }

  /**
   * Stores the gradients of W and b for the output gradient {@code delta}.
   *
   * @param input what {@link #forward} was given
   * @param delta dLoss/d(output)
   * @param needInputGradient whether the caller needs dLoss/d(input)
   * @return dLoss/d(input), or null
   */
  INDArray backward(INDArray input, INDArray delta, boolean needInputGradient) {
    Nd4j.gemm(input, delta, m_weightGradient, true, false, 1.0, 0.0);
    m_biasGradient.assign(delta.sum(true, 0));
    return needInputGradient ? delta.mmul(m_weights.transpose()) : null;
  }
}
