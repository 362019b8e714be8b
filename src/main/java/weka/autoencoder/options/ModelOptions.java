package weka.autoencoder.options;

import java.io.File;

/**
 * Saving a trained model to a file and using a saved one instead of training: {@code -save-model} and
 * {@code -model}, shared by every filter and the generator (which words their help for its own use). A model
 * trained once, in the Explorer or on a Spark cluster, can then be applied in scripts and flows without training
 * again.
 *
 * <p>Files are "unset" when they name a folder: Weka's GUI file editor shows the working folder for no file, so that
 * is the default, and it is left out of {@code getOptions}.
 */
public final class ModelOptions {

  private ModelOptions() {
  }

  /** The "no file" value: the working folder, which Weka's GUI file editor starts in. */
  public static final File NO_FILE = new File(System.getProperty("user.dir"));

  /** @return true when {@code file} names a file rather than no file (empty, or a folder such as the default) */
  public static boolean isSet(File file) {
    return file != null && !file.getPath().isEmpty() && !file.isDirectory();
  }

  /** @return a file option whose default is no file, left out of {@code getOptions} while unset */
  public static Setting<File> file(String name, String argument) {
    return Setting.of(name, argument, OptionTypes.FILE, NO_FILE).defaultText(": none").omittedWhen(f -> !isSet(f));
  }

  public static final Setting<File> MODEL = file("model", "<file>")
    .describe("Use a model saved with -save-model (here or by the Spark job) instead of training:\n"
      + "the input must have the header the model was trained on.")
    .withTip("A model file saved earlier with saveModel (or by the Spark job): the filter uses it instead of "
      + "training, so the first batch is only filtered. The input must have the header the model was trained on. "
      + "The network and scaling options come from the model; output, errorAttribute, the anomaly options and "
      + "threads apply as set here. What is fitted on training rows besides the network (the outlier threshold, "
      + "the training codes of the anomaly score, the imputation calibration) is fitted on the first batch "
      + "filtered.");

  public static final Setting<File> SAVE_MODEL = file("save-model", "<file>")
    .describe("Save the model trained on the first batch to this file, to apply it later with -model.")
    .withTip("Save the model trained on the first batch to this file, so a later run (another session, a script, "
      + "a flow) can filter with it through the model option without training again.");
}
