package weka.autoencoder.conformance;

import static weka.autoencoder.conformance.BadInputCase.Outcome.DIVERGED_OR_FINITE;
import static weka.autoencoder.conformance.BadInputCase.Outcome.FINITE_OUTPUT;
import static weka.autoencoder.conformance.BadInputCase.Outcome.LATER_ERROR;
import static weka.autoencoder.conformance.BadInputCase.Outcome.TRAINING_ERROR;
import static weka.autoencoder.conformance.BadInputCase.Outcome.WARNING;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import weka.autoencoder.conformance.BadInputCase.DataChange;
import weka.autoencoder.conformance.BadInputCase.Kind;
import weka.autoencoder.conformance.BadInputCase.Outcome;

/**
 * The bad-input table of issue 13: one line per case. A new case is one more line; {@link BadInputSuiteTest} runs
 * each against every subject (filter configuration) it applies to and checks the message and that nothing was output.
 */
final class BadInputCases {

  private static final DataChange NONE = data -> { };
  private static final Predicate<Kind> ALL = kind -> true;
  private static final Predicate<Kind> NUMERIC = kind -> kind != Kind.IMAGE_FILES;
  private static final Predicate<Kind> SCALED = kind -> kind == Kind.TABLE || kind == Kind.SEQUENCES;

  private BadInputCases() {
  }

  static List<BadInputCase> all() {
    return Arrays.asList(
      // -normalize minmax explicitly: under auto, windows with the recurrent linear path are standardised instead
      row("a column from -1e308 to 1e308 (max - min overflows)", SCALED,
        data -> { Values.set(data, 0, 1e308); Values.set(data, 1, -1e308); }, NONE,
        options("-normalize", "minmax"), TRAINING_ERROR, "too wide a range to scale"),
      row("the same column with -normalize standardize", SCALED,
        data -> { Values.set(data, 0, 1e308); Values.set(data, 1, -1e308); }, NONE,
        options("-normalize", "standardize"), FINITE_OUTPUT),
      row("values of 1e25 with -normalize none (their squares overflow float32)", SCALED,
        data -> Values.setEvery(data, 1e25), NONE, options("-normalize", "none"), TRAINING_ERROR,
        "reaches 1.0E25 and -normalize is none", "overflow the 32-bit floats"),
      row("a value of 1e39 with -normalize none (beyond float32)", SCALED,
        data -> Values.set(data, 2, 1e39), NONE, options("-normalize", "none"), TRAINING_ERROR,
        "reaches 1.0E39 and -normalize is none"),
      row("values of 1e12 with -normalize none", SCALED, data -> Values.setEvery(data, 1e12), NONE,
        options("-normalize", "none"), DIVERGED_OR_FINITE, "training diverged", "-normalize is none"),
      row("one instance weight of 1e30", ALL, data -> data.instance(0).setWeight(1e30), NONE, none(),
        FINITE_OUTPUT),
      row("GaussianNoise -stddev 1e30", ALL, NONE, NONE,
        options("-noise", "weka.autoencoder.noise.GaussianNoise -stddev 1e30"), DIVERGED_OR_FINITE,
        "training diverged", "check -noise"),
      row("-learning-rate 10", ALL, NONE, NONE, options("-learning-rate", "10", "-epochs", "10"),
        DIVERGED_OR_FINITE, "training diverged", "-learning-rate (now 10"),
      row("a test value of 1e300 (finite in double, infinite in float32)", NUMERIC, NONE,
        data -> Values.set(data, 2, 1e300), none(), LATER_ERROR,
        "Instance 3 of the data filtered after training", "too large for the 32-bit floats"),
      row("one training instance", ALL, data -> Values.keepFirst(data, 1), NONE, none(), TRAINING_ERROR,
        "Only 1 training instance has a positive weight"),
      row("every weight 0", ALL, data -> Values.setWeights(data, 0), NONE, none(), TRAINING_ERROR,
        "Every training instance has weight 0"),
      row("a column with no observed value", SCALED, Values::firstChannelMissing, NONE, none(), TRAINING_ERROR,
        "has no observed value"),
      row("2 rows with a validation fraction of 0.1", ALL, data -> Values.keepFirst(data, 2), NONE,
        options("-validation-fraction", "0.1"), WARNING, "holds out no row"),
      row("-plot-directory naming a file", ALL, NONE, NONE, kind -> new String[] {"-plot-directory",
        BadInputSuiteTest.aFile().getPath()}, TRAINING_ERROR, "is a file, not a folder"),
      row("-pixel-range 0-255 on pixels up to 999", kind -> kind == Kind.PIXELS, data -> Values.set(data, 0, 999),
        NONE, options("-pixel-range", "0-255"), TRAINING_ERROR, "outside the declared -pixel-range 0-255"),
      row("a network too large for memory", kind -> kind == Kind.TABLE || kind == Kind.SEQUENCES, NONE, NONE, BadInputCases::hugeNetwork, TRAINING_ERROR,
        "100000000", "parameters"));
  }

  private static String[] hugeNetwork(Kind kind) {
    switch (kind) {
      case SEQUENCES:
        return new String[] {"-units", "100000000"};
      default:
        return new String[] {"-hidden", "100000000"};
    }
  }

  private static Function<Kind, String[]> none() {
    return kind -> new String[0];
  }

  private static Function<Kind, String[]> options(String... options) {
    return kind -> options;
  }

  private static BadInputCase row(String name, Predicate<Kind> appliesTo, DataChange train, DataChange test,
    Function<Kind, String[]> options, Outcome outcome, String... expected) {
    return new BadInputCase(name, appliesTo, train, test, options, outcome, expected);
  }
}
