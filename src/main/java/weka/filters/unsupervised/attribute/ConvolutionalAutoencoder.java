package weka.filters.unsupervised.attribute;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Vector;

import javax.swing.JFileChooser;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

import weka.autoencoder.arch.ActivationChoice;
import weka.autoencoder.arch.ConvolutionalArchitecture;
import weka.autoencoder.arch.Downsampling;
import weka.autoencoder.arch.ImageShape;
import weka.autoencoder.arch.LayerSizes;
import weka.autoencoder.arch.Upsampling;
import weka.autoencoder.codec.EncodedBatch;
import weka.autoencoder.codec.ImageFileData;
import weka.autoencoder.codec.PixelRange;
import weka.autoencoder.codec.TabularCodec;
import weka.autoencoder.filter.AutoencoderFilter;
import weka.autoencoder.filter.OutputMode;
import weka.autoencoder.model.AutoencoderModel;
import weka.autoencoder.model.DenseTrainableNetwork;
import weka.autoencoder.nd4j.FloatMatrices;
import weka.autoencoder.nd4j.Nd4jBoundary;
import weka.autoencoder.nd4j.ThreadPolicy;
import weka.autoencoder.options.OptionValues;
import weka.autoencoder.train.TrainingHistory;
import weka.core.Attribute;
import weka.core.Capabilities;
import weka.core.Capabilities.Capability;
import weka.core.Instances;
import weka.core.Option;
import weka.core.RevisionUtils;
import weka.core.SelectedTag;
import weka.core.Tag;
import weka.core.UnsupportedAttributeTypeException;
import weka.core.Utils;
import weka.core.logging.Logger;
import weka.gui.FilePropertyMetadata;
import weka.gui.ProgrammaticProperty;

/**
 * <!-- globalinfo-start --> A convolutional autoencoder on Deeplearning4j for images held as pixel attributes (or
 * read from image files named by a string attribute): convolution blocks squeeze each image into a few code units
 * and mirrored blocks rebuild it. Use the code as image features, or the reconstruction as a compression round trip
 * or for anomaly scores. <!-- globalinfo-end -->
 */
public class ConvolutionalAutoencoder extends AutoencoderFilter {

  private static final long serialVersionUID = 1L;

  private static final String DEFAULT_FILTERS = "16,32";

  private static final Tag[] ACTIVATION_TAGS = tags("relu", "leakyrelu", "elu", "tanh", "sigmoid");
  private static final Tag[] DOWNSAMPLING_TAGS = tags("stride", "pool");
  private static final Tag[] UPSAMPLING_TAGS = tags("transposed", "nearest");
  private static final Tag[] PIXEL_RANGE_TAGS = tags("auto", "0-1", "0-255");

  private int m_width = 28;
  private int m_height = 28;
  private int m_channels = 1;
  private boolean m_channelsFirst;
  private int[] m_filters = LayerSizes.parse(DEFAULT_FILTERS);
  private int m_kernelSize = 3;
  private Downsampling m_downsampling = Downsampling.STRIDE;
  private Upsampling m_upsampling = Upsampling.TRANSPOSED;
  private ActivationChoice m_activation = ActivationChoice.RELU;
  private PixelRange m_pixelRange = PixelRange.AUTO;
  private File m_imageDirectory = new File("");

  /** Set by determineOutputFormat when the images come from files; null when pixels are attributes. */
  private ImageFileData m_files;

  public String globalInfo() {
    return "A convolutional autoencoder for images: convolution blocks, each halving the image, squeeze every image "
      + "into a few code units (a dense layer), and mirrored blocks rebuild the image from them. Trained on the "
      + "reconstruction error of the first batch of data; later batches (the test set in batch mode, a "
      + "FilteredClassifier's test instances) are filtered with the same network.\n\n"
      + "Images as attributes: every attribute except the class is one pixel value, width x height x channels of "
      + "them, row by row from the top-left pixel (row-major, as in the MNIST sample's pixel_<row>_<col>). With "
      + "several channels, the channels of one pixel are next to each other (channels last: red, green, blue of "
      + "pixel 0, then of pixel 1, ...) unless channelsFirst is set (all red values, then all green, then all blue). "
      + "Pixels may be in [0,1] or [0,255] (see pixelRange); reconstructions come back in the same units.\n\n"
      + "Images as files: set imageDirectory and give the data one string attribute holding each instance's image "
      + "file name (PNG or JPEG, relative to that directory or absolute). Images are scaled to width x height and "
      + "read as grey (channels = 1) or RGB (channels = 3) values from 0 to 255. The output keeps every other "
      + "attribute and drops the file name; with output = reconstruction the rebuilt pixels come first, named "
      + "pixel_<row>_<col> (grey) or pixel_<row>_<col>_<channel> (channel 0 red, 1 green, 2 blue).\n\n"
      + "Uses: output = code gives image features for a classifier or a clusterer (class kept, never used for "
      + "training); output = reconstruction gives the images rebuilt through the code; errorAttribute appends the "
      + "per-image reconstruction error, an anomaly score. Missing pixel values are filled in by the "
      + "reconstruction. Training shows one progress line per epoch on the console and in Weka's log.";
  }

  /** @return true when the images are read from files */
  private boolean readsFiles() {
    return !m_imageDirectory.getPath().isEmpty();
  }

  private ImageShape shape() {
    return new ImageShape(m_width, m_height, m_channels, m_channelsFirst);
  }

  private ConvolutionalArchitecture architecture() {
    return new ConvolutionalArchitecture(shape(), m_filters, m_kernelSize, m_downsampling, m_upsampling,
      getCodeSize(), m_activation);
  }

  @Override
  protected int defaultCodeSize() {
    return 32;
  }

  // ---------------------------------------------------------------- filter life cycle

  @Override
  public Capabilities getCapabilities() {
    Capabilities result = super.getCapabilities();
    if (readsFiles()) {
      result.enable(Capability.STRING_ATTRIBUTES);
    }
    return result;
  }

  /** Checks the image geometry against the attributes before anything is trained. */
  @Override
  protected void testInputFormat(Instances instanceInfo) throws Exception {
    try {
      architecture();
      if (readsFiles()) {
        new ImageFileData(instanceInfo, shape(), m_imageDirectory);
      } else {
        checkPixelAttributes(instanceInfo);
      }
    } catch (IllegalArgumentException e) {
      throw new UnsupportedAttributeTypeException(getClass().getSimpleName() + ": " + e.getMessage());
    }
    if (readsFiles()) {
      getCapabilities(instanceInfo).testWithFail(instanceInfo);
    } else {
      super.testInputFormat(instanceInfo);
    }
  }

  private void checkPixelAttributes(Instances header) {
    int pixels = 0;
    for (int a = 0; a < header.numAttributes(); a++) {
      if (a == header.classIndex()) {
        continue;
      }
      Attribute attribute = header.attribute(a);
      if (attribute.isString()) {
        throw new IllegalArgumentException("Attribute '" + attribute.name() + "' (attribute " + (a + 1) + ") is a "
          + "string attribute. To read images from the files it names, set -image-directory to the folder that "
          + "holds them; otherwise remove it: every attribute but the class must be a numeric pixel value.");
      }
      if (attribute.type() != Attribute.NUMERIC) {
        throw new IllegalArgumentException("Attribute '" + attribute.name() + "' (attribute " + (a + 1) + ") is "
          + Attribute.typeToString(attribute) + ": every attribute but the class must be a numeric pixel value. "
          + "Remove it (Remove) or make it the class.");
      }
      pixels++;
    }
    ImageShape shape = shape();
    if (pixels != shape.size()) {
      throw new IllegalArgumentException("-width " + m_width + " x -height " + m_height + " x -channels "
        + m_channels + " = " + shape.size() + " pixel values per image, but the data has " + pixels
        + " numeric attributes besides the class. Set width, height and channels to the image size, or remove "
        + "the attributes that are not pixels.");
    }
  }

  @Override
  protected Instances determineOutputFormat(Instances inputFormat) throws Exception {
    if (!readsFiles()) {
      m_files = null;
      return super.determineOutputFormat(inputFormat);
    }
    m_files = new ImageFileData(inputFormat, shape(), m_imageDirectory);
    List<Attribute> representation = new ArrayList<>();
    if (outputMode() == OutputMode.CODE) {
      for (int i = 0; i < getCodeSize(); i++) {
        representation.add(new Attribute("code_" + i));
      }
    } else {
      representation.addAll(m_files.pixelAttributes());
    }
    String relation = outputMode() == OutputMode.CODE ? inputFormat.relationName() + "_autoencoder_code"
      : inputFormat.relationName();
    return m_files.outputFormat(inputFormat, representation, getErrorAttribute() ? ERROR_ATTRIBUTE : null,
      relation);
  }

  /** Convolutions run in ND4J's OpenMP kernels, not in BLAS: the threads go there. */
  @Override
  protected ThreadPolicy threadPolicy() {
    return ThreadPolicy.forConvolutions(getThreads());
  }

  @Override
  protected Instances process(Instances instances) throws Exception {
    if (m_files == null) {
      return super.process(instances);
    }
    Instances pixels = m_files.readPixels(instances);
    if (!isFirstBatchDone()) {
      m_model = trainModel(pixels, fitCodec(pixels));
    }
    Instances network = applyModel(pixels, super.determineOutputFormat(pixels));
    int representation = outputMode() == OutputMode.CODE ? getCodeSize() : pixels.numAttributes();
    return m_files.merge(network, representation, instances, getOutputFormat());
  }

  /** Pixels are divided by one factor (1 or 255) and fed to the network channels first. */
  @Override
  protected TabularCodec fitCodec(Instances data) throws Exception {
    int[] pixelAttributes = new int[data.numAttributes() - (data.classIndex() >= 0 ? 1 : 0)];
    for (int a = 0, k = 0; a < data.numAttributes(); a++) {
      if (a != data.classIndex()) {
        pixelAttributes[k++] = a;
      }
    }
    int[] order = shape().networkOrder();
    int[] columns = new int[order.length];
    for (int k = 0; k < order.length; k++) {
      columns[k] = pixelAttributes[order[k]];
    }
    double scale = m_files != null ? 255 : m_pixelRange.scale(data, pixelAttributes);
    return TabularCodec.forPixels(data, columns, scale);
  }

  @Override
  protected AutoencoderModel trainModel(Instances data, TabularCodec codec) throws Exception {
    ConvolutionalArchitecture architecture = architecture();
    String name = getClass().getSimpleName();
    String layers = name + ": network " + architecture.describe();
    System.err.println(layers);
    Logger.log(Logger.Level.INFO, layers);
    EncodedBatch batch = codec.encode(data);
    return Nd4jBoundary.call(threadPolicy(), () -> {
      long[] shape = {batch.rows(), batch.columns()};
      INDArray rows = FloatMatrices.create(batch.values(), shape);
      float[] weights = lossWeights(batch, data);
      INDArray mask = weights == null ? null : FloatMatrices.create(weights, shape);
      MultiLayerNetwork network = architecture.build(getSeed(), getLearningRate(), getWeightDecay());
      TrainingHistory history = runTraining(new DenseTrainableNetwork(network), codec, batch, rows, mask);
      return new AutoencoderModel(codec, network, architecture.codeLayerIndex(), history);
    });
  }

  /**
   * Draws reconstructions for pixel attributes in the default channel order; images read from files or stored
   * channels-first are not drawn (the loss curve still is).
   */
  @Override
  protected int[] imageShape(Instances header) {
    if (m_files != null || m_channelsFirst) {
      return null;
    }
    return new int[] {m_width, m_height, m_channels};
  }

  // ---------------------------------------------------------------- options

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> options = new Vector<>();
    for (Option option : Collections.list(super.listOptions())) {
      if (!option.name().equals("normalize")) {
        options.add(option);
      }
    }
    return options.elements();
  }

  @Override
  protected Enumeration<Option> architectureOptions() {
    Vector<Option> options = new Vector<>();
    options.add(new Option("\tImage width in pixels.\n\t(default 28)", "width", 1, "-width <pixels>"));
    options.add(new Option("\tImage height in pixels.\n\t(default 28)", "height", 1, "-height <pixels>"));
    options.add(new Option("\tValues per pixel: 1 grey, 3 RGB.\n\t(default 1)", "channels", 1, "-channels <n>"));
    options.add(new Option("\tPixel attributes hold all values of the first channel, then the second, and so on.\n"
      + "\t(default: channels last, the channels of each pixel side by side)", "channels-first", 0,
      "-channels-first"));
    options.add(new Option("\tFilters of the encoder blocks, comma-separated; each block halves the image and the "
      + "decoder mirrors them.\n\t(default " + DEFAULT_FILTERS + ")", "filters", 1, "-filters <counts>"));
    options.add(new Option("\tSide of the square convolution kernels (odd).\n\t(default 3)", "kernel-size", 1,
      "-kernel-size <k>"));
    options.add(new Option("\tHow encoder blocks halve the image: stride (strided convolution) or pool (2x2 max "
      + "pooling).\n\t(default stride)", "downsampling", 1, "-downsampling <stride|pool>"));
    options.add(new Option("\tHow decoder blocks double the image: transposed (transposed convolution) or nearest "
      + "(repeat pixels, then convolve).\n\t(default transposed)", "upsampling", 1,
      "-upsampling <transposed|nearest>"));
    options.add(new Option("\tHidden-layer activation: relu, leakyrelu, elu, tanh or sigmoid.\n\t(default relu)",
      "activation", 1, "-activation <name>"));
    options.add(new Option("\tUnits of the pixel attributes: auto, 0-1 or 0-255.\n\t(default auto: 0-1 when all "
      + "training pixels lie in [0,1], 0-255 when they lie in [0,255])", "pixel-range", 1,
      "-pixel-range <auto|0-1|0-255>"));
    options.add(new Option("\tRead the images from files in this directory, named by the data's string "
      + "attribute.\n\t(default: none, pixels are attributes)", "image-directory", 1, "-image-directory <dir>"));
    return options.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    if (Utils.getOptionPos("normalize", options) >= 0) {
      throw new Exception("-normalize does not apply to " + getClass().getSimpleName() + ": all pixels are scaled "
        + "by one factor, set with -pixel-range.");
    }
    super.setOptions(options);
  }

  @Override
  protected void setArchitectureOptions(String[] options) throws Exception {
    setWidth(OptionValues.whole("width", options, 28));
    setHeight(OptionValues.whole("height", options, 28));
    setChannels(OptionValues.whole("channels", options, 1));
    setChannelsFirst(Utils.getFlag("channels-first", options));
    String filters = Utils.getOption("filters", options);
    setFilters(filters.isEmpty() ? DEFAULT_FILTERS : filters);
    setKernelSize(OptionValues.whole("kernel-size", options, 3));
    String downsampling = Utils.getOption("downsampling", options);
    m_downsampling = downsampling.isEmpty() ? Downsampling.STRIDE : Downsampling.fromOption(downsampling);
    String upsampling = Utils.getOption("upsampling", options);
    m_upsampling = upsampling.isEmpty() ? Upsampling.TRANSPOSED : Upsampling.fromOption(upsampling);
    String activation = Utils.getOption("activation", options);
    m_activation = activation.isEmpty() ? ActivationChoice.RELU : ActivationChoice.fromOption(activation);
    String range = Utils.getOption("pixel-range", options);
    m_pixelRange = range.isEmpty() ? PixelRange.AUTO : PixelRange.fromOption(range);
    setImageDirectory(new File(Utils.getOption("image-directory", options)));
  }

  @Override
  public String[] getOptions() {
    List<String> options = new ArrayList<>(Arrays.asList(super.getOptions()));
    int at = options.indexOf("-normalize");
    if (at >= 0) {
      options.remove(at + 1);
      options.remove(at);
    }
    return options.toArray(new String[0]);
  }

  @Override
  protected List<String> getArchitectureOptions() {
    List<String> options = new ArrayList<>();
    Collections.addAll(options, "-width", "" + m_width, "-height", "" + m_height, "-channels", "" + m_channels);
    if (m_channelsFirst) {
      options.add("-channels-first");
    }
    Collections.addAll(options, "-filters", getFilters(), "-kernel-size", "" + m_kernelSize, "-downsampling",
      m_downsampling.optionValue(), "-upsampling", m_upsampling.optionValue(), "-activation",
      m_activation.optionValue(), "-pixel-range", m_pixelRange.optionValue());
    if (readsFiles()) {
      Collections.addAll(options, "-image-directory", m_imageDirectory.getPath());
    }
    return options;
  }

  // ---------------------------------------------------------------- properties (GUI)

  public int getWidth() {
    return m_width;
  }

  public void setWidth(int width) {
    requireBetween("width", width, ImageShape.MAX_SIDE);
    m_width = width;
  }

  public String widthTipText() {
    return "Image width in pixels (the number of pixels in one row). With image files, images are scaled to it.";
  }

  public int getHeight() {
    return m_height;
  }

  public void setHeight(int height) {
    requireBetween("height", height, ImageShape.MAX_SIDE);
    m_height = height;
  }

  public String heightTipText() {
    return "Image height in pixels (the number of rows). With image files, images are scaled to it.";
  }

  public int getChannels() {
    return m_channels;
  }

  public void setChannels(int channels) {
    requireBetween("channels", channels, 64);
    m_channels = channels;
  }

  public String channelsTipText() {
    return "Values per pixel: 1 for grey images, 3 for colour (red, green, blue). width x height x channels must "
      + "equal the number of pixel attributes; image files are read as grey for 1 and RGB for 3.";
  }

  public boolean getChannelsFirst() {
    return m_channelsFirst;
  }

  public void setChannelsFirst(boolean channelsFirst) {
    m_channelsFirst = channelsFirst;
  }

  public String channelsFirstTipText() {
    return "Order of the pixel attributes with several channels. Off (channels last): the channels of each pixel "
      + "are side by side (r,g,b of pixel 0, then of pixel 1, ...). On (channels first): all values of the first "
      + "channel row by row, then all of the second, and so on. Pixels are row-major either way.";
  }

  public String getFilters() {
    return LayerSizes.format(m_filters);
  }

  public void setFilters(String filters) {
    int[] parsed;
    try {
      parsed = LayerSizes.parse(filters);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("-filters: " + e.getMessage(), e);
    }
    ConvolutionalArchitecture.checkFilters(parsed);
    m_filters = parsed;
  }

  public String filtersTipText() {
    return "Number of filters (feature maps) of each encoder block, comma-separated from the image towards the "
      + "code, e.g. 16,32 (the default) or 32,64. Each block halves width and height, so 2^blocks may not exceed "
      + "the smaller image side; the decoder uses the same counts in reverse. More filters learn more detail and "
      + "train more slowly.";
  }

  public int getKernelSize() {
    return m_kernelSize;
  }

  public void setKernelSize(int kernelSize) {
    ConvolutionalArchitecture.checkKernel(kernelSize);
    m_kernelSize = kernelSize;
  }

  public String kernelSizeTipText() {
    return "Side of the square convolution kernels in pixels (odd: 3 or 5 are usual).";
  }

  public SelectedTag getDownsampling() {
    return new SelectedTag(m_downsampling.ordinal(), DOWNSAMPLING_TAGS);
  }

  public void setDownsampling(SelectedTag downsampling) {
    if (downsampling.getTags() == DOWNSAMPLING_TAGS) {
      m_downsampling = Downsampling.values()[downsampling.getSelectedTag().getID()];
    }
  }

  public String downsamplingTipText() {
    return "How each encoder block halves the image: stride (a convolution that moves two pixels at a time; "
      + "fastest) or pool (a convolution, then the largest value of each 2x2 square; four times the convolution "
      + "work).";
  }

  public SelectedTag getUpsampling() {
    return new SelectedTag(m_upsampling.ordinal(), UPSAMPLING_TAGS);
  }

  public void setUpsampling(SelectedTag upsampling) {
    if (upsampling.getTags() == UPSAMPLING_TAGS) {
      m_upsampling = Upsampling.values()[upsampling.getSelectedTag().getID()];
    }
  }

  public String upsamplingTipText() {
    return "How each decoder block doubles the image: transposed (transposed convolution; fastest) or nearest "
      + "(repeat every pixel 2x2, then a convolution; measured almost five times slower to train on MNIST).";
  }

  public SelectedTag getActivation() {
    return new SelectedTag(m_activation.ordinal(), ACTIVATION_TAGS);
  }

  public void setActivation(SelectedTag activation) {
    if (activation.getTags() == ACTIVATION_TAGS) {
      m_activation = ActivationChoice.values()[activation.getSelectedTag().getID()];
    }
  }

  public String activationTipText() {
    return "Activation function of the hidden layers (the code is linear; the output is a sigmoid, since the "
      + "network sees pixels scaled to [0,1]).";
  }

  public SelectedTag getPixelRange() {
    return new SelectedTag(m_pixelRange.ordinal(), PIXEL_RANGE_TAGS);
  }

  public void setPixelRange(SelectedTag range) {
    if (range.getTags() == PIXEL_RANGE_TAGS) {
      m_pixelRange = PixelRange.values()[range.getSelectedTag().getID()];
    }
  }

  public String pixelRangeTipText() {
    return "Units of the pixel attributes: 0-1 or 0-255, or auto to decide from the training data (0-1 when every "
      + "pixel lies in [0,1], 0-255 when they lie in [0,255], otherwise an error). Every pixel is divided by the "
      + "maximum for the network and reconstructions are multiplied back. Image files are always 0-255.";
  }

  public File getImageDirectory() {
    return m_imageDirectory;
  }

  @FilePropertyMetadata(fileChooserDialogType = JFileChooser.OPEN_DIALOG, directoriesOnly = true)
  public void setImageDirectory(File directory) {
    m_imageDirectory = directory == null ? new File("") : directory;
  }

  public String imageDirectoryTipText() {
    return "Directory holding the image files (PNG or JPEG) named by the data's string attribute; file names may "
      + "also be absolute paths. Leave empty when the pixels are attributes.";
  }

  /** Pixels are scaled by {@link #getPixelRange()} instead; hidden from the GUI. */
  @Override
  @ProgrammaticProperty
  public SelectedTag getNormalize() {
    return super.getNormalize();
  }

  @Override
  @ProgrammaticProperty
  public void setNormalize(SelectedTag normalize) {
    super.setNormalize(normalize);
  }

  private static void requireBetween(String option, int value, int max) {
    if (value < 1 || value > max) {
      throw new IllegalArgumentException("-" + option + " must be between 1 and " + max + ", got " + value + ".");
    }
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  /**
   * Runs the filter from the command line, e.g.
   * {@code -i mnist.arff -o codes.arff -c last -width 28 -height 28 -code-size 30}.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    runFilter(new ConvolutionalAutoencoder(), args);
  }
}
