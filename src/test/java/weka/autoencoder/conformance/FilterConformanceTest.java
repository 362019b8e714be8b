package weka.autoencoder.conformance;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.beans.PropertyDescriptor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import weka.core.Instances;
import weka.core.Option;
import weka.core.OptionHandler;
import weka.core.SerializationHelper;
import weka.core.Utils;
import weka.filters.Filter;

/**
 * What every autoencoder filter promises through Weka's own APIs (OptionHandler, the object editor's bean properties,
 * the Filter life cycle, serialization, instance weights, progress and Stop, threads), run on each configuration of
 * {@link Subjects}. Only public Weka-facing API is used, so the tests mean the same after internal refactorings.
 */
class FilterConformanceTest {

  private static final String SUBJECTS = "weka.autoencoder.conformance.Subjects#all";

  private static OptionHandler handler(Subject s) throws Exception {
    return (OptionHandler) s.fresh();
  }

  private static Filter trained(Subject s, Instances train, String... extra) throws Exception {
    Filter filter = s.quick(extra);
    filter.setInputFormat(train);
    Filter.useFilter(train, filter);
    return filter;
  }

  // ------------------------------------------------------------------------------------------- 1. options

  @ParameterizedTest(name = "{0}")
  @MethodSource(SUBJECTS)
  void optionsSurviveAGetSetRoundTripAndAOneStringRoundTrip(Subject s) throws Exception {
    String[][] configurations = {{}, s.quickOptions(), s.nonDefaultOptions()};
    for (String[] configuration : configurations) {
      OptionHandler first = handler(s);
      first.setOptions(configuration.clone());
      String[] options = first.getOptions();
      String what = "set from " + Arrays.toString(configuration);
      assertArrayEquals(options, first.getOptions(), "getOptions twice, " + what);

      OptionHandler second = handler(s);
      second.setOptions(options.clone());
      assertArrayEquals(options, second.getOptions(), what);

      // As a KnowledgeFlow .kf file (or the Explorer's history) stores them: one string.
      String line = Utils.joinOptions(options);
      OptionHandler third = handler(s);
      third.setOptions(Utils.splitOptions(line));
      assertArrayEquals(options, third.getOptions(), "through the string " + line);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(SUBJECTS)
  void theNonDefaultConfigurationChangesEveryOptionGetOptionsEmits(Subject s) throws Exception {
    OptionHandler defaults = handler(s);
    OptionHandler changed = handler(s);
    changed.setOptions(s.nonDefaultOptions());
    Map<String, Integer> listed = OptionNames.listed(defaults);
    Map<String, String> before = OptionNames.parse(defaults.getOptions(), listed);
    Map<String, String> after = OptionNames.parse(changed.getOptions(), listed);
    Set<String> names = new LinkedHashSet<>(before.keySet());
    names.addAll(after.keySet());
    List<String> unchanged = new ArrayList<>();
    for (String name : names) {
      if (Objects.equals(before.get(name), after.get(name))) {
        unchanged.add("-" + name + " " + before.get(name));
      }
    }
    assertTrue(unchanged.isEmpty(), "the round trip with non-default values does not cover " + unchanged
      + "; getOptions gave " + Arrays.toString(changed.getOptions()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(SUBJECTS)
  void anUnknownOptionIsRefusedByName(Subject s) throws Exception {
    Exception e = assertThrows(Exception.class,
      () -> handler(s).setOptions(new String[] {"-code-size", "3", "-no-such-option", "4"}));
    assertNotNull(e.getMessage());
    assertTrue(e.getMessage().contains("-no-such-option"), e.getMessage());
  }

  // ------------------------------------------------------------------------------------------- 2. help

  @ParameterizedTest(name = "{0}")
  @MethodSource(SUBJECTS)
  void listOptionsDescribesEveryOptionGetOptionsEmits(Subject s) throws Exception {
    OptionHandler handler = handler(s);
    Map<String, Integer> listed = OptionNames.listed(handler);
    for (String[] configuration : new String[][] {{}, s.nonDefaultOptions()}) {
      OptionHandler configured = handler(s);
      configured.setOptions(configuration.clone());
      String[] options = configured.getOptions();
      for (Map.Entry<String, String> option : OptionNames.parse(options, listed).entrySet()) {
        Integer arguments = listed.get(option.getKey());
        assertNotNull(arguments, "-" + option.getKey() + " is emitted by getOptions but not in listOptions: "
          + listed.keySet());
        assertEquals(arguments > 0, !option.getValue().isEmpty(), "-" + option.getKey()
          + ": listOptions and getOptions disagree on whether it takes a value");
      }
    }
    for (Option option : Collections.list(handler.listOptions())) {
      if (!option.name().isEmpty()) {
        assertFalse(option.description() == null || option.description().trim().isEmpty(), option.name());
        assertTrue(option.synopsis().contains("-" + option.name().replaceFirst("^-+", "")), option.synopsis());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(SUBJECTS)
  void globalInfoAndEveryPropertyTheGuiShowsHaveHelpText(Subject s) throws Exception {
    Object filter = s.fresh();
    String info = (String) s.type().getMethod("globalInfo").invoke(filter);
    assertFalse(info == null || info.trim().isEmpty(), "globalInfo");
    List<PropertyDescriptor> shown = GuiProperties.shown(s.type());
    assertTrue(shown.size() > 10, "the GUI shows the filter's settings: " + shown.size());
    List<String> withoutHelp = new ArrayList<>();
    for (PropertyDescriptor p : shown) {
      String text = GuiProperties.helpText(filter, p);
      if (text == null || text.trim().isEmpty()) {
        withoutHelp.add(p.getName());
      }
    }
    assertTrue(withoutHelp.isEmpty(), "properties the GUI shows without help text: " + withoutHelp);
  }

  // ------------------------------------------------------------------------------------------- 3. saving

  @ParameterizedTest(name = "{0}")
  @MethodSource(SUBJECTS)
  void aTrainedFilterSerializedOrCopiedFiltersExactlyAsTheOriginal(Subject s, @TempDir Path dir) throws Exception {
    Filter filter = trained(s, s.train());
    double[][] expected = Rows.of(Filter.useFilter(s.test(), filter));

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SerializationHelper.write(bytes, filter);
    Filter fromBytes = (Filter) SerializationHelper.read(new ByteArrayInputStream(bytes.toByteArray()));
    String file = dir.resolve("filter.model").toString();
    SerializationHelper.write(file, filter);
    Filter fromFile = (Filter) SerializationHelper.read(file);
    Filter copy = Filter.makeCopy(filter);

    try (StdErr err = StdErr.capture()) {
      assertArrayEquals(expected, Rows.of(Filter.useFilter(s.test(), fromBytes)), "serialized to bytes");
      assertArrayEquals(expected, Rows.of(Filter.useFilter(s.test(), fromFile)), "serialized to a file");
      assertArrayEquals(expected, Rows.of(Filter.useFilter(s.test(), copy)), "Filter.makeCopy");
      assertEquals(List.of(), err.linesStartingWith(s.simpleName() + ": epoch"), "a restored filter does not train");
    }
    assertArrayEquals(expected, Rows.of(Filter.useFilter(s.test(), filter)), "the original, after copying");
  }

  // ------------------------------------------------------------------------------------------- 4. later batches

  @ParameterizedTest(name = "{0}")
  @MethodSource(SUBJECTS)
  void laterBatchesReuseTheFirstNetworkWhateverTheirContent(Subject s) throws Exception {
    Instances train = s.train();
    Filter filter = trained(s, train);
    Instances test = s.test();
    try (StdErr err = StdErr.capture()) {
      double[][] once = Rows.of(Filter.useFilter(test, filter));
      double[][] twice = Rows.of(Filter.useFilter(test, filter));
      assertArrayEquals(once, twice, "the same batch twice");

      Instances alone = new Instances(test, 0, 1);
      Instances pair = new Instances(test, 0, 2);
      Instances crowd = new Instances(test, 0, 1);
      Rows.append(crowd, train);
      double[] a = Rows.of(Filter.useFilter(alone, filter))[0];
      double[] inPair = Rows.of(Filter.useFilter(pair, filter))[0];
      double[] inCrowd = Rows.of(Filter.useFilter(crowd, filter))[0];
      assertArrayEquals(once[0], a, 1e-5, "row A alone vs in the test batch");
      assertArrayEquals(a, inPair, 1e-5, "row A alone vs {A, B}");
      assertArrayEquals(a, inCrowd, 1e-5, "row A alone vs A with the training rows");
      assertEquals(List.of(), err.linesStartingWith(s.simpleName() + ": epoch"), "later batches do not train");
    }
  }

  // ------------------------------------------------------------------------------------------- 5. weights

  @ParameterizedTest(name = "{0}")
  @MethodSource(SUBJECTS)
  void instanceWeightsChangeTraining(Subject s) throws Exception {
    Instances plain = s.train();
    Instances weighted = s.train();
    for (int i = 0; i < weighted.numInstances() / 2; i++) {
      weighted.instance(i).setWeight(5);
    }
    Filter unweightedFilter = trained(s, plain);
    Filter weightedFilter = trained(s, weighted);
    double[][] unweightedOut = Rows.of(Filter.useFilter(s.test(), unweightedFilter));
    double[][] weightedOut = Rows.of(Filter.useFilter(s.test(), weightedFilter));
    assertFalse(Arrays.deepEquals(unweightedOut, weightedOut), "weights 5 on half the rows changed nothing");
  }

  // ------------------------------------------------------------------------------------------- 6. progress

  @ParameterizedTest(name = "{0}")
  @MethodSource(SUBJECTS)
  void trainingPrintsEpochLinesOnStandardError(Subject s) throws Exception {
    Instances train = s.train();
    String text;
    try (StdErr err = StdErr.capture()) {
      trained(s, train);
      text = err.text();
      String first = s.simpleName() + ": epoch 1/" + Subject.EPOCHS + " ";
      String last = s.simpleName() + ": epoch " + Subject.EPOCHS + "/" + Subject.EPOCHS + " ";
      assertAll(() -> assertFalse(err.linesStartingWith(first).isEmpty(), "no line '" + first + "...' in:\n" + text),
        () -> assertFalse(err.linesStartingWith(last).isEmpty(), "no line '" + last + "...' in:\n" + text));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(SUBJECTS)
  void aPlotDirectoryReceivesTheLossCurve(Subject s, @TempDir Path plots) throws Exception {
    try (StdErr err = StdErr.capture()) {
      trained(s, s.train(), "-plot-directory", plots.toString());
      java.io.File loss = plots.resolve(s.simpleName() + "-loss.png").toFile();
      assertTrue(loss.isFile() && loss.length() > 0, "no " + loss + "; wrote:\n" + err.text());
      assertNotNull(javax.imageio.ImageIO.read(loss), "a PNG that reads back");
    }
  }

  // ------------------------------------------------------------------------------------------- 7. stop

  /** What a training run in its own thread did when interrupted after its first epoch line. */
  private static final class StoppedRun {
    boolean sawFirstEpoch;
    boolean ended;
    double secondsToEnd;
    Throwable failure;
    String err;
  }

  private static StoppedRun trainAndInterrupt(Subject s, Filter filter, Instances train) throws Exception {
    StoppedRun run = new StoppedRun();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread = new Thread(() -> {
      try {
        Filter.useFilter(train, filter);
      } catch (Throwable e) {
        failure.set(e);
      }
    }, "conformance-training-" + s.simpleName());
    thread.setDaemon(true);
    try (StdErr err = StdErr.capture()) {
      thread.start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (!err.hasEpochLine(s.simpleName(), 1) && thread.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      run.sawFirstEpoch = err.hasEpochLine(s.simpleName(), 1);
      long interruptedAt = System.nanoTime();
      thread.interrupt();
      thread.join(10_000);
      run.ended = !thread.isAlive();
      run.secondsToEnd = (System.nanoTime() - interruptedAt) / 1e9;
      run.err = err.text();
    }
    run.failure = failure.get();
    return run;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(SUBJECTS)
  void interruptingTrainingStopsItAndLeavesTheFilterUntrained(Subject s) throws Exception {
    Instances train = s.train();
    Filter filter = s.quick("-epochs", "5000");
    filter.setInputFormat(train);
    StoppedRun run = trainAndInterrupt(s, filter, train);
    assertAll(
      () -> assertTrue(run.sawFirstEpoch, "no '" + s.simpleName() + ": epoch 1/' line within 10 s, so the "
        + "test could not wait for training to be under way; stderr:\n" + run.err),
      () -> assertTrue(run.ended, "training still running 10 s after the interrupt"),
      () -> assertTrue(run.secondsToEnd < 5, "training took " + run.secondsToEnd + " s to stop"),
      () -> assertTrue(run.failure instanceof Exception, "ended with " + run.failure + ", not an exception"),
      () -> assertTrue(run.failure != null && run.failure.getMessage() != null
        && run.failure.getMessage().toLowerCase(Locale.ROOT).contains("stopped"),
        "the exception says training was stopped: " + run.failure),
      () -> assertFalse(filter.isFirstBatchDone(), "a stopped filter is not marked trained"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(SUBJECTS)
  void aStoppedFilterTrainsAfreshOnItsNextBatch(Subject s) throws Exception {
    Instances train = s.train();
    Filter filter = s.quick("-epochs", "5000");
    filter.setInputFormat(train);
    StoppedRun run = trainAndInterrupt(s, filter, train);
    assertTrue(run.ended && run.failure instanceof Exception, "the first run stopped: " + run.failure);

    // Same object, quick options again, no new setInputFormat: the next batch is a first batch again.
    ((OptionHandler) filter).setOptions(s.quickOptions());
    Instances next = s.test();
    Instances out;
    out = Filter.useFilter(next, filter);
    assertEquals(next.numInstances(), out.numInstances(),
      "the next batch's output has its own rows only (none left over from the stopped batch)");
    Filter fresh = s.quick();
    fresh.setInputFormat(next);
    assertArrayEquals(Rows.of(Filter.useFilter(next, fresh)), Rows.of(out),
      "training after a stop gives what a fresh filter trained on that batch gives");
  }

  // ------------------------------------------------------------------------------------------- 8. threads

  @ParameterizedTest(name = "{0}")
  @MethodSource(SUBJECTS)
  void anotherThreadCountInBetweenDoesNotChangeAOneThreadResult(Subject s) throws Exception {
    Instances train = s.train();
    Instances test = s.test();
    Filter before = trained(s, train, "-threads", "1");
    double[][] alone = Rows.of(Filter.useFilter(test, before));
    Filter twoThreads = trained(s, train, "-threads", "2");
    Rows.of(Filter.useFilter(test, twoThreads));
    Filter after = trained(s, train, "-threads", "1");
    assertArrayEquals(alone, Rows.of(Filter.useFilter(test, before)),
      "the -threads 1 filter applied after a -threads 2 filter trained");
    assertArrayEquals(alone, Rows.of(Filter.useFilter(test, after)),
      "a -threads 1 filter trained after a -threads 2 filter");
  }
}
