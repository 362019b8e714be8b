import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import weka.autoencoder.train.TrainingHistory;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.Autoencoder;

/**
 * Issue 16's step-budget benchmark: does counting the training budget in optimiser steps help the dense Autoencoder
 * on small data sets? For each shipped numeric data set (class and non-numeric attributes removed, columns
 * standardised on the training rows, rows shuffled with seed 1, 70 % train / 30 % test), held-out reconstruction MSE
 * of Autoencoder with each configuration given, beside PCA at the same code size (d / 3, at least 2).
 * Usage: bench/run-step-budget.sh "config 1 options" "config 2 options" ...
 */
public class StepBudgetBenchmark {

  static final String[] SETS = {"iris", "glass", "ionosphere", "diabetes", "credit-g", "segment-challenge"};

  public static void main(String[] args) throws Exception {
    String dir = "datasets";
    System.out.print("| data set | rows train/test | d | code | PCA MSE |");
    for (String config : args) System.out.print(" Autoencoder " + config + ": MSE / epochs / steps / s |");
    System.out.println();
    System.out.print("| --- | --- | --- | --- | --- |");
    for (String ignored : args) System.out.print(" --- |");
    System.out.println();
    for (String name : SETS) {
      Instances data = BenchSupport.load(dir + "/" + name + ".arff");
      double[][] x = numeric(data);
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < x.length; i++) order.add(i);
      Collections.shuffle(order, new Random(1));
      int nTrain = (int) Math.round(x.length * 0.7);
      double[][] train = new double[nTrain][];
      double[][] test = new double[x.length - nTrain][];
      for (int i = 0; i < x.length; i++) {
        if (i < nTrain) train[i] = x[order.get(i)]; else test[i - nTrain] = x[order.get(i)];
      }
      standardise(train, test);
      int d = train[0].length;
      int code = Math.max(2, d / 3);
      double pca = new ExactPca(train, code).mse(test);
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %s | %d/%d | %d | %d | %.4f |", name,
        train.length, test.length, d, code, pca));
      for (String config : args) {
        Autoencoder filter = new Autoencoder();
        String[] options = BenchSupport.concat(new String[] {"-code-size", "" + code, "-output", "reconstruction",
          "-threads", "1"}, config.trim().isEmpty() ? new String[0] : config.trim().split("\\s+"));
        filter.setOptions(options);
        Instances trainData = instances(train);
        filter.setInputFormat(trainData);
        long t0 = System.nanoTime();
        Filter.useFilter(trainData, filter);
        double seconds = (System.nanoTime() - t0) / 1e9;
        TrainingHistory history = filter.getModel().history();
        Instances rebuilt = Filter.useFilter(instances(test), filter);
        double mse = 0;
        for (int i = 0; i < test.length; i++) {
          for (int j = 0; j < d; j++) mse += Math.pow(rebuilt.instance(i).value(j) - test[i][j], 2);
        }
        mse /= test.length * (double) d;
        int trainingRows = history.trainingRows();
        long steps = (long) history.epochsRun() * ((trainingRows + 63) / 64);
        line.append(String.format(Locale.ROOT, " %.4f / %d / %d / %.1f |", mse, history.epochsRun(), steps,
          seconds));
      }
      System.out.println(line);
    }
    System.out.println(BenchSupport.machine());
  }

  /** @return the numeric attributes other than the class, missing values replaced by the column mean */
  static double[][] numeric(Instances data) {
    List<Integer> columns = new ArrayList<>();
    for (int j = 0; j < data.numAttributes(); j++) {
      if (j != data.classIndex() && data.attribute(j).isNumeric()) columns.add(j);
    }
    double[][] x = new double[data.numInstances()][columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      double mean = data.meanOrMode(columns.get(c));
      for (int i = 0; i < x.length; i++) {
        double v = data.instance(i).value(columns.get(c));
        x[i][c] = Double.isNaN(v) ? mean : v;
      }
    }
    return x;
  }

  static void standardise(double[][] train, double[][] test) {
    for (int j = 0; j < train[0].length; j++) {
      double m = 0;
      double s = 0;
      for (double[] row : train) m += row[j] / train.length;
      for (double[] row : train) s += (row[j] - m) * (row[j] - m) / train.length;
      double sd = s > 0 ? Math.sqrt(s) : 1;
      for (double[] row : train) row[j] = (row[j] - m) / sd;
      for (double[] row : test) row[j] = (row[j] - m) / sd;
    }
  }

  static Instances instances(double[][] rows) {
    ArrayList<Attribute> attributes = new ArrayList<>();
    for (int j = 0; j < rows[0].length; j++) attributes.add(new Attribute("x" + j));
    Instances data = new Instances("standardised", attributes, rows.length);
    for (double[] row : rows) data.add(new DenseInstance(1.0, row.clone()));
    return data;
  }
}
