package weka.autoencoder.arch;

import java.util.ArrayList;
import java.util.List;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.graph.ReshapeVertex;
import org.deeplearning4j.nn.conf.graph.rnn.DuplicateToTimeSeriesVertex;
import org.deeplearning4j.nn.conf.graph.rnn.LastTimeStepVertex;
import org.deeplearning4j.nn.conf.graph.rnn.ReverseTimeSeriesVertex;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
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
 *
 * <p>For sequences of one fixed length a linear path runs beside the LSTMs: the whole window, flattened, is a
 * further input of the code layer, and a linear layer from the code rebuilds the whole window, which the output
 * layer reads beside the decoder's LSTM states. Started from principal component analysis (see
 * {@link #startAtPrincipalAxes}), the network begins as the best linear autoencoder of its code size, and the
 * LSTMs are trained to add what a linear map cannot; without the path, an LSTM trained for a few thousand steps
 * rebuilt held-out windows of real series 1.7-3.9 times worse than PCA. It fixes the number of steps, so it is
 * only built for flat windows (ordinary attributes read as time steps), never for relational sequences.
 */
public final class RecurrentArchitecture {

  /** Name of the network input. */
  public static final String INPUT = "sequence";

  /** Name of the code layer, whose activations are the code. */
  public static final String CODE = "code";

  /** Name of the output layer. */
  public static final String OUTPUT = "reconstruction";

  /** Name of the vertex that flattens a fixed-length input for the linear path. */
  public static final String FLAT_INPUT = "flat_window";

  /** System property that, set to false, builds Deeplearning4j's own LSTM layer instead of {@link BatchedLstm}. */
  public static final String BATCHED_LSTM_PROPERTY = "weka.autoencoder.batchedLstm";

  /** Name of the linear path's layer from the code to the flattened window. */
  static final String LINEAR_DECODER = "linear_decoder";

  private final int m_channels;
  private final int[] m_units;
  private final int m_codeSize;
  private final boolean m_bidirectional;
  /** Fixed number of steps of the linear path; 0 = no linear path. */
  private final int m_linearSteps;

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
    this(channels, units, codeSize, bidirectional, 0);
  }

  /**
   * @param channels network channels per time step
   * @param units encoder LSTM sizes, outermost first (at least one; the decoder mirrors them)
   * @param codeSize number of code units
   * @param bidirectional true to read each sequence in both directions before the code
   * @param linearSteps the fixed sequence length of a linear path beside the LSTMs; 0 for no linear path (the
   *        network then takes sequences of any length)
   */
  public RecurrentArchitecture(int channels, int[] units, int codeSize, boolean bidirectional, int linearSteps) {
    if (units.length == 0) {
      throw new IllegalArgumentException("The recurrent autoencoder needs at least one LSTM layer in -units.");
    }
    m_channels = channels;
    m_units = units.clone();
    m_codeSize = codeSize;
    m_bidirectional = bidirectional;
    m_linearSteps = linearSteps;
  }

  /** @return true when the network has the linear path (and so takes sequences of one length only) */
  public boolean linearPath() {
    return m_linearSteps > 0;
  }

  /**
   * @param seed seed of the weight initialisation
   * @param learningRate Adam's learning rate
   * @param weightDecay decoupled weight decay coefficient (0 = none)
   * @return an initialised network
   */
  public ComputationGraph build(long seed, double learningRate, double weightDecay) {
    ComputationGraphConfiguration.GraphBuilder graph = graphBuilder(seed, learningRate, weightDecay, INPUT);
    int last = m_units[m_units.length - 1];
    List<String> summaries = new ArrayList<>();
    summaries.add(encoder(graph, INPUT, INPUT, m_channels, m_units, ""));
    if (m_bidirectional) {
      graph.addVertex("reversed_input", new ReverseTimeSeriesVertex(INPUT), INPUT);
      summaries.add(encoder(graph, INPUT, "reversed_input", m_channels, m_units, "backward_"));
    }
    int summaryWidth = summaries.size() * last;
    int window = m_channels * m_linearSteps;
    if (linearPath()) {
      graph.addVertex(FLAT_INPUT, new ReshapeVertex('c', new int[] {-1, window}, null), INPUT);
      summaries.add(FLAT_INPUT);
      summaryWidth += window;
    }
    String decoded = codeToDecoder(graph, INPUT, m_units, m_codeSize, summaryWidth, summaries.toArray(new String[0]));
    int in = m_units[0];
    String[] outputInputs = {decoded};
    if (linearPath()) {
      graph.addLayer(LINEAR_DECODER, new DenseLayer.Builder().nIn(m_codeSize).nOut(window)
        .activation(Activation.IDENTITY).build(), CODE);
      graph.addVertex("linear_reconstruction", new ReshapeVertex('c', new int[] {-1, m_channels, m_linearSteps},
        null), LINEAR_DECODER);
      outputInputs = new String[] {decoded, "linear_reconstruction"};
      in += m_channels;
    }
    graph.addLayer(OUTPUT, new RnnOutputLayer.Builder(LossFunctions.LossFunction.MSE)
      .nIn(in).nOut(m_channels).activation(Activation.IDENTITY).dataFormat(RNNFormat.NCW).build(), outputInputs);
    graph.setOutputs(OUTPUT);
    ComputationGraph network = new ComputationGraph(NetworkSize.require(graph.build(), "-units "
      + NetworkSize.sizes(m_units) + " and -code-size " + m_codeSize + " on " + m_channels + " channels"));
    network.init();
    return network;
  }

  /**
   * Sets the linear path to principal component analysis and silences the LSTMs' contributions (their weights into
   * the code and into the output are set to 0), so the untrained network rebuilds every window exactly as PCA
   * would; training then moves all weights from there. The LSTM layers keep their random start, so their
   * gradients are not zero once the first steps have moved those junction weights.
   *
   * @param network a network this architecture built with a linear path
   * @param axes the mean and principal axes of the flattened training windows (as the network sees them); as many
   *        axes as code units
   * @param reversed true when the decoder is trained to emit each window back to front
   */
  public void startAtPrincipalAxes(ComputationGraph network, PrincipalAxes axes, boolean reversed) {
    int window = m_channels * m_linearSteps;
    if (!linearPath() || axes.width() != window || axes.size() != m_codeSize) {
      throw new IllegalArgumentException("Principal axes of " + axes.width() + " values x " + axes.size()
        + " do not fit the linear path of " + window + " values x " + m_codeSize + ".");
    }
    double[] mean = axes.mean();
    double[][] v = axes.axes();
    long summaryWidth = network.getLayer(CODE).getParam("W").size(0) - window;
    double[][] encoder = new double[(int) summaryWidth + window][m_codeSize];
    double[] codeBias = new double[m_codeSize];
    for (int j = 0; j < m_codeSize; j++) {
      for (int x = 0; x < window; x++) {
        encoder[(int) summaryWidth + x][j] = v[x][j];
        codeBias[j] -= mean[x] * v[x][j];
      }
    }
    double[][] decoder = new double[m_codeSize][window];
    double[] decoderBias = new double[window];
    for (int x = 0; x < window; x++) {
      // the output position x = channel * steps + t rebuilds input step t, or step (steps - 1 - t) when reversed
      int t = x % m_linearSteps;
      int source = reversed ? x - t + (m_linearSteps - 1 - t) : x;
      decoderBias[x] = mean[source];
      for (int j = 0; j < m_codeSize; j++) {
        decoder[j][x] = v[source][j];
      }
    }
    double[][] output = new double[m_units[0] + m_channels][m_channels];
    for (int c = 0; c < m_channels; c++) {
      output[m_units[0] + c][c] = 1;
    }
    set(network, CODE, "W", encoder);
    set(network, CODE, "b", new double[][] {codeBias});
    set(network, LINEAR_DECODER, "W", decoder);
    set(network, LINEAR_DECODER, "b", new double[][] {decoderBias});
    set(network, OUTPUT, "W", output);
    set(network, OUTPUT, "b", new double[1][m_channels]);
  }

  private static void set(ComputationGraph network, String layer, String param, double[][] values) {
    INDArray current = network.getLayer(layer).getParam(param);
    current.assign(Nd4j.createFromArray(values).castTo(current.dataType()).reshape(current.shape()));
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

  /**
   * @return the package's {@link BatchedLstm} (2x faster to train than Deeplearning4j's layer, measured in
   *         bench/run-fused-ops.sh), or with {@code -Dweka.autoencoder.batchedLstm=false} Deeplearning4j's own layer,
   *         the same cell with the same start
   */
  static Layer lstm(int in, int out) {
    if (Boolean.parseBoolean(System.getProperty(BATCHED_LSTM_PROPERTY, "true"))) {
      return new BatchedLstm(in, out);
    }
    return new LSTM.Builder().nIn(in).nOut(out).activation(Activation.TANH).dataFormat(RNNFormat.NCW).build();
  }
}
