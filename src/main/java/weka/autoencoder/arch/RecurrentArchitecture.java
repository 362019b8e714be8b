package weka.autoencoder.arch;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.graph.rnn.DuplicateToTimeSeriesVertex;
import org.deeplearning4j.nn.conf.graph.rnn.LastTimeStepVertex;
import org.deeplearning4j.nn.conf.graph.rnn.ReverseTimeSeriesVertex;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Builds the LSTM sequence-to-sequence autoencoder: LSTM encoder layers -> the last time step of each sequence ->
 * a linear dense code -> the code repeated over the sequence's time steps -> LSTM decoder layers (the encoder sizes
 * in reverse) -> a linear output per time step, trained on mean squared error.
 *
 * <p>A computation graph rather than a layer stack, because two vertices need the network input itself: the last
 * step is picked per sequence from the input's step mask (so sequences of different lengths are each summarised at
 * their own end), and the code is repeated for as many steps as the input has, so any length can be encoded and
 * rebuilt, including lengths never seen in training. Arrays are [sequences, channels, steps] (NCW) throughout; the
 * format is set on every layer because the output layer otherwise guesses it wrongly without input types.
 *
 * <p>A bidirectional encoder adds a second LSTM stack that reads each sequence back to front (reversed within its
 * own length, so padding stays at the end) and summarises it at its first step; the code is computed from both
 * summaries, so the first steps no longer have to survive a whole pass through the forward LSTM's memory.
 */
public final class RecurrentArchitecture {

  /** Name of the network input. */
  public static final String INPUT = "sequence";

  /** Name of the code layer, whose activations are the code. */
  public static final String CODE = "code";

  /** Name of the output layer. */
  public static final String OUTPUT = "reconstruction";

  private final int m_channels;
  private final int[] m_units;
  private final int m_codeSize;
  private final boolean m_bidirectional;

  /**
   * @param channels network channels per time step
   * @param units encoder LSTM sizes, outermost first (at least one; the decoder mirrors them)
   * @param codeSize number of code units
   */
  public RecurrentArchitecture(int channels, int[] units, int codeSize) {
    this(channels, units, codeSize, false);
  }

  /**
   * @param channels network channels per time step
   * @param units encoder LSTM sizes, outermost first (at least one; the decoder mirrors them)
   * @param codeSize number of code units
   * @param bidirectional true to read each sequence in both directions before the code
   */
  public RecurrentArchitecture(int channels, int[] units, int codeSize, boolean bidirectional) {
    if (units.length == 0) {
      throw new IllegalArgumentException("The recurrent autoencoder needs at least one LSTM layer in -units.");
    }
    m_channels = channels;
    m_units = units.clone();
    m_codeSize = codeSize;
    m_bidirectional = bidirectional;
  }

  /**
   * @param seed seed of the weight initialisation
   * @param learningRate Adam's learning rate
   * @param weightDecay decoupled weight decay coefficient (0 = none)
   * @return an initialised network
   */
  public ComputationGraph build(long seed, double learningRate, double weightDecay) {
    ComputationGraphConfiguration.GraphBuilder graph = graphBuilder(seed, learningRate, weightDecay, INPUT);
    int in = m_units[0];
    String previous;
    if (m_bidirectional) {
      String forward = encoder(graph, INPUT, INPUT, m_channels, m_units, "");
      graph.addVertex("reversed_input", new ReverseTimeSeriesVertex(INPUT), INPUT);
      String backward = encoder(graph, INPUT, "reversed_input", m_channels, m_units, "backward_");
      previous = codeToDecoder(graph, INPUT, m_units, m_codeSize, 2 * m_units[m_units.length - 1], forward,
        backward);
    } else {
      previous = encoderToDecoder(graph, INPUT, INPUT, m_channels, m_units, m_codeSize);
    }
    graph.addLayer(OUTPUT, new RnnOutputLayer.Builder(LossFunctions.LossFunction.MSE)
      .nIn(in).nOut(m_channels).activation(Activation.IDENTITY).dataFormat(RNNFormat.NCW).build(), previous);
    graph.setOutputs(OUTPUT);
    ComputationGraph network = new ComputationGraph(NetworkSize.require(graph.build(), "-units "
      + NetworkSize.sizes(m_units) + " and -code-size " + m_codeSize + " on " + m_channels + " channels"));
    network.init();
    return network;
  }

  /**
   * @return a graph builder with the optimiser and weight settings every recurrent autoencoder uses, and one input
   */
  static ComputationGraphConfiguration.GraphBuilder graphBuilder(long seed, double learningRate, double weightDecay,
    String input) {
    return new NeuralNetConfiguration.Builder()
      .seed(seed)
      .updater(new Adam(learningRate))
      .weightInit(WeightInit.XAVIER)
      .weightDecay(weightDecay)
      // Recurrent nets can have rare huge gradients; clipping keeps one bad minibatch from wrecking the weights.
      .gradientNormalization(GradientNormalization.ClipElementWiseAbsoluteValue)
      .gradientNormalizationThreshold(1.0)
      .graphBuilder()
      .addInputs(input);
  }

  /**
   * Adds the part every recurrent autoencoder shares: LSTM encoder layers, the state at each sequence's last step
   * (read from the mask of {@code input}), a linear code layer named {@link #CODE}, the code repeated over as many
   * steps as {@code input} has, and LSTM decoder layers (encoder sizes in reverse).
   *
   * @param graph the graph being built
   * @param input the network input whose mask and length the sequence vertices use
   * @param from the vertex the encoder reads
   * @param width the size of each step {@code from} gives
   * @param units encoder LSTM sizes, outermost first
   * @param codeSize number of code units
   * @return the name of the last decoder layer, which has {@code units[0]} outputs per step
   */
  static String encoderToDecoder(ComputationGraphConfiguration.GraphBuilder graph, String input, String from,
    int width, int[] units, int codeSize) {
    String summary = encoder(graph, input, from, width, units, "");
    return codeToDecoder(graph, input, units, codeSize, units[units.length - 1], summary);
  }

  /**
   * Adds LSTM encoder layers reading {@code from} and the state at each sequence's last step.
   *
   * @return the name of the last-step vertex
   */
  private static String encoder(ComputationGraphConfiguration.GraphBuilder graph, String input, String from,
    int width, int[] units, String prefix) {
    String previous = from;
    int in = width;
    for (int i = 0; i < units.length; i++) {
      String name = prefix + "encoder_" + i;
      graph.addLayer(name, lstm(in, units[i]), previous);
      previous = name;
      in = units[i];
    }
    graph.addVertex(prefix + "last_step", new LastTimeStepVertex(input), previous);
    return prefix + "last_step";
  }

  /**
   * Adds the linear code layer (reading the given summaries, merged), the code repeated over the steps of
   * {@code input}, and the decoder LSTM layers.
   *
   * @return the name of the last decoder layer
   */
  static String codeToDecoder(ComputationGraphConfiguration.GraphBuilder graph, String input, int[] units,
    int codeSize, int summaryWidth, String... summaries) {
    graph.addLayer(CODE, new DenseLayer.Builder().nIn(summaryWidth).nOut(codeSize).activation(Activation.IDENTITY)
      .build(), summaries);
    graph.addVertex("repeated_code", new DuplicateToTimeSeriesVertex(input), CODE);
    String previous = "repeated_code";
    int in = codeSize;
    for (int i = units.length - 1; i >= 0; i--) {
      String name = "decoder_" + i;
      graph.addLayer(name, lstm(in, units[i]), previous);
      previous = name;
      in = units[i];
    }
    return previous;
  }

  static LSTM lstm(int in, int out) {
    return new LSTM.Builder().nIn(in).nOut(out).activation(Activation.TANH).dataFormat(RNNFormat.NCW).build();
  }
}
