package weka.autoencoder.variational;

import java.util.Arrays;
import java.util.Random;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

import weka.autoencoder.arch.ActivationChoice;
import weka.autoencoder.codec.TabularCodec;
import weka.autoencoder.model.DamagedModel;
import weka.autoencoder.model.TrainedAutoencoder;
import weka.autoencoder.nd4j.FloatMatrices;
import weka.autoencoder.train.TrainingHistory;

/**
 * A trained variational autoencoder: the codec, the reconstruction likelihood, the network's shape and parameters,
 * the optional class condition and the training history.
 *
 * <p>The parameters are kept as a plain float array, so the model is written and read by ordinary Java
 * serialization without touching ND4J (no class-loader concerns when Weka deserialises it); the live network is
 * rebuilt on first use. Array methods must run inside {@link weka.autoencoder.nd4j.Nd4jBoundary}.
 */
public final class VariationalModel implements TrainedAutoencoder {

  private static final long serialVersionUID = 1L;

  private final TabularCodec m_codec;
  private final ReconstructionLikelihood m_likelihood;
  private final VaeShape m_shape;
  private final ActivationChoice m_activation;
  private final float[] m_parameters;
  private final ClassCondition m_condition;
  private final CodeOutput m_codeOutput;
  private final long m_seed;
  private final TrainingHistory m_history;
  private transient VaeNetwork m_network;

  /** Reads the fields; a cut-short or corrupted stream gets {@link DamagedModel}'s message. */
  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    try {
      in.defaultReadObject();
    } catch (java.io.ObjectStreamException | java.io.EOFException | RuntimeException e) {
      throw DamagedModel.because(e);
    }
  }

  /**
   * @param codec the codec fitted on the training data
   * @param likelihood the reconstruction distribution
   * @param network the trained network (its parameters are copied)
   * @param activation the network's hidden activation
   * @param condition the class condition, or null for an unconditional model
   * @param codeOutput what {@link #encode(INDArray)} returns
   * @param seed seed of sampled codes
   * @param history the training history
   */
  public VariationalModel(TabularCodec codec, ReconstructionLikelihood likelihood, VaeNetwork network,
    ActivationChoice activation, ClassCondition condition, CodeOutput codeOutput, long seed,
    TrainingHistory history) {
    m_codec = codec;
    m_likelihood = likelihood;
    m_shape = network.shape();
    m_activation = activation;
    m_parameters = network.parameters().castTo(DataType.FLOAT).toFloatVector();
    m_condition = condition;
    m_codeOutput = codeOutput;
    m_seed = seed;
    m_history = history;
    m_network = network;
  }

  @Override
  public TabularCodec codec() {
    return m_codec;
  }

  @Override
  public TrainingHistory history() {
    return m_history;
  }

  public ReconstructionLikelihood likelihood() {
    return m_likelihood;
  }

  public VaeShape shape() {
    return m_shape;
  }

  /** @return the class condition, or null for an unconditional model */
  public ClassCondition condition() {
    return m_condition;
  }

  private synchronized VaeNetwork network() {
    if (m_network == null) {
      VaeNetwork network = new VaeNetwork(m_shape, m_activation, DataType.FLOAT);
      network.setParameters(Nd4j.createFromArray(m_parameters));
      m_network = network;
    }
    return m_network;
  }

  private void requireUnconditional() {
    if (m_condition != null) {
      throw new IllegalStateException("This model is class-conditional: it generates rows, it does not encode them.");
    }
  }

  /**
   * @return per row the posterior mean, one posterior draw, or the mean followed by the variance, as chosen by the
   *         code output setting
   */
  @Override
  public INDArray encode(INDArray rows) {
    requireUnconditional();
    INDArray[] posterior = network().encode(rows, null);
    switch (m_codeOutput) {
      case SAMPLE:
        return posterior[0].add(Transforms.exp(posterior[1].mul(0.5), false).muli(rowSeededNoise(rows)));
      case MEAN_AND_VARIANCE:
        return Nd4j.hstack(posterior[0], Transforms.exp(posterior[1], false));
      default:
        return posterior[0];
    }
  }

  /**
   * Noise drawn per row from the seed and the row's values, so a row gets the same code whichever batch it comes
   * in and whether it is filtered alone or with others.
   */
  private INDArray rowSeededNoise(INDArray rows) {
    float[][] values = FloatMatrices.rows(rows);
    double[] noise = new double[values.length * m_shape.codeSize()];
    for (int r = 0; r < values.length; r++) {
      Random random = new Random(m_seed * 1_000_003L + Arrays.hashCode(values[r]));
      for (int j = 0; j < m_shape.codeSize(); j++) {
        noise[r * m_shape.codeSize() + j] = random.nextGaussian();
      }
    }
    return Nd4j.create(noise, new long[] {values.length, m_shape.codeSize()}, 'c').castTo(rows.dataType());
  }

  /** @return the mean of p(x|z) at the posterior mean: rows rebuilt in the codec's layout */
  @Override
  public INDArray reconstruct(INDArray rows) {
    requireUnconditional();
    return m_likelihood.mean(network().decode(network().encode(rows, null)[0], null));
  }

  /**
   * @return -log p(x|z) at the posterior mean z, summed over the observed attributes (nats): how improbable the
   *         instance is under the model's reconstruction distribution
   */
  @Override
  public double[] reconstructionError(INDArray rows, INDArray reconstruction, INDArray observed) {
    requireUnconditional();
    INDArray out = network().decode(network().encode(rows, null)[0], null);
    return m_likelihood.negativeLogLikelihood(rows, out, observed, null).toDoubleVector();
  }

  /**
   * A one-sample estimate of the negative evidence lower bound of every row: -log p(x|z) for z drawn from q(z|x),
   * plus KL(q(z|x) || N(0, I)).
   *
   * @param rows encoded rows
   * @param condition condition rows (n x labels), null for an unconditional model
   * @param random source of the noise
   * @return per-row negative ELBO in nats
   */
  public double[] negativeElbo(INDArray rows, INDArray condition, Random random) {
    VaeNetwork.Pass pass = network().forward(rows, condition,
      VaeTrainableNetwork.gaussian(rows.rows(), m_shape.codeSize(), random, rows.dataType()));
    return m_likelihood.negativeLogLikelihood(rows, pass.output(), null, null).addi(pass.klDivergence())
      .toDoubleVector();
  }

  /**
   * Generates rows: codes from N(0, temperature^2 I), decoded and drawn from p(x|z).
   *
   * @param labels the class label index of each row to generate (conditional model), or null and {@code count}
   * @param count number of rows when unconditional
   * @param temperature spread of the prior (1 = as trained)
   * @param random source of all draws
   * @return rows in the codec's layout
   */
  public float[][] generate(int[] labels, int count, double temperature, Random random) {
    int n = labels == null ? count : labels.length;
    INDArray codes = VaeTrainableNetwork.gaussian(n, m_shape.codeSize(), random, DataType.FLOAT)
      .muli(temperature);
    INDArray condition = null;
    if (m_condition != null) {
      float[] oneHot = new float[n * m_condition.width()];
      for (int r = 0; r < n; r++) {
        m_condition.write(oneHot, r * m_condition.width(), labels[r]);
      }
      condition = FloatMatrices.create(oneHot, n, m_condition.width());
    }
    return m_likelihood.sample(network().decode(codes, condition), random);
  }
}
