package weka.filters.unsupervised.attribute;

import static weka.autoencoder.options.ImageOptions.CHANNELS;
import static weka.autoencoder.options.ImageOptions.CHANNELS_FIRST;
import static weka.autoencoder.options.ImageOptions.DOWNSAMPLING;
import static weka.autoencoder.options.ImageOptions.FILTERS;
import static weka.autoencoder.options.ImageOptions.HEIGHT;
import static weka.autoencoder.options.ImageOptions.IMAGE_DIRECTORY;
import static weka.autoencoder.options.ImageOptions.KERNEL_SIZE;
import static weka.autoencoder.options.ImageOptions.PIXEL_RANGE;
import static weka.autoencoder.options.ImageOptions.UPSAMPLING;
import static weka.autoencoder.options.ImageOptions.WIDTH;

import java.io.File;
import java.util.List;

import javax.swing.JFileChooser;

import weka.autoencoder.arch.ImageShape;
import weka.autoencoder.codec.Normalization;
import weka.autoencoder.codec.PixelRange;
import weka.autoencoder.filter.AutoencoderFilter;
import weka.autoencoder.options.ChoiceType;
import weka.autoencoder.options.ImageOptions;
import weka.autoencoder.options.NetworkOptions;
import weka.autoencoder.options.OutputOptions;
import weka.autoencoder.options.Setting;
import weka.autoencoder.options.TrainingOptions;
import weka.autoencoder.options.SettingList;
import weka.autoencoder.variant.ConvolutionalNetwork;
import weka.autoencoder.variant.ImageFileVariant;
import weka.autoencoder.variant.PixelInput;
import weka.autoencoder.variant.TabularVariant;
import weka.autoencoder.variant.Variant;
import weka.core.Capabilities;
import weka.core.Capabilities.Capability;
import weka.core.RevisionUtils;
import weka.core.SelectedTag;
import weka.core.Utils;
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

  /**
   * A code of 32, 20 epochs at learning rate 0.002 (issue 15: on the 8,000 MNIST training digits this reached 0.40 x
   * PCA-30's test error in 77 s on 2 idle cores, where the shared defaults of 100 epochs at 0.001 took 38.5 minutes
   * on a busy machine), and no per-attribute scaling: all pixels are divided by one factor, set with -pixel-range.
   */
  @Override
  protected List<Setting<?>> declarations() {
    return SettingList.without(SettingList.replacing(super.declarations(), NetworkOptions.CODE_SIZE.withDefault(32),
      TrainingOptions.EPOCHS.withDefault(20), TrainingOptions.LEARNING_RATE.withDefault(0.002)),
      OutputOptions.NORMALIZE);
  }

  @Override
  protected List<Setting<?>> architectureDeclarations() {
    return SettingList.of(WIDTH, HEIGHT, CHANNELS, CHANNELS_FIRST, FILTERS, KERNEL_SIZE, DOWNSAMPLING, UPSAMPLING,
      ImageOptions.ACTIVATION, PIXEL_RANGE, IMAGE_DIRECTORY);
  }

  /** The image files of a saved model's new data may lie in another folder than the training images. */
  @Override
  protected List<Setting<?>> applyingOptions() {
    return SettingList.of(super.applyingOptions(), IMAGE_DIRECTORY);
  }

  /** @return true when the images are read from files */
  private boolean readsFiles() {
    return !IMAGE_DIRECTORY.omits(get(IMAGE_DIRECTORY));
  }

  /**
   * Pixel attributes, or image files read into pixels (0-255) first. Reconstructions are drawn for pixel attributes
   * in the default channel order only; the loss curve is drawn in every case.
   */
  @Override
  protected Variant variant() {
    ImageShape shape = new ImageShape(getWidth(), getHeight(), getChannels(), getChannelsFirst());
    ConvolutionalNetwork network = new ConvolutionalNetwork(shape, get(FILTERS), getKernelSize(), get(DOWNSAMPLING),
      get(UPSAMPLING), getCodeSize(), get(ImageOptions.ACTIVATION), getClass().getSimpleName());
    if (readsFiles()) {
      TabularVariant pixels = new TabularVariant(new PixelInput(shape, PixelRange.BYTE), network, trainingPlan(),
        outputPlan(), TabularVariant.NO_PICTURES);
      return new ImageFileVariant(pixels, shape, getImageDirectory(), outputPlan());
    }
    int[] pictures = getChannelsFirst() ? TabularVariant.NO_PICTURES
      : new int[] {getWidth(), getHeight(), getChannels()};
    return new TabularVariant(new PixelInput(shape, get(PIXEL_RANGE)), network, trainingPlan(), outputPlan(),
      pictures);
  }

  @Override
  public Capabilities getCapabilities() {
    Capabilities result = super.getCapabilities();
    if (readsFiles()) {
      result.enable(Capability.STRING_ATTRIBUTES);
    }
    return result;
  }

  /** Refuses -normalize by name: pixels are scaled by -pixel-range. */
  @Override
  public void setOptions(String[] options) throws Exception {
    if (Utils.getOptionPos("normalize", options) >= 0) {
      throw new Exception("-normalize does not apply to " + getClass().getSimpleName() + ": all pixels are scaled "
        + "by one factor, set with -pixel-range.");
    }
    super.setOptions(options);
  }

  // ---------------------------------------------------------------- GUI properties: delegates to the declarations

  public int getWidth() { return get(WIDTH); }
  public void setWidth(int value) { set(WIDTH, value); }
  public String widthTipText() { return tip(WIDTH); }

  public int getHeight() { return get(HEIGHT); }
  public void setHeight(int value) { set(HEIGHT, value); }
  public String heightTipText() { return tip(HEIGHT); }

  public int getChannels() { return get(CHANNELS); }
  public void setChannels(int value) { set(CHANNELS, value); }
  public String channelsTipText() { return tip(CHANNELS); }

  public boolean getChannelsFirst() { return get(CHANNELS_FIRST); }
  public void setChannelsFirst(boolean value) { set(CHANNELS_FIRST, value); }
  public String channelsFirstTipText() { return tip(CHANNELS_FIRST); }

  public String getFilters() { return FILTERS.type().format(get(FILTERS)); }
  public void setFilters(String value) { set(FILTERS, FILTERS.type().parse(FILTERS.name(), value)); }
  public String filtersTipText() { return tip(FILTERS); }

  public int getKernelSize() { return get(KERNEL_SIZE); }
  public void setKernelSize(int value) { set(KERNEL_SIZE, value); }
  public String kernelSizeTipText() { return tip(KERNEL_SIZE); }

  public SelectedTag getDownsampling() { return tag(DOWNSAMPLING); }
  public void setDownsampling(SelectedTag value) { setTag(DOWNSAMPLING, value); }
  public String downsamplingTipText() { return tip(DOWNSAMPLING); }

  public SelectedTag getUpsampling() { return tag(UPSAMPLING); }
  public void setUpsampling(SelectedTag value) { setTag(UPSAMPLING, value); }
  public String upsamplingTipText() { return tip(UPSAMPLING); }

  public SelectedTag getActivation() { return tag(ImageOptions.ACTIVATION); }
  public void setActivation(SelectedTag value) { setTag(ImageOptions.ACTIVATION, value); }
  public String activationTipText() { return tip(ImageOptions.ACTIVATION); }

  public SelectedTag getPixelRange() { return tag(PIXEL_RANGE); }
  public void setPixelRange(SelectedTag value) { setTag(PIXEL_RANGE, value); }
  public String pixelRangeTipText() { return tip(PIXEL_RANGE); }

  public File getImageDirectory() { return get(IMAGE_DIRECTORY); }
  @FilePropertyMetadata(fileChooserDialogType = JFileChooser.OPEN_DIALOG, directoriesOnly = true)
  public void setImageDirectory(File value) { set(IMAGE_DIRECTORY, value == null ? new File("") : value); }
  public String imageDirectoryTipText() { return tip(IMAGE_DIRECTORY); }

  /** Pixels are scaled by {@link #getPixelRange()} instead; hidden from the GUI. */
  @Override
  @ProgrammaticProperty
  public SelectedTag getNormalize() {
    return ChoiceType.of(Normalization.class).selected(Normalization.AUTO);
  }

  @Override
  @ProgrammaticProperty
  public void setNormalize(SelectedTag normalize) {
  }

  @Override
  public String normalizeTipText() {
    return "Not used: all pixels are divided by one factor, set with pixelRange.";
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
