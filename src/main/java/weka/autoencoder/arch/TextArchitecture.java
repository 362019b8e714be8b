package weka.autoencoder.arch;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.graph.rnn.LastTimeStepVertex;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import weka.autoencoder.codec.Vocabulary;

/**
 * Builds the text autoencoder: token numbers -> a learnt embedding per token -> LSTM encoder layers -> a summary of
 * their states over the document's own steps ({@link DocumentSummary}: the last state, or the mean and/or maximum
 * over every token; the mean by default) -> a linear code -> the code repeated at every step -> LSTM decoder
 * layers (encoder sizes in reverse) -> a softmax over the vocabulary at every step, trained on cross-entropy with the padding
 * masked out. Beside it, a bag-of-words head: a softmax over the vocabulary read from the code alone, trained on
 * the document's word frequencies (with the weight -bag-of-words-weight; 0 leaves it untrained). Having to
 * predict which words a document holds, whatever their order, asks the code for the document's topic, which is
 * what codes are mostly used for; rebuilding the token sequence alone lets the decoder do well on frequent words.
 *
 * <p>The input is [documents, 1, steps] (one channel holding the token's number) so the vertices that need the
 * input (the last step per document from its mask, the repeat over as many steps as the input has) see a time
 * series; arrays are NCW throughout.
 */
public final class TextArchitecture {

  /** Name of the network input. */
  public static final String INPUT = "tokens";

  /** Name of the code layer, whose activations are the code. */
  public static final String CODE = RecurrentArchitecture.CODE;

  /** Name of the output layer. */
  public static final String OUTPUT = "next_token";

  /** Name of the bag-of-words output (the document's word frequencies predicted from the code). */
  public static final String BAG = "bag_of_words";

  private final int m_classes;
  private final int m_embedding;
  private final int[] m_units;
  private final int m_codeSize;
  private final DocumentSummary m_summary;

  /**
   * @param classes number of token numbers (vocabulary, unknown and end tokens)
   * @param embedding size of each token's vector
   * @param units encoder LSTM sizes, outermost first (at least one; the decoder mirrors them)
   * @param codeSize number of code units
   * @param summary how the encoder's states are summed up before the code layer
   */
  public TextArchitecture(int classes, int embedding, int[] units, int codeSize, DocumentSummary summary) {
    if (units.length == 0) {
      throw new IllegalArgumentException("The recurrent autoencoder needs at least one LSTM layer in -units.");
    }
    m_classes = classes;
    m_embedding = embedding;
    m_units = units.clone();
    m_codeSize = codeSize;
    m_summary = summary;
  }

  /**
   * @param seed seed of the weight initialisation
   * @param learningRate Adam's learning rate
   * @param weightDecay decoupled weight decay coefficient (0 = none)
   * @return an initialised network
   */
  public ComputationGraph build(long seed, double learningRate, double weightDecay) {
    ComputationGraphConfiguration.GraphBuilder graph = RecurrentArchitecture.graphBuilder(seed, learningRate,
      weightDecay, INPUT);
    graph.addLayer("embedding", new EmbeddingSequenceLayer.Builder().nIn(m_classes).nOut(m_embedding)
      .outputDataFormat(RNNFormat.NCW).build(), INPUT);
    String states = "embedding";
    int width = m_embedding;
    for (int i = 0; i < m_units.length; i++) {
      graph.addLayer("encoder_" + i, RecurrentArchitecture.lstm(width, m_units[i]), states);
      states = "encoder_" + i;
      width = m_units[i];
    }
    String[] summaries = summarise(graph, states);
    String previous = RecurrentArchitecture.codeToDecoder(graph, INPUT, m_units, m_codeSize,
      summaries.length * width, summaries);
    int in = m_units[0];
    graph.addLayer(OUTPUT, new RnnOutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
      .nIn(in).nOut(m_classes).activation(Activation.SOFTMAX).dataFormat(RNNFormat.NCW).build(), previous);
    graph.addLayer(BAG, new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(m_codeSize).nOut(m_classes)
      .activation(Activation.SOFTMAX).build(), CODE);
    graph.setOutputs(OUTPUT, BAG);
    ComputationGraph network = new ComputationGraph(graph.build());
    network.init();
    return network;
  }

  /**
   * Adds the vertices that sum up the encoder's states per document; each reads only the document's own steps (the
   * last step from the input's mask; the pooling layers get the mask passed along the encoder).
   *
   * @return their names, in the order the code layer reads them
   */
  private String[] summarise(ComputationGraphConfiguration.GraphBuilder graph, String states) {
    switch (m_summary) {
      case LAST:
        graph.addVertex("last_step", new LastTimeStepVertex(INPUT), states);
        return new String[] {"last_step"};
      case MEAN:
        return new String[] {pool(graph, states, PoolingType.AVG, "mean_state")};
      case MAX:
        return new String[] {pool(graph, states, PoolingType.MAX, "max_state")};
      default:
        return new String[] {pool(graph, states, PoolingType.AVG, "mean_state"),
          pool(graph, states, PoolingType.MAX, "max_state")};
    }
  }

  private static String pool(ComputationGraphConfiguration.GraphBuilder graph, String states, PoolingType type,
    String name) {
    graph.addLayer(name, new GlobalPoolingLayer.Builder(type).collapseDimensions(true).build(), states);
    return name;
  }

  /**
   * Starts both softmax outputs at the training tokens' frequencies (their biases = log frequencies), so training
   * spends its steps on what the code adds to them: Adam moves a weight by about one learning rate per step, and
   * with the default 0.001 and a few thousand steps the biases alone would not get from uniform to the frequencies
   * of a thousand words.
   *
   * @param network a network this architecture built
   * @param ids token numbers of the training documents
   * @param weights the same shape: each step's weight, 0 on padding
   */
  public void startAtFrequencies(ComputationGraph network, float[] ids, float[] weights) {
    double[] counts = new double[m_classes];
    for (int i = 0; i < ids.length; i++) {
      counts[(int) ids[i]] += weights[i];
    }
    network.getLayer(OUTPUT).setParam("b", logShares(counts));
    counts[Vocabulary.UNKNOWN] = 0;
    counts[Vocabulary.END] = 0;
    network.getLayer(BAG).setParam("b", logShares(counts));
  }

  private static INDArray logShares(double[] counts) {
    double total = 0;
    for (double c : counts) {
      total += c;
    }
    float[] log = new float[counts.length];
    for (int c = 0; c < counts.length; c++) {
      // half a count for tokens never seen keeps every logarithm finite
      log[c] = (float) Math.log((counts[c] + 0.5) / (total + 0.5 * counts.length));
    }
    return Nd4j.create(log, new long[] {1, counts.length}, 'c');
  }
}
