package weka.autoencoder.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import weka.autoencoder.SequenceTestData;
import weka.autoencoder.TestData;
import weka.autoencoder.TestOptions;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.Autoencoder;
import weka.filters.unsupervised.attribute.RecurrentAutoencoder;
import weka.filters.unsupervised.attribute.Remove;
import weka.filters.unsupervised.attribute.VariationalAutoencoder;

/**
 * The values of the anomaly attributes of the dense, variational and recurrent filters: per-attribute errors against
 * the reconstruction, missing scores for rows with nothing observed, and test rows far from the training data flagged.
 */
class AnomalyAttributesTest {

  private static final String[] QUICK = {"-code-size", "2", "-epochs", "30", "-batch-size", "32", "-threads", "1",
    "-learning-rate", "0.01", "-validation-fraction", "0"};

  private static <F extends AutoencoderFilter> F configured(F filter, String... extra) throws Exception {
    filter.setOptions(TestOptions.merged(QUICK, extra));
    return filter;
  }

  /** lowRank without its nominal attribute: six numbers and the class. */
  private static Instances numeric(int n, long seed) throws Exception {
    Instances data = TestData.lowRank(n, seed);
    Remove remove = new Remove();
    remove.setAttributeIndices("7");
    remove.setInputFormat(data);
    Instances result = Filter.useFilter(data, remove);
    result.setClassIndex(result.numAttributes() - 1);
    return result;
  }

  @Test
  void perAttributeErrorsAreTheSquaredDifferencesWhoseMeanIsTheScore() throws Exception {
    Instances data = numeric(120, 1);
    Autoencoder filter = configured(new Autoencoder(), "-hidden", "8", "-output", "reconstruction", "-normalize",
      "none", "-error-attribute", "-error-per-attribute");
    filter.setInputFormat(data);
    Instances out = Filter.useFilter(data, filter);
    assertEquals(data.numAttributes() + 7, out.numAttributes());
    for (int j = 0; j < 6; j++) {
      assertEquals("error_x" + j, out.attribute(data.numAttributes() + j).name());
    }
    int score = out.numAttributes() - 1;
    for (int i = 0; i < out.numInstances(); i++) {
      double sum = 0;
      for (int j = 0; j < 6; j++) {
        double d = out.instance(i).value(j) - data.instance(i).value(j);
        double error = out.instance(i).value(data.numAttributes() + j);
        assertEquals(d * d, error, 1e-4 * Math.max(1, d * d), "row " + i + ", x" + j);
        sum += error;
      }
      assertEquals(sum / 6, out.instance(i).value(score), 1e-4 * Math.max(1, sum), "row " + i);
    }
  }

  @Test
  void aNominalAttributesErrorIsOneWhereTheRebuiltLabelDiffersAndMissingValuesHaveNone() throws Exception {
    Instances data = TestData.lowRank(120, 2);
    data.instance(3).setMissing(6);
    Autoencoder filter = configured(new Autoencoder(), "-hidden", "8", "-output", "reconstruction",
      "-error-per-attribute");
    filter.setInputFormat(data);
    Instances out = Filter.useFilter(data, filter);
    int side = out.attribute("error_side").index();
    assertEquals(out.numAttributes() - 1, side, "without -error-attribute the block is the errors only");
    for (int i = 0; i < out.numInstances(); i++) {
      if (i == 3) {
        assertTrue(out.instance(i).isMissing(side));
        continue;
      }
      double expected = out.instance(i).value(6) == data.instance(i).value(6) ? 0 : 1;
      assertEquals(expected, out.instance(i).value(side), 0, "row " + i);
    }
  }

  @Test
  void rowsWithNothingObservedGetMissingScoresFlagsAndErrorsInTheDenseAndVariationalFilters() throws Exception {
    for (AutoencoderFilter filter : new AutoencoderFilter[] {configured(new Autoencoder(), "-hidden", "8"),
      configured(new VariationalAutoencoder(), "-hidden", "8")}) {
      Instances data = TestData.lowRank(80, 3);
      for (int j = 0; j < 7; j++) {
        data.instance(5).setMissing(j);
      }
      filter.setOptions(TestOptions.merged(filter.getOptions(), "-outlier-attribute", "-outlier-probability",
        "-error-per-attribute"));
      filter.setInputFormat(data);
      Instances out = Filter.useFilter(data, filter);
      int n = out.numAttributes();
      String name = filter.getClass().getSimpleName();
      for (int a = n - 10; a < n; a++) {
        assertTrue(out.instance(5).isMissing(a), name + ": " + out.attribute(a).name() + " of the empty row");
      }
      for (int i = 0; i < out.numInstances(); i++) {
        if (i != 5) {
          assertFalse(out.instance(i).isMissing(n - 3), name + ": score of row " + i);
          assertFalse(Double.isInfinite(out.instance(i).value(n - 3)), name + ": score of row " + i);
        }
      }
      assertEquals(79, filter.getOutlierScale().size(), name + ": the empty row is not on the scale");
    }
  }

  @Test
  void aRecurrentSequenceWithNothingObservedHasAMissingScoreAndPerStepErrorsAreNamedByAttribute()
    throws Exception {
    Instances data = SequenceTestData.flat(40, 4, 2, 5);
    for (int a = 1; a <= 8; a++) {
      data.instance(2).setMissing(a);
    }
    RecurrentAutoencoder filter = configured(new RecurrentAutoencoder(), "-units", "4", "-sequence-channels", "2",
      "-sequence-attributes", "2-9", "-outlier-attribute", "-error-per-attribute");
    filter.setInputFormat(data);
    Instances out = Filter.useFilter(data, filter);
    int n = out.numAttributes();
    assertEquals("outlier", out.attribute(n - 1).name());
    assertEquals("reconstruction_error", out.attribute(n - 2).name());
    List<String> names = new ArrayList<>();
    for (int a = n - 10; a < n - 2; a++) {
      names.add(out.attribute(a).name());
    }
    assertEquals(List.of("error_s0_c0", "error_s0_c1", "error_s1_c0", "error_s1_c1", "error_s2_c0", "error_s2_c1",
      "error_s3_c0", "error_s3_c1"), names);
    assertTrue(out.instance(2).isMissing(n - 2), "score of the empty sequence");
    assertTrue(out.instance(2).isMissing(n - 1), "flag of the empty sequence");
    for (int i = 0; i < out.numInstances(); i++) {
      if (i != 2) {
        double mean = 0;
        for (int a = n - 10; a < n - 2; a++) {
          mean += out.instance(i).value(a) / 8;
        }
        assertEquals(mean, out.instance(i).value(n - 2), 1e-6 * Math.max(1, mean), "row " + i);
      }
    }
  }

  @Test
  void aRelationalSequenceGetsOneErrorPerChannel() throws Exception {
    Instances data = SequenceTestData.relational(30, 3, 6, 4);
    RecurrentAutoencoder filter = configured(new RecurrentAutoencoder(), "-units", "4", "-error-per-attribute");
    filter.setInputFormat(data);
    Instances out = Filter.useFilter(data, filter);
    int n = out.numAttributes();
    assertEquals("error_x", out.attribute(n - 2).name());
    assertEquals("error_sign", out.attribute(n - 1).name());
    for (Instance row : out) {
      assertTrue(row.value(n - 2) >= 0 && row.value(n - 1) >= 0);
    }
  }

  @Test
  void testRowsFarFromTheTrainingDataAreFlaggedOnTheTrainingThreshold() throws Exception {
    for (AutoencoderFilter filter : new AutoencoderFilter[] {configured(new Autoencoder(), "-hidden", "8"),
      configured(new VariationalAutoencoder(), "-hidden", "8")}) {
      Instances train = numeric(200, 6);
      filter.setOptions(TestOptions.merged(filter.getOptions(), "-outlier-attribute", "-contamination", "0.05"));
      filter.setInputFormat(train);
      Instances trained = Filter.useFilter(train, filter);
      double threshold = filter.getOutlierScale().threshold();
      Instances test = numeric(40, 7);
      for (int i = 0; i < 20; i++) {
        Instance row = test.instance(i);
        for (int j = 0; j < 6; j++) {
          row.setValue(j, 10 + (j % 2 == 0 ? 12 : -12));
        }
      }
      Instances out = Filter.useFilter(test, filter);
      int n = out.numAttributes();
      String name = filter.getClass().getSimpleName();
      assertEquals(threshold, filter.getOutlierScale().threshold(), 0, name);
      int flaggedOdd = 0;
      for (int i = 0; i < 40; i++) {
        double score = out.instance(i).value(n - 2);
        assertEquals(score > threshold ? 1 : 0, out.instance(i).value(n - 1), 0, name + " row " + i);
        flaggedOdd += i < 20 && out.instance(i).value(n - 1) == 1 ? 1 : 0;
      }
      assertEquals(20, flaggedOdd, name + ": rows off the plane are flagged");
      assertEquals(Math.round(0.05 * 200), count(trained, n - 1), name + ": training rows flagged");
    }
  }

  @Test
  void theImputeRoundsChangeOnlyRowsWithMissingValues() throws Exception {
    Instances data = TestData.lowRank(150, 8);
    data.instance(0).setMissing(0);
    data.instance(0).setMissing(1);
    Autoencoder once = configured(new Autoencoder(), "-hidden", "8", "-output", "reconstruction");
    once.setInputFormat(data);
    Instances a = Filter.useFilter(data, once);
    Autoencoder iterated = configured(new Autoencoder(), "-hidden", "8", "-output", "reconstruction",
      "-impute-rounds", "5");
    iterated.setInputFormat(data);
    Instances b = Filter.useFilter(data, iterated);
    for (int i = 1; i < data.numInstances(); i++) {
      assertEquals(a.instance(i).toString(), b.instance(i).toString(), "complete row " + i);
    }
    assertFalse(a.instance(0).toString().equals(b.instance(0).toString()), "the row with missing values");
    assertFalse(Utils.isMissingValue(b.instance(0).value(0)));
  }

  private static int count(Instances data, int flag) {
    int flagged = 0;
    for (Instance row : data) {
      flagged += row.value(flag) == 1 ? 1 : 0;
    }
    return flagged;
  }

}
