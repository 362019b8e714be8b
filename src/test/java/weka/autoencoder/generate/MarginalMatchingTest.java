package weka.autoencoder.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

/** Quantile matching: decoded values take the training distribution (per class) and keep their order. */
class MarginalMatchingTest {

  /** x: 60 % zeros then 1..40 (a spike), class a; x: 100..139 for class b. */
  private static Instances training() {
    ArrayList<Attribute> attributes = new ArrayList<>();
    attributes.add(new Attribute("x"));
    attributes.add(new Attribute("class", Arrays.asList("a", "b")));
    Instances data = new Instances("spike", attributes, 140);
    for (int i = 0; i < 100; i++) {
      data.add(new DenseInstance(1.0, new double[] {i < 60 ? 0 : i - 59, 0}));
    }
    for (int i = 0; i < 40; i++) {
      data.add(new DenseInstance(1.0, new double[] {100 + i, 1}));
    }
    data.setClassIndex(1);
    return data;
  }

  @Test
  void smoothDecodedValuesGetTheTrainingSpikeAndKeepTheirOrder() {
    Random random = new Random(1);
    double[][] decoded = new double[2000][];
    for (int i = 0; i < decoded.length; i++) {
      // a Gaussian decoder's smooth version of both classes, on the wrong scale
      decoded[i] = new double[] {random.nextGaussian() * 3 + (i % 2) * 50, i % 2};
    }
    MarginalMatching matching = MarginalMatching.fit(training(), decoded, true);
    int zeros = 0;
    double previous = Double.NEGATIVE_INFINITY;
    double[] sortedA = new double[1000];
    for (int i = 0; i < 1000; i++) {
      sortedA[i] = decoded[2 * i][0];
    }
    Arrays.sort(sortedA);
    for (double v : sortedA) {
      double[] row = {v, 0};
      matching.apply(row);
      zeros += row[0] == 0 ? 1 : 0;
      assertTrue(row[0] >= previous, "monotone");
      assertTrue(row[0] >= 0 && row[0] <= 40, "class a's training range: " + row[0]);
      previous = row[0];
    }
    assertEquals(600, zeros, 25, "the spike at 0 holds 60 % of class a's rows again");
    double[] b = {decoded[1][0], 1};
    matching.apply(b);
    assertTrue(b[0] >= 100 && b[0] <= 139, "class b is matched to class b's values: " + b[0]);
  }

  @Test
  void ranksAndQuantilesInterpolate() {
    double[] sample = {0, 1, 2, 3, 4};
    assertEquals(0, MarginalMatching.rank(sample, -5), 0);
    assertEquals(1, MarginalMatching.rank(sample, 9), 0);
    assertEquals(0.375, MarginalMatching.rank(sample, 1.5), 1e-12);
    assertEquals(0.5, MarginalMatching.rank(new double[] {0, 1, 1, 1, 2}, 1), 1e-12, "ties: the middle");
    assertEquals(15, MarginalMatching.quantile(new double[] {10, 20, 30}, 0.25), 1e-12);
    assertEquals(30, MarginalMatching.quantile(new double[] {10, 20, 30}, 1), 0);
    assertEquals(7, MarginalMatching.quantile(new double[] {7}, 0.3), 0);
  }

  @Test
  void aClassWithFewTrainingValuesUsesAllRows() {
    Instances data = training();
    data.add(new DenseInstance(1.0, new double[] {1000, 1}));
    ArrayList<String> labels = new ArrayList<>(Arrays.asList("a", "b", "c"));
    Instances three = new Instances("three", new ArrayList<>(Arrays.asList(new Attribute("x"),
      new Attribute("class", labels))), 0);
    for (int i = 0; i < data.numInstances(); i++) {
      three.add(new DenseInstance(1.0, data.instance(i).toDoubleArray()));
    }
    three.add(new DenseInstance(1.0, new double[] {5000, 2}));
    three.setClassIndex(1);
    double[][] decoded = {{0, 2}, {1, 2}, {2, 2}, {0, 0}, {1, 0}, {0, 1}, {1, 1}};
    MarginalMatching matching = MarginalMatching.fit(three, decoded, true);
    double[] row = {1, 2};
    matching.apply(row);
    assertTrue(row[0] < 5000, "class c's single value is not the whole distribution: " + row[0]);
  }
}
