package weka.autoencoder.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import weka.core.Attribute;
import weka.core.Instances;

/**
 * Generated instances measured against the training data they imitate: per-column distribution distance, the
 * difference of pairwise associations, the accuracy of a real-vs-generated classifier, the distance to the closest
 * training record (DCR) and the class proportions. {@link ReportText} and {@link ReportTable} write it for people and
 * for Weka.
 */
public final class QualityReport {

  /** One column's distance: KS and Wasserstein for numeric attributes, total variation for nominal ones. */
  public static final class Column {
    public final String name;
    public final boolean nominal;
    public final double ks;
    public final double wasserstein;
    public final double totalVariation;
    public final double realMissing;
    public final double generatedMissing;

    Column(String name, boolean nominal, double ks, double wasserstein, double totalVariation, double realMissing,
      double generatedMissing) {
      this.name = name;
      this.nominal = nominal;
      this.ks = ks;
      this.wasserstein = wasserstein;
      this.totalVariation = totalVariation;
      this.realMissing = realMissing;
      this.generatedMissing = generatedMissing;
    }

    /** @return KS for numeric, total variation for nominal columns: the column's headline distance in [0, 1] */
    public double distance() {
      return nominal ? totalVariation : ks;
    }
  }

  final int m_realRows;
  final int m_generatedRows;
  final List<Column> m_columns = new ArrayList<>();
  double m_associationDifference;
  String m_worstPair = "";
  double m_worstPairReal;
  double m_worstPairGenerated;
  double m_detection;
  final double[] m_closest;
  final double m_guard;
  String m_className;
  String[] m_classLabels = new String[0];
  double[] m_realClasses = new double[0];
  double[] m_generatedClasses = new double[0];
  final List<String> m_notes = new ArrayList<>();

  private QualityReport(int realRows, int generatedRows, double[] closest, double guard) {
    m_realRows = realRows;
    m_generatedRows = generatedRows;
    m_closest = closest;
    m_guard = guard;
  }

  /**
   * Measures {@code generated} against {@code real}.
   *
   * @param real the training rows (its class index names the class)
   * @param generated generated rows with the same header
   * @param guard the privacy guard's minimum distance, for the share of rows below it
   * @param seed seed of the detection classifier
   * @return the report
   * @throws Exception when the detection classifier fails
   */
  public static QualityReport measure(Instances real, Instances generated, double guard, long seed)
    throws Exception {
    if (!real.equalHeaders(generated)) {
      throw new IllegalArgumentException("The generated instances do not have the training header: "
        + real.equalHeadersMsg(generated));
    }
    ClosestRecords closest = new ClosestRecords(real);
    QualityReport report = new QualityReport(real.numInstances(), generated.numInstances(),
      closest.distances(generated), guard);
    ScaledTable scale = closest.scale();
    double[][] r = scale.rows(real);
    double[][] g = scale.rows(generated);
    int m = real.numAttributes();
    int[] labels = new int[m];
    for (int a = 0; a < m; a++) {
      Attribute attribute = real.attribute(a);
      labels[a] = attribute.isNominal() ? attribute.numValues() : 0;
      double[] xs = ColumnDistance.sortedColumn(r, a);
      double[] ys = ColumnDistance.sortedColumn(g, a);
      double realMissing = r.length == 0 ? 0 : 1 - xs.length / (double) r.length;
      double generatedMissing = g.length == 0 ? 0 : 1 - ys.length / (double) g.length;
      if (attribute.isNominal()) {
        report.m_columns.add(new Column(attribute.name(), true, Double.NaN, Double.NaN,
          ColumnDistance.totalVariation(ColumnDistance.proportions(r, a, labels[a]),
            ColumnDistance.proportions(g, a, labels[a])), realMissing, generatedMissing));
      } else {
        report.m_columns.add(new Column(attribute.name(), false, ColumnDistance.kolmogorovSmirnov(xs, ys),
          ColumnDistance.wasserstein(xs, ys), Double.NaN, realMissing, generatedMissing));
      }
    }
    report.associations(real, AssociationMatrix.of(r, labels), AssociationMatrix.of(g, labels));
    report.m_detection = DetectionTest.accuracy(real, generated, 5, seed);
    if (real.classIndex() >= 0 && real.classAttribute().isNominal()) {
      int c = real.classIndex();
      report.m_className = real.classAttribute().name();
      report.m_classLabels = new String[labels[c]];
      for (int v = 0; v < labels[c]; v++) {
        report.m_classLabels[v] = real.classAttribute().value(v);
      }
      report.m_realClasses = ColumnDistance.proportions(r, c, labels[c]);
      report.m_generatedClasses = ColumnDistance.proportions(g, c, labels[c]);
    }
    return report;
  }

  private void associations(Instances real, AssociationMatrix a, AssociationMatrix b) {
    double sum = 0;
    int pairs = 0;
    double worst = -1;
    for (int i = 0; i < a.size(); i++) {
      for (int j = i + 1; j < a.size(); j++) {
        double d = Math.abs(a.get(i, j) - b.get(i, j));
        sum += d;
        pairs++;
        if (d > worst) {
          worst = d;
          m_worstPair = real.attribute(i).name() + " / " + real.attribute(j).name();
          m_worstPairReal = a.get(i, j);
          m_worstPairGenerated = b.get(i, j);
        }
      }
    }
    m_associationDifference = pairs == 0 ? 0 : sum / pairs;
  }

  /** Adds a line about how the rows were made (redraws, conditions), shown under the figures. */
  public QualityReport note(String line) {
    m_notes.add(line);
    return this;
  }

  public List<Column> columns() {
    return m_columns;
  }

  /** @return mean absolute difference of the pairwise associations (0 = same relations between columns) */
  public double associationDifference() {
    return m_associationDifference;
  }

  /** @return cross-validated accuracy of telling real from generated rows (0.5 = cannot) */
  public double detectionAccuracy() {
    return m_detection;
  }

  /** @return each generated row's distance to its closest training row */
  public double[] closestDistances() {
    return m_closest.clone();
  }

  /** @return median distance to the closest training record */
  public double medianClosest() {
    if (m_closest.length == 0) {
      return Double.NaN;
    }
    double[] sorted = m_closest.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** @return share of generated rows closer than the guard's distance to a training row */
  public double shareBelowGuard() {
    return share(d -> d < m_guard);
  }

  /** @return number of generated rows that copy a training row exactly */
  public int exactCopies() {
    int copies = 0;
    for (double d : m_closest) {
      copies += d == 0 ? 1 : 0;
    }
    return copies;
  }

  private double share(java.util.function.DoublePredicate test) {
    int count = 0;
    for (double d : m_closest) {
      count += test.test(d) ? 1 : 0;
    }
    return m_closest.length == 0 ? 0 : count / (double) m_closest.length;
  }

  public double guard() {
    return m_guard;
  }

  /** @return the class labels (empty without a nominal class) */
  public String[] classLabels() {
    return m_classLabels.clone();
  }

  /** @return the training share of each class label */
  public double[] realClassProportions() {
    return m_realClasses.clone();
  }

  /** @return the generated share of each class label */
  public double[] generatedClassProportions() {
    return m_generatedClasses.clone();
  }

  /** @return the mean of the columns' headline distances (numeric KS, nominal total variation) */
  public double meanColumnDistance() {
    double sum = 0;
    int n = 0;
    for (Column c : m_columns) {
      if (!Double.isNaN(c.distance())) {
        sum += c.distance();
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }
}
