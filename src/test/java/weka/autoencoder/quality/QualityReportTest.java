package weka.autoencoder.quality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.FileReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Utils;

/** The report's figures on tiny tables whose answers can be worked out by hand. */
class QualityReportTest {

  /** x numeric, colour nominal {red, blue}, class {a, b}; each row given as x, colour index, class index. */
  static Instances table(double[][] rows) {
    ArrayList<Attribute> attributes = new ArrayList<>();
    attributes.add(new Attribute("x"));
    attributes.add(new Attribute("colour", Arrays.asList("red", "blue")));
    attributes.add(new Attribute("class", Arrays.asList("a", "b")));
    Instances data = new Instances("tiny", attributes, rows.length);
    for (double[] row : rows) {
      data.add(new DenseInstance(1.0, row.clone()));
    }
    data.setClassIndex(2);
    return data;
  }

  private static final double[][] REAL = {{0, 0, 0}, {1, 0, 0}, {2, 1, 1}, {3, 1, 1}};

  @Test
  void distancesAreGowerLikeInTrainingRangeUnits() {
    Instances real = table(REAL);
    ClosestRecords closest = new ClosestRecords(real);
    Instances probe = table(new double[][] {{0, 0, 0}, {1.5, 0, 0}, {3, 0, 0}, {9, 1, 1}});
    probe.instance(1).setMissing(1);
    double[] d = closest.distances(probe);
    // an exact copy; x halfway between 1 and 2 (range 3: 0.5/3 = 1/6) with colour missing (1): (1/6 + 1 + 0) / 3
    // against row 2 (x=1, red, a), same as against x=2 (blue, b) would be (1/6 + 1 + 1) / 3
    assertEquals(0, d[0], 1e-12);
    assertEquals((1.0 / 6 + 1) / 3, d[1], 1e-12);
    // x=3 red a: closest x=3 blue b is (0+1+1)/3; x=1 red a is (2/3+0+0)/3 = 2/9
    assertEquals(2.0 / 9, d[2], 1e-12);
    // x=9 lies outside the range: its numeric term is capped at 1 (so 1/3 against x=3 blue b)
    assertEquals(1.0 / 3, d[3], 1e-12);
    assertTrue(closest.hasRowCloserThan(probe.instance(0), 0), "exact copy with threshold 0");
    assertTrue(!closest.hasRowCloserThan(probe.instance(2), 0), "no exact copy");
    assertTrue(closest.hasRowCloserThan(probe.instance(2), 0.25));
    assertTrue(!closest.hasRowCloserThan(probe.instance(2), 2.0 / 9), "strictly closer only");
  }

  @Test
  void columnDistancesHaveTheirTextbookValues() {
    double[] x = {0, 1, 2, 3};
    double[] shifted = {1, 2, 3, 4};
    assertEquals(0.25, ColumnDistance.kolmogorovSmirnov(x, shifted), 1e-12);
    assertEquals(1.0, ColumnDistance.wasserstein(x, shifted), 1e-12);
    assertEquals(0, ColumnDistance.kolmogorovSmirnov(x, x.clone()), 0);
    assertEquals(1.0, ColumnDistance.kolmogorovSmirnov(new double[] {0, 0}, new double[] {5}), 0);
    assertEquals(2.5, ColumnDistance.wasserstein(new double[] {0, 0}, new double[] {2, 3}), 1e-12);
    assertEquals(0.3, ColumnDistance.totalVariation(new double[] {0.5, 0.5, 0}, new double[] {0.2, 0.5, 0.3}),
      1e-12);
  }

  @Test
  void associationsArePearsonCramerAndCorrelationRatio() {
    // x rises with the class; colour is the class exactly
    Instances real = table(REAL);
    double[][] rows = ScaledTable.fit(real).rows(real);
    AssociationMatrix m = AssociationMatrix.of(rows, new int[] {0, 2, 2});
    assertEquals(1.0, m.get(1, 2), 1e-12, "colour determines the class: Cramer's V 1");
    // eta^2 = between / total = (2 * (0.5 - 1.5)^2 + 2 * (2.5 - 1.5)^2) / 5 = 4 / 5
    assertEquals(Math.sqrt(0.8), m.get(0, 2), 1e-12);
    Instances independent = table(new double[][] {{0, 0, 0}, {1, 1, 0}, {2, 0, 1}, {3, 1, 1}});
    double[][] r = ScaledTable.fit(independent).rows(independent);
    assertEquals(0, AssociationMatrix.of(r, new int[] {0, 2, 2}).get(1, 2), 1e-12, "colour independent of class");
    assertEquals(1.0, AssociationMatrix.pearson(new double[][] {{0, 1}, {1, 3}, {2, 5}}, 0, 1), 1e-12);
    assertEquals(-1.0, AssociationMatrix.pearson(new double[][] {{0, 5}, {1, 3}, {2, 1}}, 0, 1), 1e-12);
  }

  @Test
  void reportHasTheKnownFiguresInTextAndTable(@TempDir Path dir) throws Exception {
    Instances real = table(REAL);
    // a copy of row 1, a shifted row, and two blue b rows: classes 1/2 a, 1/2 b... made 1/4 a, 3/4 b
    Instances generated = table(new double[][] {{0, 0, 0}, {1.5, 1, 1}, {2, 1, 1}, {3, 1, 1}});
    QualityReport report = QualityReport.measure(real, generated, 0.1, 1);
    assertEquals(3, report.exactCopies(), "rows 1, 3 and 4 copy training rows");
    // DCRs 0, 0.5/3/3 = 1/18 (x=1.5 vs x=2 blue b), 0, 0: median 0
    double[] d = report.closestDistances();
    Arrays.sort(d);
    assertArrayEquals(new double[] {0, 0, 0, 1.0 / 18}, d, 1e-12);
    assertEquals(0, report.medianClosest(), 0);
    assertEquals(1.0, report.shareBelowGuard(), 0, "all four below 0.1");
    QualityReport.Column x = report.columns().get(0);
    // real x/3 = {0, 1/3, 2/3, 1}; generated {0, 0.5, 2/3, 1}: KS 0.25, W1 (0.5 - 1/3) / 4
    assertEquals(0.25, x.ks, 1e-12);
    assertEquals((0.5 - 1.0 / 3) / 4, x.wasserstein, 1e-12);
    QualityReport.Column colour = report.columns().get(1);
    assertEquals(0.25, colour.totalVariation, 1e-12, "red 1/2 -> 1/4");
    assertArrayEquals(new double[] {0.5, 0.5}, report.realClassProportions(), 0);
    assertArrayEquals(new double[] {0.25, 0.75}, report.generatedClassProportions(), 0);
    assertEquals((0.25 + 0.25 + 0.25) / 3, report.meanColumnDistance(), 1e-12);
    assertTrue(report.detectionAccuracy() >= 0 && report.detectionAccuracy() <= 1);

    String text = ReportText.markdown(report.note("3 rows drawn again"), "Tiny");
    assertTrue(text.contains("| exact copies of training rows | 3 |"), text);
    assertTrue(text.contains("| x | numeric | 0.250 | 0.042 |"), text);
    assertTrue(text.contains("| b | 50.0 % | 75.0 % |"), text);
    assertTrue(text.contains("- 3 rows drawn again"), text);

    ReportFiles files = ReportFiles.forName(dir.resolve("quality.md").toFile());
    assertEquals(new File(dir.toFile(), "quality-table.arff").getAbsoluteFile(), files.table().getAbsoluteFile());
    files.write(report, text);
    assertEquals(text, new String(Files.readAllBytes(files.text().toPath()), StandardCharsets.UTF_8));
    Instances table;
    try (FileReader reader = new FileReader(files.table())) {
      table = new Instances(reader);
    }
    assertEquals(value(table, "all", "exact_copies"), 3, 0);
    assertEquals(value(table, "x", "kolmogorov_smirnov"), 0.25, 1e-6);
    assertEquals(value(table, "colour", "total_variation"), 0.25, 1e-6);
    assertEquals(value(table, "b", "share_generated"), 0.75, 1e-6);
    ReportFiles csv = ReportFiles.forName(dir.resolve("q.csv").toFile());
    assertEquals("q.md", csv.text().getName());
    csv.write(report, text);
    assertTrue(new String(Files.readAllBytes(csv.table().toPath()), StandardCharsets.UTF_8)
      .contains("detection_accuracy"));
  }

  private static double value(Instances table, String item, String measure) {
    for (int i = 0; i < table.numInstances(); i++) {
      if (table.instance(i).stringValue(1).equals(item) && table.instance(i).stringValue(2).equals(measure)) {
        return table.instance(i).value(3);
      }
    }
    return Utils.missingValue();
  }

  @Test
  void detectionIsChanceForIdenticalRowsAndPerfectForDisjointOnes() throws Exception {
    double[][] a = new double[60][];
    double[][] b = new double[60][];
    for (int i = 0; i < 60; i++) {
      a[i] = new double[] {i % 10, i % 2, (i / 2) % 2};
      b[i] = new double[] {100 + i % 10, i % 2, (i / 2) % 2};
    }
    Instances real = table(a);
    assertEquals(1.0, DetectionTest.accuracy(real, table(b), 5, 1), 0, "x tells them apart");
    assertTrue(DetectionTest.accuracy(real, table(a), 5, 1) < 0.65, "identical sets cannot be told apart");
  }
}
