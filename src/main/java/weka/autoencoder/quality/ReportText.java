package weka.autoencoder.quality;

import java.util.Locale;

/** A {@link QualityReport} as Markdown: readable on the console and in Weka's log, and rendered as tables online. */
public final class ReportText {

  private ReportText() {
  }

  static String f(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
  }

  static String pct(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f %%", 100 * v);
  }

  /** @return the report in Markdown, {@code title} as its heading */
  public static String markdown(QualityReport report, String title) {
    StringBuilder b = new StringBuilder();
    b.append("# ").append(title).append("\n\n");
    b.append(report.m_generatedRows).append(" generated rows measured against ").append(report.m_realRows)
      .append(" training rows.\n\n");
    b.append("| measure | value | meaning |\n| --- | --- | --- |\n");
    b.append("| detection accuracy (random forest, 5-fold CV) | ").append(pct(report.detectionAccuracy()))
      .append(" | 50 % = real and generated rows cannot be told apart |\n");
    b.append("| mean column distance | ").append(f(report.meanColumnDistance()))
      .append(" | numeric: Kolmogorov-Smirnov, nominal: total variation; 0 = same distribution |\n");
    b.append("| mean association difference | ").append(f(report.associationDifference()))
      .append(" | pairwise correlation / Cramer's V / correlation ratio, mean absolute difference |\n");
    b.append("| largest association difference | ").append(report.m_worstPair.isEmpty() ? "-"
      : report.m_worstPair + ": " + f(report.m_worstPairReal) + " real, " + f(report.m_worstPairGenerated)
        + " generated").append(" | |\n");
    b.append("| distance to closest record, median | ").append(f(report.medianClosest()))
      .append(" | Gower-like, 0 = exact copy, 1 = nothing in common |\n");
    b.append("| rows closer than ").append(f(report.guard())).append(" to a training row | ")
      .append(pct(report.shareBelowGuard())).append(" | the privacy guard's distance |\n");
    b.append("| exact copies of training rows | ").append(report.exactCopies()).append(" | |\n\n");
    b.append("| column | type | KS | Wasserstein (training-range units) | total variation | missing real / generated |\n");
    b.append("| --- | --- | --- | --- | --- | --- |\n");
    for (QualityReport.Column c : report.columns()) {
      b.append("| ").append(c.name).append(" | ").append(c.nominal ? "nominal" : "numeric").append(" | ")
        .append(f(c.ks)).append(" | ").append(f(c.wasserstein)).append(" | ").append(f(c.totalVariation))
        .append(" | ").append(pct(c.realMissing)).append(" / ").append(pct(c.generatedMissing)).append(" |\n");
    }
    String[] labels = report.classLabels();
    if (labels.length > 0) {
      b.append("\n| ").append(report.m_className).append(" (class) | training share | generated share |\n")
        .append("| --- | --- | --- |\n");
      for (int v = 0; v < labels.length; v++) {
        b.append("| ").append(labels[v]).append(" | ").append(pct(report.m_realClasses[v])).append(" | ")
          .append(pct(report.m_generatedClasses[v])).append(" |\n");
      }
    }
    if (!report.m_notes.isEmpty()) {
      b.append('\n');
      for (String note : report.m_notes) {
        b.append("- ").append(note).append('\n');
      }
    }
    return b.toString();
  }
}
