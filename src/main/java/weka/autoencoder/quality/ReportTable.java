package weka.autoencoder.quality;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.converters.CSVSaver;

/**
 * A {@link QualityReport} as a Weka table, one figure a row (part, item, measure, value), to load in the Explorer or
 * compare runs: written as ARFF, or CSV when the file name ends in .csv.
 */
public final class ReportTable {

  private ReportTable() {
  }

  /** @return the report's figures as instances of (part, item, measure, value) */
  public static Instances of(QualityReport report) {
    ArrayList<Attribute> attributes = new ArrayList<>();
    attributes.add(new Attribute("part", Arrays.asList("summary", "column", "class")));
    attributes.add(new Attribute("item", (java.util.List<String>) null));
    attributes.add(new Attribute("measure", (java.util.List<String>) null));
    attributes.add(new Attribute("value"));
    Instances table = new Instances("quality-report", attributes, 0);
    add(table, "summary", "all", "training_rows", report.m_realRows);
    add(table, "summary", "all", "generated_rows", report.m_generatedRows);
    add(table, "summary", "all", "detection_accuracy", report.detectionAccuracy());
    add(table, "summary", "all", "mean_column_distance", report.meanColumnDistance());
    add(table, "summary", "all", "association_difference", report.associationDifference());
    add(table, "summary", "all", "closest_record_median", report.medianClosest());
    add(table, "summary", "all", "share_below_guard", report.shareBelowGuard());
    add(table, "summary", "all", "guard_distance", report.guard());
    add(table, "summary", "all", "exact_copies", report.exactCopies());
    for (QualityReport.Column c : report.columns()) {
      if (c.nominal) {
        add(table, "column", c.name, "total_variation", c.totalVariation);
      } else {
        add(table, "column", c.name, "kolmogorov_smirnov", c.ks);
        add(table, "column", c.name, "wasserstein", c.wasserstein);
      }
      add(table, "column", c.name, "missing_real", c.realMissing);
      add(table, "column", c.name, "missing_generated", c.generatedMissing);
    }
    String[] labels = report.classLabels();
    for (int v = 0; v < labels.length; v++) {
      add(table, "class", labels[v], "share_real", report.m_realClasses[v]);
      add(table, "class", labels[v], "share_generated", report.m_generatedClasses[v]);
    }
    return table;
  }

  private static void add(Instances table, String part, String item, String measure, double value) {
    double[] row = new double[4];
    row[0] = table.attribute(0).indexOfValue(part);
    row[1] = table.attribute(1).addStringValue(item);
    row[2] = table.attribute(2).addStringValue(measure);
    row[3] = Double.isNaN(value) ? weka.core.Utils.missingValue() : value;
    table.add(new DenseInstance(1.0, row));
  }

  /** Writes the table to {@code file}: CSV when its name ends in .csv, else ARFF. */
  public static void write(QualityReport report, File file) throws IOException {
    Instances table = of(report);
    if (file.getName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
      CSVSaver saver = new CSVSaver();
      saver.setInstances(table);
      saver.setFile(file);
      saver.writeBatch();
    } else {
      Files.write(file.toPath(), (table.toString() + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }
}
