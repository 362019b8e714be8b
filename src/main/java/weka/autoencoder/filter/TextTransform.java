package weka.autoencoder.filter;

import org.nd4j.linalg.api.ndarray.INDArray;

import weka.autoencoder.codec.TextBatch;
import weka.autoencoder.codec.TextCodec;
import weka.autoencoder.model.TextAutoencoderModel;
import weka.autoencoder.model.TokenLoss;
import weka.autoencoder.nd4j.FloatMatrices;
import weka.autoencoder.variant.FiniteOutput;
import weka.core.Instances;

/**
 * Filters documents through a trained text autoencoder, a chunk at a time (each chunk padded to its own longest
 * document; the softmax output is chunk x vocabulary x steps, so chunks are small). Must run inside
 * {@link weka.autoencoder.nd4j.Nd4jBoundary}.
 */
public final class TextTransform {

  /** Documents passed through the network at a time. */
  private static final int CHUNK = 32;

  private final TextAutoencoderModel m_model;
  private final TextOutput m_output;
  private final OutputMode m_mode;
  private final boolean m_error;

  public TextTransform(TextAutoencoderModel model, TextOutput output, OutputMode mode, boolean error) {
    m_model = model;
    m_output = output;
    m_mode = mode;
    m_error = error;
  }

  /**
   * Adds the output instance of every instance of {@code data} to {@code result}.
   *
   * @return the number of documents cut at -max-tokens
   */
  public int apply(Instances data, Instances result) {
    int cut = 0;
    for (int from = 0; from < data.numInstances(); from += CHUNK) {
      cut += chunk(data, from, Math.min(from + CHUNK, data.numInstances()), result);
    }
    return cut;
  }

  private int chunk(Instances data, int from, int to, Instances result) {
    TextCodec codec = m_model.codec();
    TextBatch batch = codec.encode(data, from, to);
    float[][] codes = m_mode == OutputMode.CODE ? FloatMatrices.rows(m_model.encode(batch)) : null;
    INDArray probabilities = m_mode == OutputMode.RECONSTRUCTION || m_error ? m_model.predict(batch) : null;
    double[] errors = m_error ? TokenLoss.perDocument(probabilities, batch.ids(), batch.mask()) : null;
    int[][] predicted = m_mode == OutputMode.RECONSTRUCTION ? TokenLoss.predicted(probabilities) : null;
    for (int i = 0; i < batch.documents(); i++) {
      if (codes != null && !batch.missing()[i]) {
        FiniteOutput.require(codes[i], from + i, 0, codes[i].length);
      }
      String text = predicted == null ? null : codec.decode(predicted[i], batch.lengths()[i]);
      result.add(m_output.instance(data.instance(from + i), batch.missing()[i], codes == null ? null : codes[i],
        text, errors == null ? 0 : errors[i], result));
    }
    return batch.cut();
  }
}
