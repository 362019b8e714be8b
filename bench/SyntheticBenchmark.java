import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import weka.autoencoder.quality.ClosestRecords;
import weka.autoencoder.quality.DetectionTest;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.Evaluation;
import weka.classifiers.functions.Logistic;
import weka.classifiers.meta.AdaBoostM1;
import weka.classifiers.trees.J48;
import weka.classifiers.trees.RandomForest;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.converters.ArffSaver;
import weka.datagenerators.classifiers.classification.VariationalAutoencoderGenerator;

/**
 * Issue 18's benchmark (run with bench/run-synthetic.sh): train on synthetic, test on real. For every dataset and
 * each of the 3 folds of a stratified 3-fold split (seed 1), on the training part: the generator with its defaults
 * (seed 1, extra options from -Dgenerator.options) is trained once and generates as many rows as the part has in
 * each variant of -Dvariants ("name=generation options;...", default "vae=;vae-raw=-raw-marginals": numeric
 * columns matched to the training marginals, and as decoded), from the same model; the peer, per-class independent
 * sampling (each attribute drawn from the empirical distribution of its class's training rows), draws as many.
 * Logistic, J48, RandomForest and AdaBoostM1 (J48 base) are trained on each set and on the real part, and tested on
 * the real test part: macro-F1 over the classes present in the test part. Detection: DetectionTest (random forest,
 * 5-fold CV, real training rows vs generated rows, balanced). DCR: each row's Gower-like distance to the closest
 * training row (median; exact copies), beside the real test rows' own (a natural level). Classes missing: training
 * classes absent from the generated rows.
 */
public class SyntheticBenchmark {

  private static final int FOLDS = 3;

  public static void main(String[] args) throws Exception {
    String[] variants = System.getProperty("variants", "vae=;vae-raw=-raw-marginals").trim().split(";");
    String extra = System.getProperty("generator.options", "").trim();
    List<String> methods = new ArrayList<>();
    methods.add("real");
    for (String v : variants) {
      methods.add(v.substring(0, v.indexOf('=')).trim());
    }
    methods.add("independent");
    Classifier[] classifiers = classifiers();
    // method -> dataset -> sums
    Map<String, Map<String, double[]>> f1 = new LinkedHashMap<>();
    Map<String, Map<String, double[]>> other = new LinkedHashMap<>();
    for (String m : methods) {
      f1.put(m, new LinkedHashMap<>());
      other.put(m, new LinkedHashMap<>());
    }
    List<String> names = new ArrayList<>();
    for (String file : args) {
      Instances data = load(file);
      String name = new File(file).getName().replace(".arff", "");
      names.add(name);
      for (String m : methods) {
        f1.get(m).put(name, new double[classifiers.length]);
        other.get(m).put(name, new double[5]);
      }
      Instances shuffled = new Instances(data);
      shuffled.randomize(new Random(1));
      shuffled.stratify(FOLDS);
      for (int fold = 0; fold < FOLDS; fold++) {
        Instances train = shuffled.trainCV(FOLDS, fold, new Random(1));
        Instances test = shuffled.testCV(FOLDS, fold);
        Map<String, Instances> sets = new LinkedHashMap<>();
        sets.put("real", train);
        long start = System.nanoTime();
        generate(train, variants, extra, sets);
        double seconds = (System.nanoTime() - start) / 1e9;
        sets.put("independent", independent(train, train.numInstances(), new Random(fold + 1)));
        ClosestRecords closest = new ClosestRecords(train);
        double holdoutDcr = median(closest.distances(test));
        for (Map.Entry<String, Instances> set : sets.entrySet()) {
          String m = set.getKey();
          Instances rows = set.getValue();
          double[] scores = new double[classifiers.length];
          for (int c = 0; c < classifiers.length; c++) {
            scores[c] = macroF1(classifiers[c], rows, test);
            f1.get(m).get(name)[c] += scores[c] / FOLDS;
          }
          double detection = m.equals("real") ? Double.NaN : DetectionTest.accuracy(train, rows, 5, 1);
          double[] dcr = m.equals("real") ? new double[] {holdoutDcr} : closest.distances(rows);
          int copies = 0;
          for (double d : dcr) {
            copies += d == 0 && !m.equals("real") ? 1 : 0;
          }
          int missing = missingClasses(train, rows);
          double[] o = other.get(m).get(name);
          o[0] += detection / FOLDS;
          o[1] += median(dcr) / FOLDS;
          o[2] += copies;
          o[3] += missing;
          o[4] += m.startsWith("vae") ? seconds / FOLDS : 0;
          System.out.printf(Locale.ROOT, "FOLD %s %d %s f1=%s detection=%.3f dcr=%.4f copies=%d missing=%d%s%n", name,
            fold, m, Arrays.toString(round(scores)), detection, median(dcr), copies, missing,
            m.startsWith("vae") ? String.format(Locale.ROOT, " seconds=%.0f", seconds) : "");
          System.out.flush();
        }
      }
    }
    print(names, methods, classifiers, f1, other);
  }

  private static Classifier[] classifiers() {
    RandomForest forest = new RandomForest();
    forest.setNumExecutionSlots(1);
    AdaBoostM1 boost = new AdaBoostM1();
    boost.setClassifier(new J48());
    return new Classifier[] {new Logistic(), new J48(), forest, boost};
  }

  private static void generate(Instances train, String[] variants, String extra, Map<String, Instances> sets)
    throws Exception {
    Path arff = Files.createTempFile("synthetic-train", ".arff");
    Path model = Files.createTempFile("synthetic-model", ".vae");
    ArffSaver saver = new ArffSaver();
    saver.setInstances(train);
    saver.setFile(arff.toFile());
    saver.writeBatch();
    for (int t = 0; t < variants.length; t++) {
      String variant = variants[t];
      List<String> options = new ArrayList<>(Arrays.asList("-n", "" + train.numInstances(), "-S", "1"));
      String own = variant.substring(variant.indexOf('=') + 1).trim();
      if (!own.isEmpty()) {
        options.addAll(Arrays.asList(own.split("\\s+")));
      }
      if (t == 0) {
        options.addAll(Arrays.asList("-training-file", arff.toString(), "-save-model", model.toString()));
        if (!extra.isEmpty()) {
          options.addAll(Arrays.asList(extra.split("\\s+")));
        }
      } else {
        options.addAll(Arrays.asList("-model", model.toString()));
      }
      VariationalAutoencoderGenerator generator = new VariationalAutoencoderGenerator();
      generator.setOptions(options.toArray(new String[0]));
      generator.defineDataFormat();
      Instances rows = generator.generateExamples();
      rows.setClassIndex(train.classIndex());
      sets.put(variant.substring(0, variant.indexOf('=')).trim(), rows);
    }
    Files.delete(arff);
    Files.delete(model);
  }

  /** The peer: every attribute drawn independently from the training rows of the row's class. */
  static Instances independent(Instances train, int count, Random random) {
    int classes = train.numClasses();
    List<List<Instance>> byClass = new ArrayList<>();
    for (int c = 0; c < classes; c++) {
      byClass.add(new ArrayList<>());
    }
    for (Instance instance : train) {
      byClass.get((int) instance.classValue()).add(instance);
    }
    Instances result = new Instances(train, count);
    for (int i = 0; i < count; i++) {
      List<Instance> rows = byClass.get((int) train.instance(i % train.numInstances()).classValue());
      double[] values = new double[train.numAttributes()];
      for (int a = 0; a < values.length; a++) {
        values[a] = rows.get(random.nextInt(rows.size())).value(a);
      }
      result.add(new DenseInstance(1.0, values));
    }
    return result;
  }

  static double macroF1(Classifier classifier, Instances train, Instances test) throws Exception {
    Classifier copy = AbstractClassifier.makeCopy(classifier);
    copy.buildClassifier(train);
    Evaluation evaluation = new Evaluation(train);
    evaluation.evaluateModel(copy, test);
    double sum = 0;
    int present = 0;
    double[] counts = test.attributeStats(test.classIndex()).nominalCounts == null ? new double[0]
      : Arrays.stream(test.attributeStats(test.classIndex()).nominalCounts).asDoubleStream().toArray();
    for (int c = 0; c < counts.length; c++) {
      if (counts[c] > 0) {
        double f = evaluation.fMeasure(c);
        sum += Double.isNaN(f) ? 0 : f;
        present++;
      }
    }
    return sum / present;
  }

  static int missingClasses(Instances train, Instances rows) {
    int[] a = train.attributeStats(train.classIndex()).nominalCounts;
    int[] b = rows.attributeStats(train.classIndex()).nominalCounts;
    int missing = 0;
    for (int c = 0; c < a.length; c++) {
      missing += a[c] > 0 && b[c] == 0 ? 1 : 0;
    }
    return missing;
  }

  static double median(double[] values) {
    double[] s = values.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  private static double[] round(double[] v) {
    double[] r = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      r[i] = Math.round(v[i] * 1000) / 1000.0;
    }
    return r;
  }

  static Instances load(String file) throws Exception {
    Instances data = new Instances(new java.io.BufferedReader(new java.io.FileReader(file)));
    data.setClassIndex(data.numAttributes() - 1);
    return data;
  }

  private static void print(List<String> names, List<String> methods, Classifier[] classifiers,
    Map<String, Map<String, double[]>> f1, Map<String, Map<String, double[]>> other) {
    System.out.println();
    StringBuilder head = new StringBuilder("| dataset | rows trained on |");
    StringBuilder rule = new StringBuilder("| --- | --- |");
    for (Classifier c : classifiers) {
      head.append(' ').append(c.getClass().getSimpleName()).append(" |");
      rule.append(" --- |");
    }
    head.append(" mean macro-F1 | vs real | detection | DCR median | exact copies | classes missing | train s/fold |");
    rule.append(" --- | --- | --- | --- | --- | --- | --- |");
    System.out.println(head);
    System.out.println(rule);
    Map<String, double[]> average = new LinkedHashMap<>();
    for (String name : names) {
      double realMean = Arrays.stream(f1.get("real").get(name)).average().getAsDouble();
      for (String m : methods) {
        double[] s = f1.get(m).get(name);
        double mean = Arrays.stream(s).average().getAsDouble();
        double[] o = other.get(m).get(name);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %s | %s |", name, m));
        for (double v : s) {
          line.append(String.format(Locale.ROOT, " %.3f |", v));
        }
        line.append(String.format(Locale.ROOT, " %.3f | %+.1f | %s | %.3f%s | %s | %.0f | %s |", mean,
          100 * (mean - realMean), m.equals("real") ? "-" : String.format(Locale.ROOT, "%.1f %%", 100 * o[0]),
          o[1], m.equals("real") ? " (test rows)" : "", m.equals("real") ? "-" : String.format("%.0f", o[2]), o[3],
          m.startsWith("vae") ? String.format(Locale.ROOT, "%.0f", o[4]) : "-"));
        System.out.println(line);
        double[] acc = average.computeIfAbsent(m, k -> new double[5]);
        acc[0] += mean / names.size();
        acc[1] += 100 * (mean - realMean) / names.size();
        acc[2] += (Double.isNaN(o[0]) ? 0 : o[0]) / names.size();
        acc[3] += o[2];
        acc[4] += o[3];
      }
    }
    System.out.println();
    System.out.println("| rows trained on | mean macro-F1 over datasets | vs real, points | mean detection | exact copies | classes missing |");
    System.out.println("| --- | --- | --- | --- | --- | --- |");
    for (Map.Entry<String, double[]> e : average.entrySet()) {
      double[] a = e.getValue();
      boolean real = e.getKey().equals("real");
      System.out.printf(Locale.ROOT, "| %s | %.3f | %+.1f | %s | %s | %.0f |%n", e.getKey(), a[0], a[1],
        real ? "-" : String.format(Locale.ROOT, "%.1f %%", 100 * a[2]), real ? "-" : String.format("%.0f", a[3]),
        a[4]);
    }
  }
}
