import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.variational.BernoulliReconstructionDistribution;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

import weka.autoencoder.codec.EncodedBatch;
import weka.autoencoder.nd4j.Nd4jBoundary;
import weka.autoencoder.variational.VariationalModel;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.Evaluation;
import weka.classifiers.functions.Logistic;
import weka.classifiers.trees.J48;
import weka.classifiers.trees.RandomForest;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.converters.ArffSaver;
import weka.datagenerators.classifiers.classification.VariationalAutoencoderGenerator;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.VariationalAutoencoder;

/**
 * Issue 6's benchmark. Run with bench/run-variational.sh.
 *
 * <p>{@code mnist <datasets>}: the VariationalAutoencoder filter (784-400-20, Bernoulli, Adam 1e-3, batch 128, 10
 * epochs, no KL warm-up, like the reference) and, for comparison, Deeplearning4j's own VariationalAutoencoder layer with the same settings, trained on
 * the MNIST sample's 8,000 training digits; prints the test negative ELBO per image (one sample of z per image) and
 * training samples/s as lines "RESULT name seed elbo samples/s seconds". Arguments: folder, ours|dl4j|both, seed.
 *
 * <p>{@code tstr <datasets> <file.arff>...}: train on synthetic, test on real, in 3-fold cross-validation
 * (stratified, seed 1): in every fold the generator (default settings, seed 1) is trained on the training part and
 * generates as many rows; J48 and Logistic are trained on the real or on the generated rows and tested on the real
 * test part; a random forest is asked to tell the real training rows from the generated ones (10-fold
 * cross-validation accuracy; 50 % means it cannot).
 */
public class VariationalBenchmark {

  public static void main(String[] args) throws Exception {
    if (args[0].equals("mnist")) {
      mnist(args[1], args.length > 2 ? args[2] : "both", args.length > 3 ? Integer.parseInt(args[3]) : 1);
    } else {
      tstr(Arrays.copyOfRange(args, 1, args.length));
    }
  }

  // ---------------------------------------------------------------- MNIST

  private static void mnist(String dir, String which, int seed) throws Exception {
    Instances train = BenchSupport.load(dir + "/mnist-train.arff.gz");
    Instances test = BenchSupport.load(dir + "/mnist-test.arff.gz");
    if (!which.equals("dl4j")) {
      ours(train, test, seed);
    }
    if (!which.equals("ours")) {
      dl4jLayer(train, test, seed);
    }
  }

  private static void ours(Instances train, Instances test, int seed) throws Exception {
    VariationalAutoencoder vae = new VariationalAutoencoder();
    vae.setOptions(new String[] {"-code-size", "20", "-hidden", "400", "-activation", "relu", "-epochs", "10",
      "-batch-size", "128", "-learning-rate", "0.001", "-kl-warmup", "0", "-validation-fraction", "0",
      "-distribution", "bernoulli",
      "-S", "" + seed});
    vae.setInputFormat(train);
    Filter.useFilter(train, vae);
    VariationalModel model = (VariationalModel) vae.getModel();
    double[] elbo = Nd4jBoundary.call(0, () -> {
      EncodedBatch batch = model.codec().encode(test);
      INDArray rows = Nd4j.create(batch.values(), new long[] {batch.rows(), batch.columns()}, 'c');
      return model.negativeElbo(rows, null, new Random(seed));
    });
    double seconds = model.history().millis() / 1000.0;
    System.out.printf(Locale.ROOT, "RESULT VariationalAutoencoder-filter %d %.2f %.0f %.1f%n", seed,
      Arrays.stream(elbo).average().getAsDouble(), model.history().samplesPerSecond(), seconds);
  }

  private static void dl4jLayer(Instances train, Instances test, int seed) throws Exception {
    Nd4jBoundary.call(0, () -> {
      INDArray x = pixels(train);
      INDArray xt = pixels(test);
      Nd4j.getRandom().setSeed(seed);
      MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(seed).updater(new Adam(1e-3))
        .weightInit(WeightInit.XAVIER).list()
        .layer(new org.deeplearning4j.nn.conf.layers.variational.VariationalAutoencoder.Builder()
          .activation(Activation.RELU).encoderLayerSizes(400).decoderLayerSizes(400)
          .pzxActivationFunction(Activation.IDENTITY)
          .reconstructionDistribution(new BernoulliReconstructionDistribution(Activation.SIGMOID))
          .nIn(784).nOut(20).build())
        .build();
      MultiLayerNetwork network = new MultiLayerNetwork(conf);
      network.init();
      Random random = new Random(seed);
      int n = (int) x.rows();
      long start = System.nanoTime();
      for (int epoch = 0; epoch < 10; epoch++) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          order.add(i);
        }
        Collections.shuffle(order, random);
        INDArray shuffled = x.getRows(order.stream().mapToInt(Integer::intValue).toArray());
        for (int from = 0; from < n; from += 128) {
          int to = Math.min(n, from + 128);
          network.pretrainLayer(0, shuffled.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(from, to),
            org.nd4j.linalg.indexing.NDArrayIndex.all()).dup());
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      org.deeplearning4j.nn.layers.variational.VariationalAutoencoder layer =
        (org.deeplearning4j.nn.layers.variational.VariationalAutoencoder) network.getLayer(0);
      LayerWorkspaceMgr workspaces = LayerWorkspaceMgr.noWorkspaces();
      layer.setInput(xt, workspaces);
      layer.computeGradientAndScore(workspaces); // score = mean over rows of -log p(x|z) + KL, one z per row
      System.out.printf(Locale.ROOT, "RESULT DL4J-VariationalAutoencoder-layer %d %.2f %.0f %.1f%n", seed,
        layer.score(),
        n * 10 / seconds, seconds);
      return null;
    });
  }

  private static INDArray pixels(Instances data) {
    float[] values = new float[data.numInstances() * 784];
    for (int i = 0; i < data.numInstances(); i++) {
      for (int j = 0; j < 784; j++) {
        values[i * 784 + j] = (float) data.instance(i).value(j);
      }
    }
    return Nd4j.create(values, new long[] {data.numInstances(), 784}, 'c');
  }

  // ---------------------------------------------------------------- train on synthetic, test on real

  private static final int FOLDS = 3;

  private static void tstr(String[] files) throws Exception {
    System.out.println("| dataset | rows train/test per fold | classifier | trained on real | trained on generated | "
      + "difference (per fold) |");
    System.out.println("| --- | --- | --- | --- | --- | --- |");
    List<String> discriminator = new ArrayList<>();
    Classifier[] classifiers = {new J48(), new Logistic()};
    for (String file : files) {
      Instances data = BenchSupport.load(file);
      data.randomize(new Random(1));
      data.stratify(FOLDS);
      double[][] real = new double[classifiers.length][FOLDS];
      double[][] fake = new double[classifiers.length][FOLDS];
      double[] separated = new double[FOLDS];
      double seconds = 0;
      for (int fold = 0; fold < FOLDS; fold++) {
        Instances train = data.trainCV(FOLDS, fold);
        Instances test = data.testCV(FOLDS, fold);
        Path arff = Files.createTempFile("tstr-train", ".arff");
        save(train, arff);
        VariationalAutoencoderGenerator generator = new VariationalAutoencoderGenerator();
        List<String> options = new ArrayList<>(Arrays.asList("-training-file", arff.toString(), "-n",
          "" + train.numInstances(), "-S", "1"));
        String extra = System.getProperty("generator.options", "").trim();
        if (!extra.isEmpty()) {
          options.addAll(Arrays.asList(extra.split("\\s+")));
        }
        generator.setOptions(options.toArray(new String[0]));
        long start = System.nanoTime();
        generator.defineDataFormat();
        Instances synthetic = generator.generateExamples();
        seconds += (System.nanoTime() - start) / 1e9;
        Files.delete(arff);
        synthetic.setClassIndex(synthetic.numAttributes() - 1);
        for (int c = 0; c < classifiers.length; c++) {
          real[c][fold] = accuracy(classifiers[c], train, test);
          fake[c][fold] = accuracy(classifiers[c], synthetic, test);
        }
        separated[fold] = realVsGenerated(train, synthetic);
      }
      String name = new File(file).getName().replace(".arff", "");
      int n = data.numInstances();
      for (int c = 0; c < classifiers.length; c++) {
        StringBuilder folds = new StringBuilder();
        for (int fold = 0; fold < FOLDS; fold++) {
          folds.append(fold == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%+.1f", fake[c][fold] - real[c][fold]));
        }
        System.out.printf(Locale.ROOT, "| %s | %d/%d | %s | %.1f %% | %.1f %% | %+.1f (%s) |%n", name,
          n - n / FOLDS, n / FOLDS, classifiers[c].getClass().getSimpleName(), mean(real[c]), mean(fake[c]),
          mean(fake[c]) - mean(real[c]), folds);
      }
      discriminator.add(String.format(Locale.ROOT, "| %s | %.1f %% (%.1f, %.1f, %.1f) | %.0f s |", name,
        mean(separated), separated[0], separated[1], separated[2], seconds / FOLDS));
    }
    System.out.println();
    System.out.println("| dataset | random forest telling real from generated rows, 10-fold CV (per fold) | "
      + "generator training + generation per fold |");
    System.out.println("| --- | --- | --- |");
    discriminator.forEach(System.out::println);
  }

  private static double mean(double[] values) {
    return Arrays.stream(values).average().getAsDouble();
  }

  private static double accuracy(Classifier classifier, Instances train, Instances test) throws Exception {
    Classifier copy = AbstractClassifier.makeCopy(classifier);
    copy.buildClassifier(train);
    Evaluation evaluation = new Evaluation(train);
    evaluation.evaluateModel(copy, test);
    return evaluation.pctCorrect();
  }

  /** @return cross-validated accuracy of a random forest separating real from generated rows */
  private static double realVsGenerated(Instances real, Instances generated) throws Exception {
    ArrayList<Attribute> attributes = new ArrayList<>();
    for (int a = 0; a < real.numAttributes(); a++) {
      attributes.add((Attribute) real.attribute(a).copy());
    }
    attributes.add(new Attribute("source", Arrays.asList("real", "generated")));
    Instances both = new Instances("real-vs-generated", attributes, real.numInstances() * 2);
    both.setClassIndex(both.numAttributes() - 1);
    for (Instances part : new Instances[] {real, generated}) {
      for (Instance instance : part) {
        double[] values = Arrays.copyOf(instance.toDoubleArray(), attributes.size());
        values[values.length - 1] = part == real ? 0 : 1;
        both.add(new DenseInstance(1.0, values));
      }
    }
    Evaluation evaluation = new Evaluation(both);
    RandomForest forest = new RandomForest();
    forest.setSeed(1);
    evaluation.crossValidateModel(forest, both, 10, new Random(1));
    return evaluation.pctCorrect();
  }

  private static void save(Instances data, Path file) throws Exception {
    ArffSaver saver = new ArffSaver();
    saver.setInstances(data);
    saver.setFile(file.toFile());
    saver.writeBatch();
  }
}
