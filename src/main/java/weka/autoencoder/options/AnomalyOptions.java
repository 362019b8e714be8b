package weka.autoencoder.options;

/**
 * Options that turn the reconstruction error into a finished anomaly detector: a yes/no outlier flag with a threshold
 * fixed on the training rows, the score's rank among the training scores, and one error per input attribute to show
 * why a row was flagged. Every filter has them; the scores are written by the one output path of the variants.
 */
public final class AnomalyOptions {

  private AnomalyOptions() {
  }

  /** Name of the nominal {no,yes} flag attribute. */
  public static final String OUTLIER_NAME = "outlier";

  /** Name of the outlier probability attribute. */
  public static final String PROBABILITY_NAME = "outlier_probability";

  /** Name of the score attribute when the flag and probability rank rows by more than the reconstruction error. */
  public static final String SCORE_NAME = "anomaly_score";

  /** Prefix of the per-attribute error attributes: {@code error_<attribute>}. */
  public static final String ERROR_PREFIX = "error_";

  public static final Setting<Boolean> OUTLIER_ATTRIBUTE = Setting.flag("outlier-attribute")
    .describe("Append a nominal attribute '" + OUTLIER_NAME + "' {no,yes} beside the anomaly score.")
    .withTip("Append a nominal attribute '" + OUTLIER_NAME + "' (no/yes) beside the anomaly score. The threshold "
      + "is fixed on the first batch (the training data): the score above which the contamination fraction of "
      + "training rows lies, or the outlierThreshold when one is given. Later batches (a test set) are flagged "
      + "with the same threshold.");

  public static final Setting<Double> CONTAMINATION = Setting.of("contamination", "<fraction>", OptionTypes.NUMBER,
    0.05).describe("Fraction of training rows flagged as outliers; sets the threshold.")
    .check(Checks.positiveAtMost(0.5, "a fraction of the training rows, e.g. 0.05"))
    .withTip("The expected fraction of outliers in the training data (above 0, at most 0.5): the threshold is set "
      + "so that this fraction of the training rows score above it. Ignored when outlierThreshold is set.");

  public static final Setting<Double> OUTLIER_THRESHOLD = Setting.of("outlier-threshold", "<score>",
    OptionTypes.NUMBER, Double.NaN).describe("Flag rows whose anomaly score exceeds this value (instead of "
      + "-contamination).").defaultText("none: set by -contamination").omittedWhen(v -> v.isNaN())
    .withTip("A fixed anomaly score above which a row is flagged, in the units of the score attribute; NaN (the "
      + "default) sets the threshold from the contamination fraction instead.");

  public static final Setting<Boolean> OUTLIER_PROBABILITY = Setting.flag("outlier-probability")
    .describe("Append '" + PROBABILITY_NAME + "': the score's rank among the training scores, in [0,1].")
    .withTip("Append a numeric attribute '" + PROBABILITY_NAME + "' in [0,1]: the fraction of training rows "
      + "whose anomaly score is at or below this row's. 0.99 means only 1% of the training rows looked odder.");

  public static final Setting<Boolean> ERROR_PER_ATTRIBUTE = Setting.flag("error-per-attribute")
    .describe("Append one error attribute per input attribute, '" + ERROR_PREFIX + "<attribute>'.")
    .withTip("Append one numeric attribute '" + ERROR_PREFIX + "<name>' per attribute the network reads: the "
      + "squared error in the scaled units for a numeric attribute, 0 or 1 for a nominal one (1 = the rebuilt "
      + "label differs), missing where the value is missing. Shows which attributes made a row odd.");

  public static final Setting<AnomalyScore> ANOMALY_SCORE = Setting.of("anomaly-score",
    "<combined|neighbours|reconstruction>", ChoiceType.of(AnomalyScore.class), AnomalyScore.COMBINED)
    .describe("What the outlier flag and probability rank rows by: combined, neighbours or reconstruction.")
    .withTip("What the outlier flag and outlier probability rank rows by, written as the score attribute when either "
      + "is output. combined (the default, attribute '" + SCORE_NAME + "'): a weighted mean of three ranks among "
      + "the training rows: the row's reconstruction error, the distance from its code to the 5th nearest training "
      + "code, and the distance from its scaled input to the 5th nearest training input (the last two averaged). "
      + "The error's weight is read from the training data, no labels needed: it is high when the network has to "
      + "compress (it leaves part of the variance unexplained) and its errors rise where rows are far from the "
      + "others; it is near 0 when the network rebuilds its training rows almost exactly, whose error is then "
      + "noise. The score is 0 to 1 for rows like the training rows and above 1 for rows beyond all of them. "
      + "neighbours: the code distance alone ('" + SCORE_NAME + "'); reconstruction: the reconstruction error "
      + "alone ('" + OutputOptions.ERROR_ATTRIBUTE_NAME + "'). The training rows are those of the first batch (at "
      + "most 5000 codes kept, fewer inputs for wide data). RecurrentAutoencoder always uses the reconstruction "
      + "error.");
}
