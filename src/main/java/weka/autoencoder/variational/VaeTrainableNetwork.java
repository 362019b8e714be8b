package weka.autoencoder.variational;

import java.util.Random;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.AdamUpdater;
import org.nd4j.linalg.learning.config.Adam;

import weka.autoencoder.nd4j.FloatMatrices;
import weka.autoencoder.nd4j.ScratchWorkspace;
import weka.autoencoder.train.TrainableNetwork;

/**
 * Trains a {@link VaeNetwork} in the shared training loop: each minibatch costs the negative evidence lower bound
 * per instance, reconstruction negative log-likelihood + beta * KL, with missing entries left out and instance
 * weights honoured, followed by one Adam step. The KL weight can rise from 0 over the first steps (warm-up): without
 * it a Gaussian decoder often settles early for explaining some directions of the data as noise, leaving code units
 * unused. The held-out loss always uses the full KL weight, so early stopping judges the real objective.
 *
 * <p>The loop's rows may carry condition columns after the data columns; they are fed to the network, not
 * reconstructed. The reparameterisation noise comes from a seeded generator, so a training run is reproducible; the
 * held-out loss uses the same noise every epoch, so epochs are compared fairly.
 */
public final class VaeTrainableNetwork implements TrainableNetwork {

  private static final int EVALUATION_CHUNK = 2048;
  private static final long VALIDATION_NOISE_SEED = 0x5DEECE66DL;
  private static final String TRAINING_WORKSPACE = "autoencoders-vae-step";
  private static final String EVALUATION_WORKSPACE = "autoencoders-vae-evaluation";

  private final VaeNetwork m_network;
  private final ReconstructionLikelihood m_likelihood;
  private final double m_klWeight;
  private final int m_warmupSteps;
  private final double m_learningRate;
  private final double m_weightDecay;
  private final Random m_noise;
  private final AdamUpdater m_updater;
  private int m_iteration;

  /**
   * @param network an initialised network
   * @param likelihood the reconstruction distribution (its parameter width is the network's output width)
   * @param klWeight beta: weight of the KL term (1 = the evidence lower bound)
   * @param learningRate Adam's step size
   * @param weightDecay decoupled weight decay of the weight matrices (0 = none)
   * @param seed seed of the reparameterisation noise
   * @param warmupSteps minibatch steps over which the KL weight rises linearly from 0 to {@code klWeight} (0 = none)
   */
  public VaeTrainableNetwork(VaeNetwork network, ReconstructionLikelihood likelihood, double klWeight,
    double learningRate, double weightDecay, long seed, int warmupSteps) {
    m_network = network;
    m_likelihood = likelihood;
    m_klWeight = klWeight;
    m_warmupSteps = warmupSteps;
    m_learningRate = learningRate;
    m_weightDecay = weightDecay;
    m_noise = new Random(seed);
    m_updater = new AdamUpdater(new Adam(learningRate));
    INDArray state = Nd4j.zeros(network.parameters().dataType(), 1, 2 * network.parameters().length());
    m_updater.setStateViewArray(state, network.gradients().shape(), 'c', true);
  }

  @Override
  public double fitBatch(INDArray input, INDArray target, INDArray observed) {
    return ScratchWorkspace.compute(TRAINING_WORKSPACE, () -> {
      double loss = objective(input, target, observed, m_noise, true, currentKlWeight());
      if (!Double.isNaN(loss)) {
        INDArray step = m_network.gradients();
        m_updater.applyUpdater(step, m_iteration++, 0);
        m_network.parameters().subi(step);
        if (m_weightDecay > 0) {
          m_network.scaleWeights(1 - m_learningRate * m_weightDecay);
        }
      }
      return Double.isNaN(loss) && nothingObserved(observed) ? 0 : loss;
    });
  }

  /** A NaN objective means "no observed entry" only when that is so; otherwise training diverged. */
  private static boolean nothingObserved(INDArray observed) {
    return observed != null && observed.sumNumber().doubleValue() == 0;
  }

  @Override
  public double loss(INDArray rows, INDArray observed) {
    return loss(rows, rows, observed);
  }

  /**
   * The objective per instance on held-out rows, with the same noise on every call.
   *
   * @param input network input (possibly corrupted), data columns then condition columns
   * @param target the clean rows
   * @param observed entry weights of the target, 0 for missing (null: all 1)
   * @return the mean negative evidence lower bound (with the KL weight applied) per instance
   */
  public double loss(INDArray input, INDArray target, INDArray observed) {
    Random noise = new Random(VALIDATION_NOISE_SEED);
    double sum = 0;
    double weight = 0;
    long n = input.rows();
    for (long from = 0; from < n; from += EVALUATION_CHUNK) {
      long to = Math.min(n, from + EVALUATION_CHUNK);
      INDArray x = rows(input, from, to);
      INDArray t = rows(target, from, to);
      INDArray m = observed == null ? null : rows(observed, from, to);
      double w = m == null ? to - from : rowWeights(m).sumNumber().doubleValue();
      double value = ScratchWorkspace.compute(EVALUATION_WORKSPACE, () -> objective(x, t, m, noise, false,
        m_klWeight));
      if (!Double.isNaN(value)) {
        sum += value * w;
        weight += w;
      } else if (!nothingObserved(m)) {
        return Double.NaN;
      }
    }
    return weight > 0 ? sum / weight : 0;
  }

  /** @return the objective per instance (NaN when nothing is observed); fills the gradients when training */
  /** @return the KL weight of the next step: rising linearly during the warm-up, then the configured weight */
  private double currentKlWeight() {
    return m_iteration >= m_warmupSteps ? m_klWeight : m_klWeight * (m_iteration + 1) / (m_warmupSteps + 1.0);
  }

  private double objective(INDArray input, INDArray target, INDArray observed, Random noise, boolean train,
    double klWeight) {
    int width = m_network.shape().inputWidth();
    int conditions = m_network.shape().conditionWidth();
    INDArray x = columns(input, 0, width);
    INDArray condition = conditions == 0 ? null : columns(input, width, width + conditions);
    INDArray clean = columns(target, 0, width);
    INDArray mask = observed == null ? null : columns(observed, 0, width);
    long n = input.rows();
    INDArray rowWeights = mask == null ? null : rowWeights(mask);
    double total = rowWeights == null ? n : rowWeights.sumNumber().doubleValue();
    if (!(total > 0)) {
      return Double.NaN;
    }
    VaeNetwork.Pass pass = m_network.forward(x, condition, gaussian(n, m_network.shape().codeSize(), noise,
      input.dataType()));
    INDArray gradient = train ? Nd4j.create(input.dataType(), n, m_network.shape().outputWidth()) : null;
    double reconstruction = m_likelihood.negativeLogLikelihood(clean, pass.output(), mask, gradient)
      .sumNumber().doubleValue();
    INDArray kl = pass.klDivergence();
    double divergence = rowWeights == null ? kl.sumNumber().doubleValue()
      : kl.mul(rowWeights).sumNumber().doubleValue();
    if (train) {
      gradient.divi(total);
      INDArray klScale = (rowWeights == null ? Nd4j.ones(input.dataType(), n, 1) : rowWeights.reshape(n, 1).dup())
        .muli(klWeight / total);
      m_network.backward(pass, gradient, klScale);
    }
    return (reconstruction + klWeight * divergence) / total;
  }

  /** @return the weight of each row: its largest entry weight (0 when nothing in the row is observed) */
  private static INDArray rowWeights(INDArray mask) {
    return mask.max(1);
  }

  /** @return a rows x columns matrix of standard normal draws from {@code random} */
  static INDArray gaussian(long rows, int columns, Random random, DataType type) {
    double[] values = new double[(int) (rows * columns)];
    for (int i = 0; i < values.length; i++) {
      values[i] = random.nextGaussian();
    }
    return Nd4j.create(values, new long[] {rows, columns}, 'c').castTo(type);
  }

  private static INDArray columns(INDArray matrix, int from, int to) {
    return from == 0 && to == matrix.columns() ? matrix
      : matrix.get(NDArrayIndex.all(), NDArrayIndex.interval(from, to));
  }

  private static INDArray rows(INDArray matrix, long from, long to) {
    return matrix.get(NDArrayIndex.interval(from, to), NDArrayIndex.all());
  }

  /** Frees the memory of this thread's step workspaces; call when training is over. */
  public void releaseWorkspaces() {
    ScratchWorkspace.release(TRAINING_WORKSPACE);
    ScratchWorkspace.release(EVALUATION_WORKSPACE);
  }

  @Override
  public boolean parametersFinite() {
    return FloatMatrices.allFinite(m_network.parameters());
  }

  @Override
  public INDArray copyParameters() {
    return m_network.parameters().dup();
  }

  @Override
  public void restoreParameters(INDArray parameters) {
    m_network.setParameters(parameters);
  }
}
