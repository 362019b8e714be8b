package weka.autoencoder.variant;

import weka.autoencoder.arch.ActivationChoice;
import weka.autoencoder.arch.DenseArchitecture;
import weka.autoencoder.codec.TabularCodec;
import weka.autoencoder.model.TrainedAutoencoder;
import weka.autoencoder.nd4j.ThreadPolicy;
import weka.autoencoder.train.ProgressListener;
import weka.core.Instances;

/** A fully connected autoencoder: hidden layers mirrored around a linear code layer. */
public final class DenseNetwork implements TabularNetwork {

  private static final long serialVersionUID = 1L;

  private final int[] m_hidden;
  private final ActivationChoice m_activation;
  private final int m_codeSize;

  public DenseNetwork(int[] hidden, ActivationChoice activation, int codeSize) {
    m_hidden = hidden.clone();
    m_activation = activation;
    m_codeSize = codeSize;
  }

  /** @return the architecture for rows of {@code width} network columns (for training elsewhere, e.g. on Spark) */
  public DenseArchitecture architecture(int width) {
    return new DenseArchitecture(width, m_hidden, m_codeSize, m_activation);
  }

  @Override
  public TrainedAutoencoder train(Instances data, TabularCodec codec, TrainingPlan plan, ProgressListener progress)
    throws Exception {
    return FeedForwardTraining.train(architecture(codec.width()), data, codec, plan, progress, threadPolicy(plan.threads()));
  }

  /** Dense nets spend their time in matrix products: the threads go to BLAS. */
  @Override
  public ThreadPolicy threadPolicy(int threads) {
    return ThreadPolicy.forRequest(threads);
  }
}
