package weka.autoencoder.variant;

import java.io.Serializable;
import java.util.Arrays;
import java.util.stream.IntStream;

import weka.autoencoder.options.AnomalyScore;

/**
 * What the training rows (the first batch) leave behind for scoring every later row: samples of their codes and of
 * their encoded inputs, and the sorted training values of each count. For {@link AnomalyScore#NEIGHBOURS} the score
 * is the distance from the row's code to its {@value NearestReference#K}th nearest training code. For
 * {@link AnomalyScore#COMBINED} it is a weighted mean of three ranks among the training rows' values: the
 * reconstruction error's (weight w) and the mean of the code distance's and the input distance's (1 - w). The
 * weight is read from the training rows, no labels: w = (Spearman correlation of the error with the code distance,
 * at least 0) x u / (u + 0.01), u the share of the input variance the reconstruction leaves unexplained. So the
 * error counts when the network has to compress and its errors agree with the neighbour view, and the neighbour
 * distances decide when the network rebuilds the training rows almost exactly (its error is then noise) or its
 * error disagrees with where the rows are sparse. Ranks make the counts comparable whatever their units.
 */
final class CodeNeighbours implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The neighbour whose distance is the score. */
  static final int K = NearestReference.K;

  /** At most this many training codes are kept (a random sample beyond), bounding memory and scoring time. */
  static final int MAX_REFERENCE = 5000;

  /**
   * At most this many input values are kept for the input-space neighbours (with 784 pixels: 318 rows), so that a
   * wide input costs no more to score than a narrow one; never fewer than {@link #MIN_INPUT_REFERENCE} rows.
   */
  static final int INPUT_VALUES = 250_000;

  /** The fewest training rows kept for the input-space neighbours (when there are that many). */
  static final int MIN_INPUT_REFERENCE = 200;

  /** Unexplained variance at which the error's weight is halved (u / (u + this)). */
  static final double UNEXPLAINED_HALF = 0.01;

  /**
   * Weight of the code distance and the error themselves in the combined score: ranks among n rows tie often (two
   * rows can share their k-th neighbour distance), and tied scores would flag more or fewer rows than the
   * contamination asks; the raw values break ties.
   */
  static final double TIE_BREAK = 1e-6;

  /** Weight of the error's rank in filters saved before the weight was read from the data (codes only then). */
  static final double SAVED_ERROR_WEIGHT = 0.3;

  private final AnomalyScore m_kind;
  private final float[][] m_reference;
  private final double[] m_sortedErrors;
  private final double[] m_sortedDistances;

  /** Index in the training batch of each kept code, so that a training row skips itself. */
  private final int[] m_referenceRows;

  /** The sample of encoded training inputs; null in filters saved before it (their score uses the codes only). */
  private final NearestReference m_inputs;
  private final double[] m_sortedInputDistances;

  /** The error rank's weight in the combined score, read from the training rows. */
  private final double m_errorWeight;

  /** What the weight was read from: rank correlation of error and code distance, unexplained variance share. */
  private double m_correlation;
  private double m_unexplained;

  private transient NearestReference m_codes;
  /** The scores of the rows it was fitted on, from the distances measured while fitting. */
  private transient double[] m_trainingScores;

  private CodeNeighbours(AnomalyScore kind, float[][] reference, int[] referenceRows, double[] sortedErrors,
    double[] sortedDistances, NearestReference inputs, double[] sortedInputDistances, double errorWeight) {
    m_kind = kind;
    m_reference = reference;
    m_referenceRows = referenceRows;
    m_sortedErrors = sortedErrors;
    m_sortedDistances = sortedDistances;
    m_inputs = inputs;
    m_sortedInputDistances = sortedInputDistances;
    m_errorWeight = errorWeight;
  }

  /** As {@link #fit(AnomalyScore, float[][], double[], RowSource, double)} with the codes as the inputs. */
  static CodeNeighbours fit(AnomalyScore kind, float[][] codes, double[] errors, double unexplained) {
    return fit(kind, codes, errors, RowSource.of(codes), unexplained);
  }

  /**
   * @param kind {@link AnomalyScore#NEIGHBOURS} or {@link AnomalyScore#COMBINED}
   * @param codes the training rows' codes
   * @param errors their reconstruction errors (NaN: nothing observed, left out)
   * @param inputs the same rows as the network reads them (scaled, one-hot)
   * @param unexplained share of the training variance the reconstruction leaves unexplained
   *          ({@link UnexplainedVariance})
   * @return the reference; {@link #trainingScores} gives the scores of the rows it was fitted on
   */
  static CodeNeighbours fit(AnomalyScore kind, float[][] codes, double[] errors, RowSource inputs,
    double unexplained) {
    int[] scored = IntStream.range(0, codes.length).filter(i -> !Double.isNaN(errors[i])).toArray();
    int[] kept = NearestReference.sample(scored, MAX_REFERENCE);
    float[][] reference = new float[kept.length][];
    for (int i = 0; i < kept.length; i++) {
      reference[i] = codes[kept[i]];
    }
    NearestReference codeReference = new NearestReference(reference, kept);
    double[] distances = new double[codes.length];
    Arrays.fill(distances, Double.NaN);
    for (int i : scored) {
      distances[i] = codeReference.distance(codes[i], i);
    }
    double[] scoredErrors = IntStream.of(scored).mapToDouble(i -> errors[i]).toArray();
    double[] scoredDistances = IntStream.of(scored).mapToDouble(i -> distances[i]).toArray();
    double correlation = RankCorrelation.spearman(scoredErrors, scoredDistances);
    double weight = Math.max(0, correlation) * unexplained / (unexplained + UNEXPLAINED_HALF);
    NearestReference inputReference = null;
    double[] inputDistances = new double[0];
    double[] trainingInputDistances = null;
    if (kind == AnomalyScore.COMBINED) {
      inputReference = inputReference(inputs, scored);
      double[] all = inputDistances(inputReference, inputs, true);
      trainingInputDistances = all;
      inputDistances = IntStream.of(scored).mapToDouble(i -> all[i]).toArray();
      Arrays.sort(inputDistances);
    }
    Arrays.sort(scoredErrors);
    Arrays.sort(scoredDistances);
    CodeNeighbours fitted = new CodeNeighbours(kind, reference, kept, scoredErrors, scoredDistances,
      inputReference, inputDistances, weight);
    fitted.m_codes = codeReference;
    fitted.m_correlation = correlation;
    fitted.m_unexplained = unexplained;
    double[] training = new double[codes.length];
    Arrays.fill(training, Double.NaN);
    for (int i : scored) {
      training[i] = fitted.combine(distances[i], errors[i],
        trainingInputDistances == null ? Double.NaN : trainingInputDistances[i]);
    }
    fitted.m_trainingScores = training;
    return fitted;
  }

  /** @return a sample of the scored rows' input vectors, fewer for wide inputs ({@link #INPUT_VALUES}) */
  private static NearestReference inputReference(RowSource inputs, int[] scored) {
    int width = inputs.size() == 0 ? 1 : Math.max(1, inputs.rows(0, 1)[0].length);
    int[] kept = NearestReference.sample(scored, Math.min(MAX_REFERENCE,
      Math.max(MIN_INPUT_REFERENCE, INPUT_VALUES / width)));
    float[][] reference = new float[kept.length][];
    int next = 0;
    for (int from = 0; from < inputs.size() && next < kept.length; from += CHUNK) {
      int to = Math.min(inputs.size(), from + CHUNK);
      float[][] block = null;
      while (next < kept.length && kept[next] < to) {
        block = block == null ? inputs.rows(from, to) : block;
        reference[next] = block[kept[next] - from];
        next++;
      }
    }
    return new NearestReference(reference, kept);
  }

  /** Rows read from a {@link RowSource} at a time. */
  private static final int CHUNK = 1024;

  /** @return each row's distance to its K-th nearest kept input (training rows skip themselves) */
  private static double[] inputDistances(NearestReference reference, RowSource inputs, boolean training) {
    double[] distances = new double[inputs.size()];
    for (int from = 0; from < inputs.size(); from += CHUNK) {
      int to = Math.min(inputs.size(), from + CHUNK);
      float[][] block = inputs.rows(from, to);
      for (int i = from; i < to; i++) {
        distances[i] = reference.distance(block[i - from], training ? i : -1);
      }
    }
    return distances;
  }

  /** @return the error rank's weight in the combined score (0 to 1), as read from the training rows */
  double errorWeight() {
    return m_inputs == null ? SAVED_ERROR_WEIGHT : m_errorWeight;
  }

  /** @return one line for the console: the weights and what they were read from */
  String describe() {
    return String.format(java.util.Locale.ROOT, "anomaly score = %.2f x rank of the reconstruction error + %.2f x "
      + "mean rank of the code and input neighbour distances (the reconstruction leaves %.1f %% of the training "
      + "variance unexplained; error and code distance rank correlation %.2f)", errorWeight(), 1 - errorWeight(),
      100 * m_unexplained, m_correlation);
  }

  /** @return number of training inputs kept for the input-space distance (0 when there is none) */
  int inputReferenceSize() {
    return m_inputs == null ? 0 : m_inputs.size();
  }

  /**
   * @return the scores of the training rows the reference was fitted on (each skipped its own code and input),
   *         from the distances measured while fitting, so the training batch's neighbour search runs once
   */
  double[] trainingScores() {
    if (m_trainingScores == null) {
      throw new IllegalStateException("the training scores are known only right after fit");
    }
    return m_trainingScores;
  }

  /** As {@link #score(float[][], double[], RowSource)} with the codes as the inputs. */
  double[] score(float[][] codes, double[] errors) {
    return score(codes, errors, RowSource.of(codes));
  }

  /** @return the scores of other rows */
  double[] score(float[][] codes, double[] errors, RowSource inputs) {
    double[] input = m_kind == AnomalyScore.COMBINED && m_inputs != null
      ? inputDistances(m_inputs, inputs, false) : null;
    double[] scores = new double[codes.length];
    for (int i = 0; i < codes.length; i++) {
      scores[i] = Double.isNaN(errors[i]) ? Double.NaN
        : combine(codes().distance(codes[i], -1), errors[i], input == null ? Double.NaN : input[i]);
    }
    return scores;
  }

  /** @return the score of a row from its code distance, its error and its input distance (NaN: none) */
  private double combine(double distance, double error, double inputDistance) {
    if (m_kind == AnomalyScore.NEIGHBOURS) {
      return distance;
    }
    double tieBreak = squash(distance, m_sortedDistances) + squash(error, m_sortedErrors);
    double neighbours = rank(m_sortedDistances, distance);
    if (!Double.isNaN(inputDistance)) {
      neighbours = (neighbours + rank(m_sortedInputDistances, inputDistance)) / 2;
    }
    double weight = errorWeight();
    return weight * rank(m_sortedErrors, error) + (1 - weight) * neighbours + TIE_BREAK * tieBreak;
  }

  /** @return the value over itself plus the training median: grows with it, below 1, for breaking ties */
  private static double squash(double value, double[] sorted) {
    double median = sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    double v = Math.max(0, value);
    return v / (v + (median > 0 ? median : 1));
  }

  private NearestReference codes() {
    if (m_codes == null) {
      m_codes = new NearestReference(m_reference, m_referenceRows);
    }
    return m_codes;
  }

  /**
   * @return fraction of the sorted values at or below {@code value}; beyond the largest, 1 plus the excess in units
   *         of (largest - median), so that a row far beyond every training row on one count alone is still flagged
   */
  static double rank(double[] sorted, double value) {
    if (sorted.length == 0) {
      return 0;
    }
    double largest = sorted[sorted.length - 1];
    if (value > largest) {
      double spread = largest - sorted[sorted.length / 2];
      return 1 + (value - largest) / (spread > 0 ? spread : 1);
    }
    int at = Arrays.binarySearch(sorted, value);
    if (at < 0) {
      return (double) (-at - 1) / sorted.length;
    }
    while (at + 1 < sorted.length && sorted[at + 1] == value) {
      at++;
    }
    return (double) (at + 1) / sorted.length;
  }
}
