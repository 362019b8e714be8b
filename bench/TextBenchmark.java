import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import weka.autoencoder.codec.TextBatch;
import weka.autoencoder.codec.TextCodec;
import weka.autoencoder.codec.Vocabulary;
import weka.autoencoder.model.TextAutoencoderModel;
import weka.autoencoder.model.TokenLoss;
import weka.classifiers.Classifier;
import weka.classifiers.Evaluation;
import weka.classifiers.functions.Logistic;
import weka.classifiers.functions.SMO;
import weka.core.Instances;
import weka.core.Utils;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.PrincipalComponents;
import weka.filters.unsupervised.attribute.RecurrentAutoencoder;
import weka.filters.unsupervised.attribute.StringToWordVector;

/**
 * Issue 16's text benchmark on the shipped Reuters grain stories (1,554 training, 604 test documents): document
 * features fitted on the training stories only, then Weka's Logistic and SMO trained on the training features and
 * scored on the test features (accuracy, ROC AUC of the grain class). SMO runs twice: with its defaults (hard class
 * decisions, so its AUC is 0.5 whenever it puts every story in one class) and with -M (logistic calibration models
 * on the SVM's outputs, so its scores rank the stories). Features compared:
 * <ul>
 * <li>RecurrentAutoencoder codes (its defaults, plus any options given);</li>
 * <li>StringToWordVector word counts (-C -L, its other defaults: 1,000 words per class);</li>
 * <li>latent semantic analysis at the code's dimension: StringToWordVector log-tf-idf counts (-C -L -T -I) then
 * PrincipalComponents (-C, covariance) keeping as many components as the code has.</li>
 * </ul>
 * Also the autoencoder's token accuracy on the test stories (the most probable token at each step against the token
 * read; -max-tokens cut stories are compared on what was read) beside always guessing the most frequent token, and
 * training time (wall and CPU). Usage: bench/run-text.sh [-codes-only | -baselines-only] [RecurrentAutoencoder
 * options...] (-codes-only skips the word-count and LSA rows, for quick experiments; -baselines-only gives only
 * them).
 */
public class TextBenchmark {

  public static void main(String[] args) throws Exception {
    String dir = "datasets";
    Instances train = BenchSupport.load(dir + "/reuters-grain-train.arff.gz");
    Instances test = BenchSupport.load(dir + "/reuters-grain-test.arff.gz");
    String mode = args.length > 0 && args[0].startsWith("-") && args[0].endsWith("-only") ? args[0] : "";
    RecurrentAutoencoder autoencoder = new RecurrentAutoencoder();
    autoencoder.setOptions(Arrays.copyOfRange(args, mode.isEmpty() ? 0 : 1, args.length));
    int dimension = autoencoder.getCodeSize();
    List<String> rows = new ArrayList<>();
    System.out.println("options: " + Utils.joinOptions(autoencoder.getOptions()));
    if (!mode.equals("-baselines-only")) {
      codes(autoencoder, train, test, rows);
    }
    if (!mode.equals("-codes-only")) {
      baselines(train, test, dimension, rows);
    }
    System.out.println();
    System.out.println("| features | dimension | classifier | test accuracy | test AUC (grain) | feature fit s (wall) "
      + "| feature fit s (CPU) |");
    System.out.println("| --- | ---: | --- | ---: | ---: | ---: | ---: |");
    rows.forEach(System.out::println);
    System.out.println();
    System.out.println("Peak resident memory " + BenchSupport.peakRssMb() + " MB; " + BenchSupport.machine());
  }

  private static void codes(RecurrentAutoencoder autoencoder, Instances train, Instances test, List<String> rows)
    throws Exception {
    int dimension = autoencoder.getCodeSize();
    long wall = System.nanoTime();
    long cpu = BenchSupport.cpuNanos();
    autoencoder.setInputFormat(train);
    Instances codeTrain = Filter.useFilter(train, autoencoder);
    double codeSeconds = (System.nanoTime() - wall) / 1e9;
    double codeCpu = (BenchSupport.cpuNanos() - cpu) / 1e9;
    Instances codeTest = Filter.useFilter(test, autoencoder);
    TextAutoencoderModel model = (TextAutoencoderModel) autoencoder.getModel();
    rows.addAll(classify("RecurrentAutoencoder codes", dimension, codeTrain, codeTest, codeSeconds, codeCpu));
    String dump = System.getProperty("text.codes");
    if (dump != null) {
      weka.core.converters.ConverterUtils.DataSink.write(dump + "-train.arff", codeTrain);
      weka.core.converters.ConverterUtils.DataSink.write(dump + "-test.arff", codeTest);
    }
    double[] accuracy = tokenAccuracy(model, test);
    System.out.printf(Locale.ROOT, "Autoencoder: %d epochs run, epoch %d kept; token accuracy on the test stories "
      + "%.3f (known tokens only: %.3f) against %.3f for always guessing the most frequent token; test mean "
      + "cross-entropy per token: %.3f nats.%n", model.history().epochsRun(), model.history().keptEpoch(),
      accuracy[0], accuracy[1], accuracy[2], accuracy[3]);
    System.out.println("Training codes: " + spread(codeTrain));
  }

  private static void baselines(Instances train, Instances test, int dimension, List<String> rows)
    throws Exception {
    long wall;
    long cpu;
    StringToWordVector counts = new StringToWordVector();
    counts.setOptions(new String[] {"-C", "-L"});
    wall = System.nanoTime();
    cpu = BenchSupport.cpuNanos();
    counts.setInputFormat(train);
    Instances countTrain = Filter.useFilter(train, counts);
    double countSeconds = (System.nanoTime() - wall) / 1e9;
    double countCpu = (BenchSupport.cpuNanos() - cpu) / 1e9;
    Instances countTest = Filter.useFilter(test, counts);
    rows.addAll(classify("StringToWordVector counts", countTrain.numAttributes() - 1, countTrain, countTest,
      countSeconds, countCpu));

    StringToWordVector tfidf = new StringToWordVector();
    tfidf.setOptions(new String[] {"-C", "-L", "-T", "-I"});
    PrincipalComponents pca = new PrincipalComponents();
    pca.setOptions(new String[] {"-C", "-R", "1.0", "-M", "" + dimension});
    wall = System.nanoTime();
    cpu = BenchSupport.cpuNanos();
    tfidf.setInputFormat(train);
    Instances tfidfTrain = Filter.useFilter(train, tfidf);
    pca.setInputFormat(tfidfTrain);
    Instances lsaTrain = Filter.useFilter(tfidfTrain, pca);
    double lsaSeconds = (System.nanoTime() - wall) / 1e9;
    double lsaCpu = (BenchSupport.cpuNanos() - cpu) / 1e9;
    Instances lsaTest = Filter.useFilter(Filter.useFilter(test, tfidf), pca);
    rows.addAll(classify("LSA (tf-idf + PrincipalComponents)", lsaTrain.numAttributes() - 1, lsaTrain, lsaTest,
      lsaSeconds, lsaCpu));
  }

  private static List<String> classify(String name, int dimension, Instances train, Instances test, double seconds,
    double cpuSeconds) throws Exception {
    List<String> rows = new ArrayList<>();
    int grain = train.classAttribute().indexOfValue("1");
    SMO calibrated = new SMO();
    calibrated.setBuildCalibrationModels(true);
    for (Classifier classifier : new Classifier[] {new Logistic(), new SMO(), calibrated}) {
      String label = classifier == calibrated ? "SMO -M" : classifier.getClass().getSimpleName();
      classifier.buildClassifier(train);
      Evaluation evaluation = new Evaluation(train);
      evaluation.evaluateModel(classifier, test);
      rows.add(String.format(Locale.ROOT, "| %s | %d | %s | %.3f | %.3f | %.1f | %.1f |", name, dimension,
        label, evaluation.pctCorrect() / 100, evaluation.areaUnderROC(grain),
        seconds, cpuSeconds));
      System.err.printf(Locale.ROOT, "%s, %s: %d of %d test stories predicted grain%n", name, label,
        Math.round(evaluation.numTruePositives(grain)
          + evaluation.numFalsePositives(grain)), test.numInstances());
      System.err.println(rows.get(rows.size() - 1));
    }
    return rows;
  }

  /**
   * SMO scales every attribute to [0, 1] by its training minimum and maximum, so a few extreme codes would squeeze
   * the rest together: this reports, over the code attributes, the median and the largest (max - min) / standard
   * deviation (about 6.5 for normal values on this many stories) and the smallest standard deviation.
   */
  private static String spread(Instances codes) {
    List<Double> ratios = new ArrayList<>();
    double smallest = Double.MAX_VALUE;
    for (int a = 0; a < codes.numAttributes(); a++) {
      if (a == codes.classIndex() || !codes.attribute(a).isNumeric()) {
        continue;
      }
      double[] values = codes.attributeToDoubleArray(a);
      double sd = Math.sqrt(Utils.variance(values));
      double min = values[Utils.minIndex(values)];
      double max = values[Utils.maxIndex(values)];
      ratios.add(sd > 0 ? (max - min) / sd : Double.POSITIVE_INFINITY);
      smallest = Math.min(smallest, sd);
    }
    ratios.sort(null);
    return String.format(Locale.ROOT, "(max - min) / sd median %.1f, largest %.1f; smallest sd %.3g",
      ratios.get(ratios.size() / 2), ratios.get(ratios.size() - 1), smallest);
  }

  /** @return token accuracy (all, known only), the most-frequent-token baseline, mean cross-entropy */
  private static double[] tokenAccuracy(TextAutoencoderModel model, Instances test) {
    TextCodec codec = model.codec();
    long tokens = 0;
    long correct = 0;
    long known = 0;
    long knownCorrect = 0;
    long baseline = 0;
    double loss = 0;
    long steps = 0;
    int frequent = 2;
    for (int from = 0; from < test.numInstances(); from += 32) {
      TextBatch batch = codec.encode(test, from, Math.min(test.numInstances(), from + 32));
      org.nd4j.linalg.api.ndarray.INDArray p = model.predict(batch);
      int[][] predicted = TokenLoss.predicted(p);
      double[] perDocument = TokenLoss.perDocument(p, batch.ids(), batch.mask());
      for (int i = 0; i < batch.documents(); i++) {
        if (batch.missing()[i]) {
          continue;
        }
        loss += perDocument[i] * batch.lengths()[i];
        steps += batch.lengths()[i];
        for (int t = 0; t < batch.lengths()[i] - 1; t++) {
          int id = batch.id(i, t);
          tokens++;
          correct += predicted[i][t] == id ? 1 : 0;
          baseline += id == frequent ? 1 : 0;
          if (id != Vocabulary.UNKNOWN) {
            known++;
            knownCorrect += predicted[i][t] == id ? 1 : 0;
          }
        }
      }
    }
    return new double[] {(double) correct / tokens, (double) knownCorrect / known, (double) baseline / tokens,
      loss / steps};
  }
}
