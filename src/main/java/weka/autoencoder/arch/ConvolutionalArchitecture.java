package weka.autoencoder.arch;

import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Deconvolution2D;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.Upsampling2D;
import org.deeplearning4j.nn.conf.layers.convolutional.Cropping2D;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Builds the convolutional autoencoder: encoder blocks that each halve the image, a dense linear code, a dense layer
 * back to the smallest feature map, and decoder blocks that mirror the encoder and double the image again.
 *
 * <p>For filters {@code f1,...,fn} on a {@code w x h x c} image the network is
 * <pre>
 *   c@h x w -> f1@h/2 x w/2 -> ... -> fn@h/2^n x w/2^n -> code (dense, linear)
 *           -> fn@h/2^n x w/2^n -> f(n-1)@... -> ... -> f1@h/2 x w/2 -> c@h x w
 * </pre>
 * Halving rounds up (Deeplearning4j's "same" mode), so a side that is not a multiple of 2^n comes back a little
 * larger and is cropped. The network takes and returns flat rows, channels first (NCHW): the same rows x columns
 * matrices as the dense autoencoder, so the shared training loop, model and error code apply unchanged.
 * The last decoder layer applies a sigmoid, since the network's pixels are scaled to [0,1].
 */
public final class ConvolutionalArchitecture implements NetworkArchitecture {

  /** Largest accepted filter count per block. */
  public static final int MAX_FILTERS = 1024;

  /** Largest accepted kernel size. */
  public static final int MAX_KERNEL = 15;

  private final ImageShape m_shape;
  private final int[] m_filters;
  private final int m_kernel;
  private final Downsampling m_downsampling;
  private final Upsampling m_upsampling;
  private final int m_codeSize;
  private final ActivationChoice m_activation;
  private final int[] m_heights;
  private final int[] m_widths;

  /**
   * @param shape the image geometry
   * @param filters filter counts of the encoder blocks, input side first; each block halves the image
   * @param kernelSize side of the square convolution kernels (odd)
   * @param downsampling how the encoder halves
   * @param upsampling how the decoder doubles
   * @param codeSize units of the dense code
   * @param activation activation of every hidden layer
   * @throws IllegalArgumentException naming the option when the image is too small for that many blocks, or a
   *         size is out of range
   */
  public ConvolutionalArchitecture(ImageShape shape, int[] filters, int kernelSize, Downsampling downsampling,
    Upsampling upsampling, int codeSize, ActivationChoice activation) {
    checkFilters(filters);
    checkKernel(kernelSize);
    int smaller = Math.min(shape.width(), shape.height());
    if ((1L << filters.length) > smaller) {
      int most = 31 - Integer.numberOfLeadingZeros(smaller);
      throw new IllegalArgumentException("-filters " + LayerSizes.format(filters) + " gives " + filters.length
        + " encoder blocks, each halving the image, but a " + shape.width() + "x" + shape.height() + " image can be "
        + "halved only " + most + " time(s) (2^blocks may not exceed the smaller side, " + smaller + "): give at "
        + "most " + most + " filter count(s).");
    }
    m_shape = shape;
    m_filters = filters.clone();
    m_kernel = kernelSize;
    m_downsampling = downsampling;
    m_upsampling = upsampling;
    m_codeSize = codeSize;
    m_activation = activation;
    m_heights = new int[filters.length + 1];
    m_widths = new int[filters.length + 1];
    m_heights[0] = shape.height();
    m_widths[0] = shape.width();
    for (int i = 1; i <= filters.length; i++) {
      m_heights[i] = (m_heights[i - 1] + 1) / 2;
      m_widths[i] = (m_widths[i - 1] + 1) / 2;
    }
  }

  /** @throws IllegalArgumentException unless there is at least one block and every count is in range */
  public static void checkFilters(int[] filters) {
    if (filters.length == 0) {
      throw new IllegalArgumentException("-filters needs at least one filter count, e.g. 32,64.");
    }
    for (int f : filters) {
      if (f < 1 || f > MAX_FILTERS) {
        throw new IllegalArgumentException("-filters: each filter count must be between 1 and " + MAX_FILTERS
          + ", got " + LayerSizes.format(filters) + ".");
      }
    }
  }

  /** @throws IllegalArgumentException unless the kernel size is odd and in range */
  public static void checkKernel(int kernelSize) {
    if (kernelSize < 1 || kernelSize > MAX_KERNEL || kernelSize % 2 == 0) {
      throw new IllegalArgumentException("-kernel-size must be an odd number from 1 to " + MAX_KERNEL
        + " (e.g. 3 or 5), got " + kernelSize + ".");
    }
  }

  public ImageShape shape() {
    return m_shape;
  }

  /** @return index of the dense code layer in the built network */
  @Override
  public int codeLayerIndex() {
    return m_filters.length * layersPerBlock();
  }

  private int layersPerBlock() {
    return m_downsampling == Downsampling.POOL ? 2 : 1;
  }

  /** @return the layer sizes for a log line, e.g. "28x28x1 -> 14x14x32 -> 7x7x64 -> code 30 -> ... -> 28x28x1" */
  public String describe() {
    StringBuilder b = new StringBuilder(m_shape.width() + "x" + m_shape.height() + "x" + m_shape.channels());
    for (int i = 0; i < m_filters.length; i++) {
      b.append(" -> ").append(m_widths[i + 1]).append('x').append(m_heights[i + 1]).append('x').append(m_filters[i]);
    }
    b.append(" -> code ").append(m_codeSize);
    int n = m_filters.length;
    b.append(" -> ").append(m_widths[n]).append('x').append(m_heights[n]).append('x').append(m_filters[n - 1]);
    for (int i = n - 1; i >= 0; i--) {
      int side = 1 << (n - i);
      b.append(" -> ").append(m_widths[n] * side).append('x').append(m_heights[n] * side).append('x')
        .append(i > 0 ? m_filters[i - 1] : m_shape.channels());
    }
    if (m_widths[n] << n != m_shape.width() || m_heights[n] << n != m_shape.height()) {
      b.append(" -> cropped to ").append(m_shape.width()).append('x').append(m_shape.height()).append('x')
        .append(m_shape.channels());
    }
    return b.toString();
  }

  /**
   * @param seed seed of the weight initialisation
   * @param learningRate Adam's learning rate
   * @param weightDecay decoupled weight decay coefficient (0 = none)
   * @return an initialised network taking and returning flat channels-first rows of {@code shape().size()} values
   */
  @Override
  public MultiLayerNetwork build(long seed, double learningRate, double weightDecay) {
    NeuralNetConfiguration.ListBuilder layers = new NeuralNetConfiguration.Builder()
      .seed(seed)
      .updater(new Adam(learningRate))
      .weightInit(m_activation == ActivationChoice.RELU || m_activation == ActivationChoice.LEAKYRELU
        ? WeightInit.RELU : WeightInit.XAVIER)
      .weightDecay(weightDecay)
      .convolutionMode(ConvolutionMode.Same)
      .list();
    Activation hidden = m_activation.dl4j();
    int index = 0;
    for (int f : m_filters) {
      if (m_downsampling == Downsampling.STRIDE) {
        layers.layer(index++, convolution(f, 2, hidden));
      } else {
        layers.layer(index++, convolution(f, 1, hidden));
        layers.layer(index++, new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX, new int[] {2, 2},
          new int[] {2, 2}).build());
      }
    }
    int n = m_filters.length;
    layers.layer(index++, new DenseLayer.Builder().nOut(m_codeSize).activation(Activation.IDENTITY).build());
    layers.layer(index++, new DenseLayer.Builder().nOut((long) m_filters[n - 1] * m_heights[n] * m_widths[n])
      .activation(hidden).build());
    layers.inputPreProcessor(index, new FeedForwardToCnnPreProcessor(m_heights[n], m_widths[n], m_filters[n - 1]));
    for (int i = n - 1; i >= 0; i--) {
      boolean last = i == 0;
      int out = last ? m_shape.channels() : m_filters[i - 1];
      Activation activation = last ? Activation.SIGMOID : hidden;
      if (m_upsampling == Upsampling.TRANSPOSED) {
        layers.layer(index++, new Deconvolution2D.Builder(m_kernel, m_kernel).stride(2, 2).nOut(out)
          .activation(activation).build());
      } else {
        layers.layer(index++, new Upsampling2D.Builder(2).build());
        layers.layer(index++, convolution(out, 1, activation));
      }
    }
    int extraHeight = (m_heights[n] << n) - m_shape.height();
    int extraWidth = (m_widths[n] << n) - m_shape.width();
    if (extraHeight > 0 || extraWidth > 0) {
      layers.layer(index++, new Cropping2D(extraHeight / 2, extraHeight - extraHeight / 2, extraWidth / 2,
        extraWidth - extraWidth / 2));
    }
    // The sigmoid sits in the last decoder layer, not in the loss layer: Deeplearning4j 1.0.0-M2.1's LossLayer
    // overwrites its input with the gradient when its activation has a derivative, so it would report a wrong loss.
    layers.layer(index, new LossLayer.Builder(LossFunctions.LossFunction.MSE).activation(Activation.IDENTITY).build());
    layers.setInputType(InputType.convolutionalFlat(m_shape.height(), m_shape.width(), m_shape.channels()));
    MultiLayerNetwork network = new MultiLayerNetwork(NetworkSize.require(layers.build(), "-filters " + NetworkSize.sizes(m_filters) + " and "
      + "-code-size " + m_codeSize + " on " + m_shape.width() + " x " + m_shape.height() + " x " + m_shape.channels()
      + " images"));
    network.init();
    return network;
  }

  private ConvolutionLayer convolution(int filters, int stride, Activation activation) {
    return new ConvolutionLayer.Builder(m_kernel, m_kernel).stride(stride, stride).nOut(filters)
      .activation(activation).build();
  }
}
