package weka.autoencoder.options;

import weka.autoencoder.codec.Normalization;
import weka.autoencoder.filter.OutputMode;

/** What a filter outputs, and in which units its network sees the data. */
public final class OutputOptions {

  private OutputOptions() {
  }

  /** Name of the appended anomaly-score attribute. */
  public static final String ERROR_ATTRIBUTE_NAME = "reconstruction_error";

  public static final Setting<OutputMode> OUTPUT = Setting.of("output", "<code|reconstruction>",
    ChoiceType.of(OutputMode.class), OutputMode.CODE)
    .describe("What to output: code or reconstruction.")
    .withTip("code: replace the input attributes by the code (dimensionality reduction, like PrincipalComponents). "
      + "reconstruction: keep the input header and output the network's rebuilt values (compression round "
      + "trip, denoising, filling in missing values).");

  public static final Setting<Boolean> APPEND_ERROR = Setting.flag("error-attribute")
    .describe("Append the reconstruction error (anomaly score) as an attribute.")
    .withTip("Append a numeric attribute '" + ERROR_ATTRIBUTE_NAME + "': the instance's mean squared "
      + "reconstruction error in the scaled space. Unusual instances reconstruct badly, so it serves as an "
      + "anomaly score.");

  public static final Setting<Normalization> NORMALIZE = Setting.of("normalize", "<auto|minmax|standardize|none>",
    ChoiceType.of(Normalization.class), Normalization.AUTO)
    .describe("Scaling of numeric attributes: auto, minmax, standardize or none.")
    .defaultText("auto: none when all numeric inputs lie in [0,1], else minmax")
    .withTip("How numeric attributes are scaled for the network, using training statistics: auto (as they are if "
      + "all lie in [0,1], else minmax), minmax (to [0,1]), standardize (mean 0, sd 1) or none. Output is always in "
      + "the original units.");

  public static final Setting<Integer> IMPUTE_ROUNDS = Setting.of("impute-rounds", "<n>", OptionTypes.WHOLE, 0)
    .describe("Rounds of re-encoding a row with its imputed values before it is output (0 = one pass).")
    .check(Checks.atLeast(0))
    .withTip("A missing value enters the network as the training mean (or the label frequencies). With n > 0 the "
      + "network's reconstruction of the missing values is fed back in, up to n times or until they settle, so "
      + "the observed values of a row inform its imputed ones better. Affects the reconstruction and the scores "
      + "of rows with missing values only.");

  public static final Setting<Double> IMPUTE_NOISE = Setting.of("impute-noise", "<fraction>", OptionTypes.NUMBER,
    0.5).describe("With missing values in the training data, -output reconstruction and no -noise: hide this\n"
      + "\tfraction of the values while training, as a missing value is given to the network (0 = off).")
    .check(Checks.fraction("0.5"))
    .withTip("When the training data have missing values, the output is the reconstruction (which fills them in) "
      + "and no noise is set, the network is trained with MissingValueNoise: each value of a training row is "
      + "hidden with this probability exactly as a missing value is given to the network (the training mean, the "
      + "label frequencies), so it learns to fill in hidden values from the rest of the row. 0 trains on the "
      + "rows as they are. For rows of attributes (not sequences or texts); measured in "
      + "bench/RESULTS-imputation.md.");
}
