package weka.autoencoder.model;

import java.util.Arrays;
import java.util.Collections;

import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;

import weka.autoencoder.arch.RecurrentArchitecture;
import weka.autoencoder.codec.SequenceCodec;
import weka.autoencoder.train.TrainingHistory;

/**
 * A trained recurrent autoencoder: the graph, the sequence codec fitted with it, whether the decoder emits sequences
 * reversed, and the training history. Arrays are padded sequences [sequences, channels, steps] with an optional
 * [sequences, steps] step mask; all methods that take or return arrays must run inside
 * {@link weka.autoencoder.nd4j.Nd4jBoundary}.
 */
public final class SequenceAutoencoderModel implements Model {

  private static final long serialVersionUID = 1L;

  private final SequenceCodec m_codec;
  private final SerializableModel<ComputationGraph> m_graph;
  private final boolean m_reversed;
  private final TrainingHistory m_history;

  public SequenceAutoencoderModel(SequenceCodec codec, ComputationGraph graph, boolean reversed,
    TrainingHistory history) {
    m_codec = codec;
    m_graph = new SerializableModel<>(graph);
    m_reversed = reversed;
    m_history = history;
  }

  public SequenceCodec codec() {
    return m_codec;
  }

  @Override
  public TrainingHistory history() {
    return m_history;
  }

  /** @return true when the decoder was trained to rebuild sequences back to front */
  public boolean reversed() {
    return m_reversed;
  }

  /** @return true when the network has the linear path beside its LSTMs (and so takes one window length only) */
  public boolean linearPath() {
    return graph().getVertex(RecurrentArchitecture.FLAT_INPUT) != null;
  }

  /** @return the number of code units */
  public int codeSize() {
    return (int) ((FeedForwardLayer) graph().getLayer(RecurrentArchitecture.CODE).conf().getLayer()).getNOut();
  }

  /**
   * @param sequences encoded sequences
   * @param stepMask 1 up to each sequence's end; null when all have the full length
   * @return the codes (sequences x code size)
   */
  public INDArray encode(INDArray sequences, INDArray stepMask) {
    return graph().output(Collections.singletonList(RecurrentArchitecture.CODE), false, new INDArray[] {sequences},
      stepMask == null ? null : new INDArray[] {stepMask})[0];
  }

  /**
   * @param sequences encoded sequences
   * @param stepMask 1 up to each sequence's end; null when all have the full length
   * @param lengths each sequence's length (used to undo a reversed decoder); null when all have the full length
   * @return the rebuilt sequences in their original order, same shape as the input
   */
  public INDArray reconstruct(INDArray sequences, INDArray stepMask, int[] lengths) {
    INDArray output = graph().output(false, new INDArray[] {sequences},
      stepMask == null ? null : new INDArray[] {stepMask})[0];
    return m_reversed ? TimeSteps.reverse(output, lengths) : output;
  }

  /**
   * Codes and reconstructions from one pass through the network, for output that needs both: the encoder runs once
   * instead of twice, as it would for {@link #encode} and then {@link #reconstruct}.
   *
   * @return {the codes, the rebuilt sequences in their original order}
   */
  public INDArray[] encodeAndReconstruct(INDArray sequences, INDArray stepMask, int[] lengths) {
    INDArray[] outputs = graph().output(Arrays.asList(RecurrentArchitecture.CODE, RecurrentArchitecture.OUTPUT),
      false, new INDArray[] {sequences}, stepMask == null ? null : new INDArray[] {stepMask});
    return new INDArray[] {outputs[0], m_reversed ? TimeSteps.reverse(outputs[1], lengths) : outputs[1]};
  }

  private ComputationGraph graph() {
    return m_graph.model();
  }
}
