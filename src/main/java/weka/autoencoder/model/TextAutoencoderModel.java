package weka.autoencoder.model;

import java.util.Collections;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;

import weka.autoencoder.arch.TextArchitecture;
import weka.autoencoder.codec.TextBatch;
import weka.autoencoder.codec.TextCodec;
import weka.autoencoder.nd4j.FloatMatrices;
import weka.autoencoder.train.TrainingHistory;

/**
 * A trained text autoencoder: the graph, the text codec (tokenizer and vocabulary) fitted with it, and the training
 * history. Its methods take a {@link TextBatch} and must run inside {@link weka.autoencoder.nd4j.Nd4jBoundary}.
 */
public final class TextAutoencoderModel implements Model {

  private static final long serialVersionUID = 1L;

  private final TextCodec m_codec;
  private final SerializableModel<ComputationGraph> m_graph;
  private final TrainingHistory m_history;

  public TextAutoencoderModel(TextCodec codec, ComputationGraph graph, TrainingHistory history) {
    m_codec = codec;
    m_graph = new SerializableModel<>(graph);
    m_history = history;
  }

  public TextCodec codec() {
    return m_codec;
  }

  @Override
  public TrainingHistory history() {
    return m_history;
  }

  /** @return the codes (documents x code size) */
  public INDArray encode(TextBatch batch) {
    return graph().output(Collections.singletonList(TextArchitecture.CODE), false, new INDArray[] {input(batch)},
      new INDArray[] {stepMask(batch)})[0];
  }

  /** @return the probabilities of every token at every step [documents, classes, steps] */
  public INDArray predict(TextBatch batch) {
    return graph().output(Collections.singletonList(TextArchitecture.OUTPUT), false, new INDArray[] {input(batch)},
      new INDArray[] {stepMask(batch)})[0];
  }

  private static INDArray input(TextBatch batch) {
    return FloatMatrices.create(batch.ids(), batch.shape());
  }

  private static INDArray stepMask(TextBatch batch) {
    return FloatMatrices.create(batch.mask(), batch.documents(), batch.steps());
  }

  private ComputationGraph graph() {
    return m_graph.model();
  }
}
