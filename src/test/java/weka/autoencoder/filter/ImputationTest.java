package weka.autoencoder.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.Autoencoder;

/**
 * Imputation by -output reconstruction with the defaults (missing-value noise while training, the calibration):
 * values the rest of the row predicts are filled in from it, values nothing predicts fall back on mean and mode.
 */
class ImputationTest {

  /** x0, x1 = 2 x0 + 1, x2 noise, "rare" (90 % "a", independent); 300 rows, every 5th misses x1, x2 and rare. */
  private static Instances data() {
    ArrayList<Attribute> attributes = new ArrayList<>();
    attributes.add(new Attribute("x0"));
    attributes.add(new Attribute("x1"));
    attributes.add(new Attribute("x2"));
    attributes.add(new Attribute("rare", Arrays.asList("a", "b")));
    Instances data = new Instances("impute", attributes, 300);
    Random random = new Random(2);
    for (int i = 0; i < 300; i++) {
      double x = random.nextGaussian();
      double[] values = {x, 2 * x + 1, random.nextGaussian(), random.nextDouble() < 0.9 ? 0 : 1};
      DenseInstance row = new DenseInstance(1, values);
      data.add(row);
      if (i % 5 == 0) {
        data.lastInstance().setMissing(1);
        data.lastInstance().setMissing(2);
        data.lastInstance().setMissing(3);
      }
    }
    return data;
  }

  @Test
  void predictableValuesComeFromTheRowAndUnpredictableOnesStayNearMeanAndMode() throws Exception {
    Instances data = data();
    Autoencoder filter = new Autoencoder();
    filter.setOptions(new String[] {"-output", "reconstruction", "-code-size", "2", "-hidden", "32", "-epochs", "100",
      "-batch-size", "16",
      "-threads", "1", "-S", "1"});
    filter.setInputFormat(data);
    Instances out = Filter.useFilter(data, filter);
    double mean2 = data.meanOrMode(2);
    double sd2 = Math.sqrt(data.variance(2));
    double x1Error = 0;
    double x2Spread = 0;
    int missing = 0;
    for (int i = 0; i < data.numInstances(); i += 5) {
      missing++;
      double truth = 2 * data.instance(i).value(0) + 1;
      x1Error += Math.pow(out.instance(i).value(1) - truth, 2);
      x2Spread += Math.pow(out.instance(i).value(2) - mean2, 2);
      assertEquals(0, out.instance(i).value(3), 0, "row " + i + ": 'rare' imputed as its mode 'a'");
    }
    double sd1 = Math.sqrt(data.variance(1));
    assertTrue(Math.sqrt(x1Error / missing) < 0.5 * sd1, "x1 from x0: RMSE " + Math.sqrt(x1Error / missing)
      + " against sd " + sd1);
    assertTrue(Math.sqrt(x2Spread / missing) < 0.5 * sd2, "x2 stays near its mean: spread "
      + Math.sqrt(x2Spread / missing) + " against sd " + sd2);
  }
}
