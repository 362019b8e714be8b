package weka.autoencoder.variant;

import weka.autoencoder.arch.ActivationChoice;
import weka.autoencoder.arch.ConvolutionalArchitecture;
import weka.autoencoder.arch.Downsampling;
import weka.autoencoder.arch.ImageShape;
import weka.autoencoder.arch.Upsampling;
import weka.autoencoder.codec.TabularCodec;
import weka.autoencoder.log.UserLog;
import weka.autoencoder.model.TrainedAutoencoder;
import weka.autoencoder.nd4j.ThreadPolicy;
import weka.autoencoder.train.ProgressListener;
import weka.core.Instances;

/** Convolution blocks, each halving the image, around a dense code layer, and mirrored blocks to rebuild it. */
public final class ConvolutionalNetwork implements TabularNetwork {

  private static final long serialVersionUID = 1L;

  private final ImageShape m_shape;
  private final int[] m_filters;
  private final int m_kernelSize;
  private final Downsampling m_downsampling;
  private final Upsampling m_upsampling;
  private final int m_codeSize;
  private final ActivationChoice m_activation;
  private final String m_name;

  /** @param name the filter's name, for the line that describes the network */
  public ConvolutionalNetwork(ImageShape shape, int[] filters, int kernelSize, Downsampling downsampling,
    Upsampling upsampling, int codeSize, ActivationChoice activation, String name) {
    m_shape = shape;
    m_filters = filters.clone();
    m_kernelSize = kernelSize;
    m_downsampling = downsampling;
    m_upsampling = upsampling;
    m_codeSize = codeSize;
    m_activation = activation;
    m_name = name;
    architecture();
  }

  /** @throws IllegalArgumentException naming the option when the blocks do not fit the image */
  private ConvolutionalArchitecture architecture() {
    return new ConvolutionalArchitecture(m_shape, m_filters, m_kernelSize, m_downsampling, m_upsampling, m_codeSize,
      m_activation);
  }

  @Override
  public TrainedAutoencoder train(Instances data, TabularCodec codec, TrainingPlan plan, ProgressListener progress)
    throws Exception {
    ConvolutionalArchitecture architecture = architecture();
    UserLog.info(m_name + ": network " + architecture.describe());
    return FeedForwardTraining.train(architecture, data, codec, plan, progress, threadPolicy(plan.threads()));
  }

  /** Convolutions run in ND4J's OpenMP kernels, not in BLAS: the threads go there. */
  @Override
  public ThreadPolicy threadPolicy(int threads) {
    return ThreadPolicy.forConvolutions(threads);
  }
}
