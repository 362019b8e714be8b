package weka.autoencoder.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import weka.autoencoder.conformance.BadInputCase.Kind;
import weka.autoencoder.conformance.BadInputCase.Outcome;
import weka.autoencoder.filter.AutoencoderFilter;
import weka.autoencoder.train.EpochReport;
import weka.autoencoder.train.ProgressListener;
import weka.core.Instance;
import weka.core.Instances;
import weka.filters.Filter;

/**
 * Runs every line of the bad-input table ({@link BadInputCases}) against every filter configuration it applies to,
 * through Weka's filter API as a user's program would, and checks what the user sees: the message, that no instance
 * was output after an error, that a warning reached the progress listeners, and that no output value is NaN or
 * infinite. Also: a damaged saved filter gets the damaged-model message.
 */
class BadInputSuiteTest {

  private static File s_file;

  /** What each case showed the user, written as a table when -Dbad.input.report=<file> is set. */
  private static final List<String> REPORT = java.util.Collections.synchronizedList(new ArrayList<>());

  @org.junit.jupiter.api.AfterAll
  static void writeReport() throws IOException {
    String file = System.getProperty("bad.input.report");
    if (file == null || file.isEmpty()) {
      return;
    }
    List<String> lines = new ArrayList<>();
    lines.add("| case | filter | outcome | what the user sees |");
    lines.add("| --- | --- | --- | --- |");
    lines.addAll(REPORT);
    java.nio.file.Files.write(new File(file).toPath(), lines);
  }

  private static void record(Subject subject, BadInputCase c, String outcome, String text) {
    String shown = text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    REPORT.add("| " + c + " | " + subject + " | " + outcome + " | " + shown + " |");
  }

  /** @return a file that exists (for the "-plot-directory names a file" case) */
  static synchronized File aFile() {
    if (s_file == null) {
      try {
        s_file = File.createTempFile("not-a-folder", ".txt");
        s_file.deleteOnExit();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return s_file;
  }

  static Stream<Arguments> cases() {
    List<Arguments> all = new ArrayList<>();
    Subjects.all().forEach(subject -> {
      for (BadInputCase c : BadInputCases.all()) {
        if (c.m_appliesTo.test(Kind.of(subject))) {
          all.add(Arguments.of(subject, c));
        }
      }
    });
    return all.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("cases")
  void badInputEndsInAClearMessageOrFiniteOutput(Subject subject, BadInputCase c) throws Exception {
    Instances train = subject.train();
    Instances test = subject.test();
    c.m_train.apply(train);
    c.m_test.apply(test);
    Filter filter = subject.quick(c.m_options.apply(Kind.of(subject)));
    Recorder recorder = new Recorder();
    ((AutoencoderFilter) filter).setProgressListener(recorder);
    switch (c.m_outcome) {
      case TRAINING_ERROR: {
        Exception e = assertThrows(Exception.class, () -> train(train, filter));
        record(subject, c, "error", e.getMessage());
        assertMessage(c, e);
        assertEquals(0, filter.numPendingOutput(), "no instance may be output after the error");
        if (c.m_name.contains("plot-directory")) {
          assertEquals(0, recorder.m_epochs, "the plot folder must be checked before training");
        }
        break;
      }
      case LATER_ERROR: {
        train(train, filter);
        Exception e = assertThrows(Exception.class, () -> Filter.useFilter(test, filter));
        record(subject, c, "error in the later batch", e.getMessage());
        assertMessage(c, e);
        break;
      }
      case WARNING: {
        assertFinite(train(train, filter), c);
        record(subject, c, "warning, finite output", String.join(" ", recorder.m_warnings));
        assertTrue(recorder.m_warnings.stream().anyMatch(w -> w.contains(c.m_expected[0])),
          "expected a warning containing '" + c.m_expected[0] + "', got " + recorder.m_warnings);
        break;
      }
      case FINITE_OUTPUT:
        assertFinite(train(train, filter), c);
        assertFinite(Filter.useFilter(test, filter), c);
        record(subject, c, "trains; finite output", "");
        break;
      case DIVERGED_OR_FINITE: {
        Instances out;
        try {
          out = train(train, filter);
        } catch (Exception e) {
          record(subject, c, "error", e.getMessage());
          assertMessage(c, e);
          assertEquals(0, filter.numPendingOutput(), "no instance may be output after the error");
          break;
        }
        assertFinite(out, c);
        record(subject, c, "did not diverge; finite output", "");
        break;
      }
      default:
        fail("unknown outcome " + c.m_outcome);
    }
  }

  /** Trains the filter on the batch as a Weka program does: input format, then the batch. */
  private static Instances train(Instances data, Filter filter) throws Exception {
    filter.setInputFormat(data);
    return Filter.useFilter(data, filter);
  }

  static Stream<Subject> subjects() {
    return Subjects.all();
  }

  /** A saved filter whose bytes were cut short loads with the damaged-model message, not a Java stream error. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("subjects")
  void truncatedSavedFilterSaysItIsDamaged(Subject subject) throws Exception {
    Filter filter = subject.quick();
    train(subject.train(), filter);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(filter);
    }
    byte[] whole = bytes.toByteArray();
    byte[] cut = Arrays.copyOf(whole, whole.length * 3 / 4);
    Exception e = assertThrows(Exception.class, () -> {
      try (ObjectInputStream in = new ObjectInputStream(new java.io.ByteArrayInputStream(cut))) {
        in.readObject();
      }
    });
    assertTrue(chain(e).contains("damaged or was written by an incompatible version"),
      "message chain: " + chain(e));
  }

  private static void assertMessage(BadInputCase c, Exception e) {
    String message = String.valueOf(e.getMessage());
    for (String expected : c.m_expected) {
      assertTrue(message.contains(expected), "expected '" + expected + "' in: " + message);
    }
    assertFalse(message.contains("org.nd4j") || message.contains("org.bytedeco"),
      "the message must not be a native trace: " + message);
  }

  private static void assertFinite(Instances out, BadInputCase c) {
    assertTrue(out.numInstances() > 0, c + ": no output");
    boolean anyValue = false;
    for (Instance instance : out) {
      for (int a = 0; a < out.numAttributes(); a++) {
        if (a == out.classIndex() || !out.attribute(a).isNumeric() || instance.isMissing(a)) {
          continue;
        }
        anyValue = true;
        assertTrue(Double.isFinite(instance.value(a)), c + ": output " + out.attribute(a).name() + " = "
          + instance.value(a));
      }
    }
    assertTrue(anyValue || out.checkForAttributeType(weka.core.Attribute.RELATIONAL), c + ": every output value "
      + "is missing");
  }

  private static String chain(Throwable e) {
    StringBuilder b = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      b.append(t).append(" <- ");
    }
    return b.toString();
  }

  /** Collects what a user sees in the progress window. */
  private static final class Recorder implements ProgressListener {
    private int m_epochs;
    private final List<String> m_warnings = new ArrayList<>();

    @Override
    public void epochFinished(EpochReport report) {
      m_epochs++;
    }

    @Override
    public void trainingFinished(String summary) {
    }

    @Override
    public void warning(String message) {
      m_warnings.add(message);
    }
  }
}
