package weka.autoencoder.options;

import java.io.File;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import weka.autoencoder.arch.ActivationChoice;
import weka.autoencoder.generate.ClassIndex;
import weka.autoencoder.generate.MontageRequest;
import weka.autoencoder.variational.NumericDistribution;

/**
 * The options of the VariationalAutoencoderGenerator: its own (what to imitate, what to generate, the montage) and
 * its copies of the shared network, training and VAE options with the generator's defaults. {@link #ALL} is the
 * order of its command line after Weka's -S, -n, -o, -r and -d, unchanged since the first release so that saved
 * scripts and flows keep working.
 *
 * <p>Files are "unset" when they name a folder: Weka's GUI file editor shows the working folder for no file, so that
 * is the default, and it is left out of {@code getOptions}.
 */
public final class GeneratorOptions {

  private GeneratorOptions() {
  }

  /** The "no file" value: the working folder, which Weka's GUI file editor starts in. */
  public static final File NO_FILE = ModelOptions.NO_FILE;

  /** @return true when {@code file} names a file rather than no file (empty, or a folder such as the default) */
  public static boolean isSet(File file) {
    return ModelOptions.isSet(file);
  }

  private static Setting<File> file(String name, String argument) {
    return ModelOptions.file(name, argument);
  }

  public static final Setting<File> TRAINING_FILE = file("training-file", "<file>")
    .describe("The data to imitate (ARFF or any format Weka reads).")
    .withTip("The data to imitate: an ARFF file (or any format Weka reads). Generated instances get its header.");

  public static final Setting<String> CLASS_INDEX = Setting.of("class-index", "<index>", OptionTypes.TEXT, "last")
    .describe("Class attribute of the training file: first, last, none or a number from 1.\n"
      + "A nominal class makes the generator class-conditional.").check(ClassIndex::checkWords)
    .withTip("The class attribute of the training file: first, last, none, or its number (from 1). A nominal class "
      + "makes generation class-conditional; a numeric class is generated like the other attributes.");

  public static final Setting<File> MODEL = ModelOptions.MODEL
    .describe("Generate with a model saved by -save-model instead of training one.")
    .withTip("A model saved by an earlier run with saveModel: generate with it instead of training (leave the "
      + "training file unset). Its training settings are used; the seed, count, class value and temperature "
      + "still apply.");

  public static final Setting<File> SAVE_MODEL = ModelOptions.SAVE_MODEL
    .describe("Save the trained model to this file, to generate again later with -model.")
    .withTip("Save the trained model to this file, so later runs can generate with it (model) without training "
      + "again, also in another Weka session. The file holds the training instances too (for the privacy guard "
      + "and the report), so share it only where the training data may go.");

  public static final Setting<String> CLASS_VALUE = Setting.of("class-value", "<label>", OptionTypes.TEXT, "")
    .describe("Generate only instances of this class label (nominal class).")
    .defaultText(": all classes, in the training proportions").omittedWhen(String::isEmpty)
    .withTip("Generate only instances of this class label (needs a nominal class), e.g. to add rows of a rare "
      + "class. Empty: every class, in the training proportions.");

  public static final Setting<Double> TEMPERATURE = Setting.of("temperature", "<t>", OptionTypes.NUMBER, 1.0)
    .describe("Spread of the random codes: above 1 more varied, below 1 more typical instances.").defaultText("1")
    .check(Checks.positive("1 = as trained"))
    .withTip("Scales the spread of the random codes: 1 samples the learnt distribution; below 1 gives more "
      + "typical, less varied instances; above 1 more varied and more unusual ones.");

  public static final Setting<Boolean> NO_CLIP = Setting.flag("no-clip")
    .describe("Do not clip numeric values to the training range.")
    .withTip("Leave numeric values outside the range seen in the training file as generated, instead of clipping "
      + "them to the training minimum and maximum.");

  public static final Setting<Integer> WIDTH = Setting.of("width", "<pixels>", OptionTypes.WHOLE, 0)
    .describe("Image width in pixels (pixel attributes first, channel by channel, row by row).")
    .check(Checks.atLeast(0)).defaultText(": not images").omittedWhen(w -> w == 0)
    .withTip("Image width in pixels, when the training file holds images as pixel attributes (needed for montage; "
      + "0 = not images).");

  public static final Setting<Integer> HEIGHT = Setting.of("height", "<pixels>", OptionTypes.WHOLE, 0)
    .describe("Image height in pixels.").check(Checks.atLeast(0)).defaultText(": not images")
    .omittedWhen(h -> h == 0)
    .withTip("Image height in pixels (needed for montage; 0 = not images).");

  public static final Setting<Integer> CHANNELS = Setting.of("channels", "<n>", OptionTypes.WHOLE, 1)
    .describe("Image channels: 1 (grey) or 3 (colour).").check((option, value) -> {
      if (value != 1 && value != 3) {
        throw new IllegalArgumentException("-" + option + " must be 1 (grey) or 3 (colour), got " + value + ".");
      }
    }).withTip("Image channels: 1 for grey images, 3 for colour (pixel attributes channel by channel).");

  public static final Setting<File> MONTAGE = file("montage", "<file.png>")
    .describe("Also write a PNG montage of up to " + MontageRequest.MAX_IMAGES + " generated images (needs -width "
      + "and -height).")
    .withTip("A PNG file to write with up to " + MontageRequest.MAX_IMAGES + " generated images in a grid, to look "
      + "at them (needs width and height).");

  public static final Setting<Integer> CODE_SIZE = NetworkOptions.CODE_SIZE.withDefault(8)
    .describe("Number of code units: the dimension of the random codes.")
    .withTip("Number of code units: the dimension of the random codes new instances are decoded from.");

  public static final Setting<int[]> HIDDEN = NetworkOptions.HIDDEN.withDefault(new int[] {128, 64});

  public static final Setting<ActivationChoice> ACTIVATION = NetworkOptions.ACTIVATION;

  public static final Setting<Integer> EPOCHS = TrainingOptions.EPOCHS.withDefault(300)
    .describe("Number of passes over the training data.").check(Checks.atLeast(1))
    .withTip("Number of passes over the training data (early stopping, when switched on, may end training sooner).");

  public static final Setting<Integer> BATCH_SIZE = TrainingOptions.BATCH_SIZE;

  public static final Setting<Double> LEARNING_RATE = TrainingOptions.LEARNING_RATE;

  public static final Setting<Double> KL_WEIGHT = VaeOptions.KL_WEIGHT
    .withTip("Weight (beta) of the KL divergence in the loss; 1 is the standard VAE. Lower values copy the training "
      + "rows more closely, higher values give smoother but blurrier instances.");

  public static final Setting<Integer> KL_WARMUP = VaeOptions.KL_WARMUP.withDefault(20);

  /**
   * No early stopping by default: on a few hundred rows the held-out ELBO is a noisy criterion that stopped training
   * long before the generated rows stopped getting more realistic (benchmark: a random forest told diabetes rows
   * from generated ones with 84 % accuracy after early stopping, 77 % after all 300 epochs).
   */
  public static final Setting<Double> VALIDATION_FRACTION = TrainingOptions.VALIDATION_FRACTION.withDefault(0.0)
    .describe("Share of training rows held out for early stopping (0 = none: train all epochs).").defaultText("0")
    .withTip("Share of training rows held out to stop training when the held-out loss no longer improves. 0 (the "
      + "default) trains all epochs on all rows: on small data the held-out loss is noisy and generated rows "
      + "kept getting more realistic after it stopped improving.");

  public static final Setting<Integer> PATIENCE = TrainingOptions.PATIENCE.withDefault(20);

  public static final Setting<NumericDistribution> DISTRIBUTION = VaeOptions.DISTRIBUTION;

  public static final Setting<Integer> THREADS = TrainingOptions.THREADS;

  public static final Setting<File> PLOT_DIRECTORY = TrainingOptions.PLOT_DIRECTORY
    .describe("Folder to write the training's loss per epoch into, as a PNG.")
    .withTip("Folder to write a picture of the training into when the generator trains: the training (and "
      + "validation) loss per epoch, as VariationalAutoencoderGenerator-loss.png. Leave empty for no picture.");

  public static final Setting<Double> MIN_DISTANCE = Setting.of("min-distance", "<d>", OptionTypes.NUMBER, 0.01)
    .describe("Privacy guard: redraw generated rows closer than d to a training row (Gower-like distance in [0,1],\n"
      + "numeric attributes scaled by their training range; 0 = reject exact copies only).").defaultText("0.01")
    .check((option, value) -> {
      if (!(value >= 0) || value >= 1) {
        throw new IllegalArgumentException("-" + option + " must be at least 0 and below 1 (a Gower-like distance; "
          + "0 = reject exact copies only), got " + value + ".");
      }
    })
    .withTip("Privacy guard: a generated instance closer than this to some training instance is drawn again. The "
      + "distance is Gower's: numeric attributes in units of their training range, nominal ones 0 (same label) or 1, "
      + "averaged over all attributes, so 0 is an exact copy and 1 nothing in common. 0 still refuses exact copies; "
      + "allowCopies switches the guard off.");

  public static final Setting<Boolean> ALLOW_COPIES = Setting.flag("allow-copies")
    .describe("Switch the privacy guard off: generated rows may copy training rows.")
    .withTip("Switch the privacy guard off, so generated instances may be copies of training instances. Leave off "
      + "when the generated data is to be shared instead of the training data.");

  public static final Setting<File> REPORT = file("report", "<file>")
    .describe("Write a quality report: Markdown to this file (also printed), and the figures as an ARFF table\n"
      + "beside it (or the .arff/.csv named, the Markdown then beside it with .md).")
    .withTip("Write a report on how close the generated instances are to the training data: per-column "
      + "distribution distance, association difference, a real-vs-generated classifier's accuracy, distance to the "
      + "closest training record and class proportions. Markdown goes into this file and Weka's log; the figures "
      + "also go into an ARFF table beside it to load in the Explorer.");

  public static final Setting<String> CONDITION = Setting.of("condition", "<attribute=value,...>", OptionTypes.TEXT,
    "").describe("Generate only rows meeting every part, e.g. \"sex=female,age=20..30\" (nominal label, numeric\n"
      + "number or low..high range). The class is met by conditioning, other attributes by rejection.")
    .defaultText(": none").omittedWhen(String::isEmpty)
    .withTip("Generate only instances that meet every comma-separated part: attribute=label for a nominal "
      + "attribute, attribute=low..high (or low.., ..high, a number) for a numeric one. The nominal class is met by "
      + "conditioning the network; other attributes by drawing rows and keeping those that meet it (slower for "
      + "rare conditions). Which way each was met is logged.");

  public static final Setting<Boolean> RAW_MARGINALS = Setting.flag("raw-marginals")
    .describe("Keep numeric values as the network decodes them, instead of mapping each column onto the\n"
      + "training distribution (per class) by quantiles.")
    .withTip("Keep numeric values as the network decodes them. By default each numeric column is mapped onto the "
      + "training column's distribution (per class) by quantiles, which keeps the order of the values and so the "
      + "relations between columns the network learnt, and restores spikes, skew and several modes that the "
      + "network's Gaussian output smooths away.");

  /** Every option, in the order of {@code -h} and {@code getOptions}. */
  public static final List<Setting<?>> ALL = Collections.unmodifiableList(Arrays.asList(TRAINING_FILE,
    CLASS_INDEX, MODEL, SAVE_MODEL, CLASS_VALUE, TEMPERATURE, NO_CLIP, WIDTH, HEIGHT, CHANNELS, MONTAGE, CODE_SIZE,
    HIDDEN, ACTIVATION, EPOCHS, BATCH_SIZE, LEARNING_RATE, KL_WEIGHT, KL_WARMUP, VALIDATION_FRACTION, PATIENCE,
    DISTRIBUTION, THREADS, PLOT_DIRECTORY, MIN_DISTANCE, ALLOW_COPIES, REPORT, CONDITION, RAW_MARGINALS));

  /** The options a trained model depends on (with the seed): a model is retrained when one of them changes. */
  public static final List<Setting<?>> TRAINING = Collections.unmodifiableList(Arrays.asList(CLASS_INDEX,
    CODE_SIZE, HIDDEN, ACTIVATION, EPOCHS, BATCH_SIZE, LEARNING_RATE, KL_WEIGHT, KL_WARMUP, VALIDATION_FRACTION,
    PATIENCE, DISTRIBUTION));
}
