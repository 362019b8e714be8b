package weka.autoencoder.conformance;

import java.util.function.Predicate;

import weka.core.Instances;

/**
 * One row of the bad-input table: what is done to a subject's data or options, which subjects it applies to, and
 * what the user must see. The table itself is {@link BadInputCases}; {@link BadInputSuiteTest} runs every row
 * against every subject it applies to.
 */
final class BadInputCase {

  /** What the user must get. */
  enum Outcome {
    /** An exception from the first batch whose message holds the text; no instance is output. */
    TRAINING_ERROR,
    /** Training succeeds; filtering the test batch throws an exception whose message holds the text. */
    LATER_ERROR,
    /** The run succeeds, a training warning holds the text, and every output value is finite. */
    WARNING,
    /** The run succeeds and every output value is finite, though the input invites overflow. */
    FINITE_OUTPUT,
    /**
     * Either training ends with an error holding the text, or it does not diverge and every output value is finite
     * (whether e.g. a learning rate of 10 diverges depends on the network).
     */
    DIVERGED_OR_FINITE
  }

  /** Changes a copy of the data; the subject's own data are never touched. */
  @FunctionalInterface
  interface DataChange {
    void apply(Instances data) throws Exception;
  }

  /** Who a case applies to. */
  enum Kind {
    TABLE, PIXELS, IMAGE_FILES, SEQUENCES;

    static Kind of(Subject subject) {
      String name = subject.toString();
      if (name.contains("image files")) {
        return IMAGE_FILES;
      }
      if (name.contains("pixel")) {
        return PIXELS;
      }
      return name.startsWith("Recurrent") ? SEQUENCES : TABLE;
    }
  }

  final String m_name;
  final Predicate<Kind> m_appliesTo;
  final DataChange m_train;
  final DataChange m_test;
  final java.util.function.Function<Kind, String[]> m_options;
  final Outcome m_outcome;
  final String[] m_expected;

  BadInputCase(String name, Predicate<Kind> appliesTo, DataChange train, DataChange test,
    java.util.function.Function<Kind, String[]> options, Outcome outcome, String... expected) {
    m_name = name;
    m_appliesTo = appliesTo;
    m_train = train;
    m_test = test;
    m_options = options;
    m_outcome = outcome;
    m_expected = expected;
  }

  @Override
  public String toString() {
    return m_name;
  }
}
