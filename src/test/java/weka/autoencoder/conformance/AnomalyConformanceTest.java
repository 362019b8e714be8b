package weka.autoencoder.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import weka.autoencoder.TestOptions;
import weka.autoencoder.filter.AutoencoderFilter;
import weka.autoencoder.filter.OutlierScale;
import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.RecurrentAutoencoder;

/**
 * The anomaly attributes on every filter configuration: names and order of the block, the contamination rate met on
 * the training batch, later batches flagged and ranked on the training scale, and the flag consistent with the score.
 * The tests run with the default anomaly score; {@link #RECONSTRUCTION} repeats one of them with the reconstruction
 * error as the score.
 */
class AnomalyConformanceTest {

  private static final String SUBJECTS = "weka.autoencoder.conformance.Subjects#all";

  private static final String[] ANOMALY = {"-outlier-attribute", "-outlier-probability", "-error-per-attribute",
    "-contamination", "0.25"};

  private static final String[] RECONSTRUCTION = TestOptions.merged(ANOMALY, "-anomaly-score", "reconstruction");

  @ParameterizedTest(name = "{0}")
  @MethodSource(SUBJECTS)
  void theBlockEndsWithScoreFlagAndProbabilityAfterOneErrorPerInputAttribute(Subject s) throws Exception {
    Instances train = s.train();
    Filter filter = s.quick(ANOMALY);
    filter.setInputFormat(train);
    Instances out = Filter.useFilter(train, filter);
    int n = out.numAttributes();
    assertEquals("outlier_probability", out.attribute(n - 1).name());
    Attribute flag = out.attribute(n - 2);
    assertEquals("outlier", flag.name());
    assertTrue(flag.isNominal());
    assertEquals(List.of("no", "yes"), List.of(flag.value(0), flag.value(1)));
    assertEquals(s.type() == RecurrentAutoencoder.class ? "reconstruction_error" : "anomaly_score",
      out.attribute(n - 3).name(), "the default score: code neighbours and error combined, except for sequences");
    List<String> errors = new ArrayList<>();
    for (int a = 0; a < n - 3; a++) {
      if (out.attribute(a).name().startsWith("error_")) {
        errors.add(out.attribute(a).name());
        assertTrue(out.attribute(a).isNumeric());
      }
    }
    assertFalse(errors.isEmpty(), "no error_<attribute> in " + out);
    assertEquals(n - 3 - errors.size(), firstError(out), "the per-attribute errors come just before the score");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(SUBJECTS)
  void trainingRowsAreFlaggedAtTheContaminationRateAndTestRowsOnTheTrainingThreshold(Subject s) throws Exception {
    flagsAndRanks(s, ANOMALY);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(SUBJECTS)
  void theReconstructionErrorAsTheScoreFlagsAndRanksTheSameWay(Subject s) throws Exception {
    flagsAndRanks(s, RECONSTRUCTION);
    Filter filter = s.quick(RECONSTRUCTION);
    filter.setInputFormat(s.train());
    Instances out = Filter.useFilter(s.train(), filter);
    assertEquals("reconstruction_error", out.attribute(out.numAttributes() - 3).name());
  }

  private static void flagsAndRanks(Subject s, String[] options) throws Exception {
    Instances train = s.train();
    Filter filter = s.quick(options);
    filter.setInputFormat(train);
    Instances out = Filter.useFilter(train, filter);
    OutlierScale scale = ((AutoencoderFilter) filter).getOutlierScale();
    assertNotNull(scale, "a scale is fitted on the first batch");
    int n = out.numAttributes();
    double[] scores = column(out, n - 3);
    int flagged = 0;
    for (int i = 0; i < out.numInstances(); i++) {
      flagged += out.instance(i).value(n - 2) == 1 ? 1 : 0;
    }
    long k = Math.round(0.25 * scores.length);
    if (Arrays.stream(scores).distinct().count() == scores.length) {
      assertEquals(k, flagged, "flagged training rows");
    } else {
      assertTrue(flagged <= k && flagged > 0, flagged + " training rows flagged (tied scores), at most " + k);
    }
    Instances test = Filter.useFilter(s.test(), filter);
    assertEquals(scale.threshold(), ((AutoencoderFilter) filter).getOutlierScale().threshold(), 0,
      "the threshold is not refitted on later batches");
    for (Instance row : test) {
      double score = row.value(n - 3);
      assertEquals(score > scale.threshold() ? 1.0 : 0.0, row.value(n - 2), 0, "flag of score " + score);
      double rank = 0;
      for (double t : scores) {
        rank += t <= score ? 1 : 0;
      }
      assertEquals(rank / scores.length, row.value(n - 1), 1e-12, "probability = rank among training scores");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(SUBJECTS)
  void theAnomalyAttributesLeaveTheOutputBeforeThemAlone(Subject s) throws Exception {
    Instances train = s.train();
    Filter plain = s.quick();
    plain.setInputFormat(train);
    Instances expected = Filter.useFilter(train, plain);
    Filter scored = s.quick(ANOMALY);
    scored.setInputFormat(s.train());
    Instances out = Filter.useFilter(s.train(), scored);
    int width = expected.numAttributes();
    for (int i = 0; i < out.numInstances(); i++) {
      double[] head = new double[width];
      System.arraycopy(out.instance(i).toDoubleArray(), 0, head, 0, width);
      assertArrayEquals(expected.instance(i).toDoubleArray(), head, 1e-6, "row " + i + ": " + expected.instance(i)
        + " / " + out.instance(i));
    }
  }

  private static int firstError(Instances out) {
    for (int a = 0; a < out.numAttributes(); a++) {
      if (out.attribute(a).name().startsWith("error_")) {
        return a;
      }
    }
    return -1;
  }

  private static double[] column(Instances data, int a) {
    double[] values = new double[data.numInstances()];
    for (int i = 0; i < values.length; i++) {
      values[i] = data.instance(i).value(a);
    }
    return values;
  }
}
