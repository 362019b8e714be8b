package weka.autoencoder.options;

import java.io.File;

import weka.autoencoder.arch.ActivationChoice;
import weka.autoencoder.arch.ConvolutionalArchitecture;
import weka.autoencoder.arch.Downsampling;
import weka.autoencoder.arch.ImageShape;
import weka.autoencoder.arch.Upsampling;
import weka.autoencoder.codec.PixelRange;

/** Where the convolutional autoencoder finds its images and how its convolution blocks are built. */
public final class ImageOptions {

  private ImageOptions() {
  }

  public static final Setting<Integer> WIDTH = Setting.of("width", "<pixels>", OptionTypes.WHOLE, 28)
    .describe("Image width in pixels.").check(Checks.between(1, ImageShape.MAX_SIDE))
    .withTip("Image width in pixels (the number of pixels in one row). With image files, images are scaled to it.");

  public static final Setting<Integer> HEIGHT = Setting.of("height", "<pixels>", OptionTypes.WHOLE, 28)
    .describe("Image height in pixels.").check(Checks.between(1, ImageShape.MAX_SIDE))
    .withTip("Image height in pixels (the number of rows). With image files, images are scaled to it.");

  public static final Setting<Integer> CHANNELS = Setting.of("channels", "<n>", OptionTypes.WHOLE, 1)
    .describe("Values per pixel: 1 grey, 3 RGB.").check(Checks.between(1, 64))
    .withTip("Values per pixel: 1 for grey images, 3 for colour (red, green, blue). width x height x channels must "
      + "equal the number of pixel attributes; image files are read as grey for 1 and RGB for 3.");

  public static final Setting<Boolean> CHANNELS_FIRST = Setting.flag("channels-first")
    .describe("Pixel attributes hold all values of the first channel, then the second, and so on.\n"
      + "(default: channels last, the channels of each pixel side by side)")
    .withTip("Order of the pixel attributes with several channels. Off (channels last): the channels of each pixel "
      + "are side by side (r,g,b of pixel 0, then of pixel 1, ...). On (channels first): all values of the first "
      + "channel row by row, then all of the second, and so on. Pixels are row-major either way.");

  public static final Setting<int[]> FILTERS = Setting.of("filters", "<counts>", OptionTypes.LAYER_SIZES,
    new int[] {16, 32})
    .describe("Filters of the encoder blocks, comma-separated; each block halves the image and the decoder "
      + "mirrors them.").check((option, value) -> ConvolutionalArchitecture.checkFilters(value))
    .withTip("Number of filters (feature maps) of each encoder block, comma-separated from the image towards the "
      + "code, e.g. 16,32 (the default) or 32,64. Each block halves width and height, so 2^blocks may not exceed "
      + "the smaller image side; the decoder uses the same counts in reverse. More filters learn more detail and "
      + "train more slowly.");

  public static final Setting<Integer> KERNEL_SIZE = Setting.of("kernel-size", "<k>", OptionTypes.WHOLE, 3)
    .describe("Side of the square convolution kernels (odd).")
    .check((option, value) -> ConvolutionalArchitecture.checkKernel(value))
    .withTip("Side of the square convolution kernels in pixels (odd: 3 or 5 are usual).");

  public static final Setting<Downsampling> DOWNSAMPLING = Setting.of("downsampling", "<stride|pool>",
    ChoiceType.of(Downsampling.class), Downsampling.STRIDE)
    .describe("How encoder blocks halve the image: stride (strided convolution) or pool (2x2 max pooling).")
    .withTip("How each encoder block halves the image: stride (a convolution that moves two pixels at a time; "
      + "fastest) or pool (a convolution, then the largest value of each 2x2 square; four times the convolution "
      + "work).");

  public static final Setting<Upsampling> UPSAMPLING = Setting.of("upsampling", "<transposed|nearest>",
    ChoiceType.of(Upsampling.class), Upsampling.TRANSPOSED)
    .describe("How decoder blocks double the image: transposed (transposed convolution) or nearest\n"
      + "(repeat pixels, then convolve).")
    .withTip("How each decoder block doubles the image: transposed (transposed convolution; fastest) or nearest "
      + "(repeat every pixel 2x2, then a convolution; measured almost five times slower to train on MNIST).");

  public static final Setting<PixelRange> PIXEL_RANGE = Setting.of("pixel-range", "<auto|0-1|0-255>",
    ChoiceType.of(PixelRange.class), PixelRange.AUTO)
    .describe("Units of the pixel attributes: auto, 0-1 or 0-255.")
    .defaultText("auto: 0-1 when all training pixels lie in [0,1], 0-255 when they lie in [0,255]")
    .withTip("Units of the pixel attributes: 0-1 or 0-255, or auto to decide from the training data (0-1 when every "
      + "pixel lies in [0,1], 0-255 when they lie in [0,255], otherwise an error). Every pixel is divided by the "
      + "maximum for the network and reconstructions are multiplied back. Image files are always 0-255.");

  public static final Setting<File> IMAGE_DIRECTORY = Setting.of("image-directory", "<dir>", OptionTypes.FILE,
    new File(""))
    .describe("Read the images from files in this directory, named by the data's string attribute.")
    .defaultText(": none, pixels are attributes").omittedWhen(TrainingOptions::isUnset)
    .withTip("Directory holding the image files (PNG or JPEG) named by the data's string attribute; file names may "
      + "also be absolute paths. Leave empty when the pixels are attributes.");

  /** The activation tip of the convolutional network, whose output layer is a sigmoid. */
  public static final Setting<ActivationChoice> ACTIVATION = NetworkOptions.ACTIVATION
    .withTip("Activation function of the hidden layers (the code is linear; the output is a sigmoid, since the "
      + "network sees pixels scaled to [0,1]).");
}
