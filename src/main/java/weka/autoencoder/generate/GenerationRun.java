package weka.autoencoder.generate;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import weka.autoencoder.log.UserLog;
import weka.autoencoder.options.GeneratorOptions;
import weka.autoencoder.options.OptionSheet;
import weka.autoencoder.quality.QualityReport;
import weka.autoencoder.quality.ReportFiles;
import weka.autoencoder.quality.ReportText;
import weka.core.Instances;
import weka.core.logging.Logger;

/**
 * One Generate after the model is ready: the class labels to decode, the rows drawn through the condition and the
 * privacy guard, what happened told on the console and in Weka's log (and kept for the ARFF comment), and the quality
 * report when one is asked for.
 */
public final class GenerationRun {

  private final Instances m_rows;
  private final List<String> m_lines;

  private GenerationRun(Instances rows, List<String> lines) {
    m_rows = rows;
    m_lines = lines;
  }

  /**
   * Reads {@code -condition} against a header, before training when the header is the training file's.
   *
   * @throws IllegalArgumentException for a bad condition, or one on the class that contradicts -class-value
   */
  public static RowCondition condition(Instances header, ColumnStatistics statistics, OptionSheet options,
    RequestedClass requested, String who) {
    boolean conditional = header.classIndex() >= 0 && header.classAttribute().isNominal();
    RowCondition condition = RowCondition.parse(options.get(GeneratorOptions.CONDITION), header, statistics,
      conditional, !options.get(GeneratorOptions.NO_CLIP), who);
    int asked = requested.labelIn(header, who);
    if (asked >= 0 && condition.classLabel() >= 0 && asked != condition.classLabel()) {
      throw new IllegalArgumentException(who + ": -class-value " + requested.value() + " and -condition ask for "
        + "different classes: give the class in one of them only.");
    }
    return condition;
  }

  /**
   * @param model the trained or loaded model
   * @param header the output header
   * @param options the generator's options
   * @param requested the -class-value
   * @param count rows to generate
   * @param seed the generator's seed
   * @param random source of every draw
   * @return the rows and what to say about them
   * @throws Exception when generating or the report fails
   */
  public static GenerationRun run(GeneratorModel model, Instances header, OptionSheet options,
    RequestedClass requested, int count, long seed, Random random, String who) throws Exception {
    RowCondition condition = condition(model.header(), model.statistics(), options, requested, who);
    int fixed = condition.classLabel() >= 0 ? condition.classLabel() : requested.labelIn(model.header(), who);
    int[] labels = condition.labels(model, fixed, count, seed);
    double minDistance = options.get(GeneratorOptions.MIN_DISTANCE);
    PrivacyGuard guard = new PrivacyGuard(minDistance, options.get(GeneratorOptions.ALLOW_COPIES),
      model.closestRecords());
    double temperature = options.get(GeneratorOptions.TEMPERATURE);
    int threads = options.get(GeneratorOptions.THREADS);
    MarginalMatching matching = options.get(GeneratorOptions.RAW_MARGINALS) ? null
      : matching(model, temperature, threads, seed);
    GuardedGeneration.Sampling sampling = new GuardedGeneration.Sampling(temperature,
      !options.get(GeneratorOptions.NO_CLIP), threads, matching);
    GuardedGeneration generation = GuardedGeneration.run(model, header, labels, count, condition, guard, sampling,
      random, who);
    List<String> lines = new ArrayList<>();
    if (matching == null && !options.get(GeneratorOptions.RAW_MARGINALS)) {
      lines.add("numeric values as decoded: this saved model holds no training rows to match their distribution to");
    }
    lines.add(guard.describe() + (guard.isActive() ? "; " + generation.privacyRejected() + " drawn rows were too "
      + "close and drawn again" : ""));
    if (!condition.isEmpty()) {
      lines.add(condition.describe() + (condition.needsRejection() ? "; " + generation.conditionRejected()
        + " drawn rows missed it and were drawn again" : ""));
    }
    for (String line : lines) {
      say(who, line);
    }
    File reportFile = options.get(GeneratorOptions.REPORT);
    if (GeneratorOptions.isSet(reportFile)) {
      report(model, generation.rows(), reportFile, minDistance, seed, lines, who);
    }
    return new GenerationRun(generation.rows(), lines);
  }

  /** @return the marginal matching fitted on rows decoded with a random stream of its own, or null without rows */
  private static MarginalMatching matching(GeneratorModel model, double temperature, int threads, long seed)
    throws Exception {
    Instances training = model.training();
    if (training == null) {
      return null;
    }
    boolean conditional = model.condition() != null;
    int[] labels = null;
    int count = MarginalMatching.SAMPLE_PER_GROUP;
    if (conditional) {
      int classes = model.condition().width();
      labels = new int[classes * MarginalMatching.SAMPLE_PER_GROUP];
      for (int i = 0; i < labels.length; i++) {
        labels[i] = i / MarginalMatching.SAMPLE_PER_GROUP;
      }
    } else {
      training.setClassIndex(-1);
    }
    double[][] decoded = model.decoded(labels, count, temperature, threads, new Random(seed * 31 + 7));
    return MarginalMatching.fit(training, decoded, conditional);
  }

  private static void report(GeneratorModel model, Instances rows, File file, double minDistance, long seed,
    List<String> lines, String who) throws Exception {
    Instances training = model.training();
    if (training == null) {
      throw new IllegalArgumentException(who + ": -report needs the training rows, which this saved model does not "
        + "hold (saved by an earlier version): train again with -training-file.");
    }
    QualityReport report = QualityReport.measure(training, rows, minDistance, seed);
    for (String line : lines) {
      report.note(line);
    }
    String markdown = ReportText.markdown(report, "Quality of " + rows.numInstances() + " rows generated from "
      + model.source());
    ReportFiles files = ReportFiles.forName(file);
    try {
      files.write(report, markdown);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(who + ": cannot write the report " + file + ": " + e.getMessage()
        + ": choose a file in a folder you can write to.", e);
    }
    System.err.println(markdown);
    Logger.log(Logger.Level.INFO, who + " quality report:\n" + markdown);
    say(who, "wrote the quality report to " + files.text() + " and its table to " + files.table());
  }

  private static void say(String who, String line) {
    UserLog.info(who + ": " + line);
  }

  /** @return the generated rows */
  public Instances rows() {
    return m_rows;
  }

  /** @return the lines about the guard and the condition, for the ARFF comment */
  public List<String> lines() {
    return m_lines;
  }
}
