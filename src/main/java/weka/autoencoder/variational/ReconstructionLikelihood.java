package weka.autoencoder.variational;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.custom.LogSoftMax;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

import weka.autoencoder.codec.EncodedBatch;
import weka.autoencoder.nd4j.FloatMatrices;
import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;

/**
 * The decoder's distribution p(x|z), chosen per attribute: Bernoulli (cross-entropy) for values in [0,1], Gaussian
 * with a learnt variance for other numbers, categorical (softmax) for the one-hot columns of a nominal attribute.
 *
 * <p>The decoder outputs the distributions' parameters: one logit per Bernoulli column, a mean and a raw log-variance
 * per Gaussian column, one logit per label. Neighbouring columns with the same numeric distribution form one run, so
 * MNIST's 784 Bernoulli pixels cost a handful of array operations. Missing entries (mask 0) add nothing to the
 * negative log-likelihood; a mask value above 1 is an instance weight.
 */
public final class ReconstructionLikelihood implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A distribution family. */
  enum Kind {
    BERNOULLI, GAUSSIAN, CATEGORICAL
  }

  /** Neighbouring input columns with one distribution (a categorical run is one nominal attribute). */
  static final class Run implements Serializable {
    private static final long serialVersionUID = 1L;
    final Kind m_kind;
    final int m_column;
    final int m_width;
    final int m_parameter;

    Run(Kind kind, int column, int width, int parameter) {
      m_kind = kind;
      m_column = column;
      m_width = width;
      m_parameter = parameter;
    }

    int parameterWidth() {
      return m_kind == Kind.GAUSSIAN ? 2 * m_width : m_width;
    }
  }

  /**
   * Smallest variance of a Gaussian column, in scaled units: a standard deviation of 1 % of a min-max scaled range.
   * Without a floor the variance of a column with few distinct values collapses and the likelihood grows without
   * bound.
   */
  static final double LOG_VARIANCE_FLOOR = Math.log(1e-4);

  private static final double LOG_TWO_PI = Math.log(2 * Math.PI);

  private final Run[] m_runs;
  private final int m_width;
  private final int m_parameters;
  private final boolean[] m_binary;

  /**
   * @param kinds distribution of each attribute, in column order
   * @param widths number of input columns of each attribute (1 for numeric, the label count for nominal)
   * @param binary per input column: true when the training values were only 0 and 1 (drawn, not averaged, when
   *        sampling)
   */
  ReconstructionLikelihood(List<Kind> kinds, List<Integer> widths, boolean[] binary) {
    List<Run> runs = new ArrayList<>();
    int column = 0;
    int parameter = 0;
    for (int i = 0; i < kinds.size(); i++) {
      Kind kind = kinds.get(i);
      int width = widths.get(i);
      Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (last != null && kind != Kind.CATEGORICAL && last.m_kind == kind) {
        // Extend the run; a Gaussian run keeps its means first and log-variances after them, so the run's
        // parameters move up by one column for every column added.
        parameter -= last.parameterWidth();
        last = new Run(kind, last.m_column, last.m_width + width, last.m_parameter);
        runs.set(runs.size() - 1, last);
        parameter += last.parameterWidth();
      } else {
        Run run = new Run(kind, column, width, parameter);
        runs.add(run);
        parameter += run.parameterWidth();
      }
      column += width;
    }
    m_runs = runs.toArray(new Run[0]);
    m_width = column;
    m_parameters = parameter;
    m_binary = binary.clone();
  }

  /**
   * Chooses the distribution of every input attribute of the training data.
   *
   * @param data the training data the codec was fitted on (class attribute set aside)
   * @param batch the codec's encoding of {@code data}
   * @param choice the user's choice for numeric attributes
   * @return the likelihood, its columns in the codec's order
   * @throws IllegalArgumentException when Bernoulli is forced on an attribute whose scaled values leave [0,1]
   */
  public static ReconstructionLikelihood fit(Instances data, EncodedBatch batch, NumericDistribution choice) {
    List<Kind> kinds = new ArrayList<>();
    List<Integer> widths = new ArrayList<>();
    boolean[] binary = new boolean[batch.columns()];
    int column = 0;
    for (int a = 0; a < data.numAttributes(); a++) {
      if (a == data.classIndex()) {
        continue;
      }
      Attribute attribute = data.attribute(a);
      if (attribute.isNominal()) {
        kinds.add(Kind.CATEGORICAL);
        widths.add(attribute.numValues());
        column += attribute.numValues();
        continue;
      }
      boolean rawInUnit = true;
      boolean scaledInUnit = true;
      boolean onlyZeroOne = true;
      int observed = 0;
      for (int i = 0; i < data.numInstances(); i++) {
        Instance instance = data.instance(i);
        if (instance.isMissing(a)) {
          continue;
        }
        observed++;
        double raw = instance.value(a);
        float scaled = batch.values()[i * batch.columns() + column];
        rawInUnit &= raw >= 0 && raw <= 1;
        scaledInUnit &= scaled >= 0 && scaled <= 1;
        onlyZeroOne &= scaled == 0f || scaled == 1f;
      }
      Kind kind;
      if (choice == NumericDistribution.GAUSSIAN) {
        kind = Kind.GAUSSIAN;
      } else if (choice == NumericDistribution.BERNOULLI) {
        if (!scaledInUnit) {
          throw new IllegalArgumentException("-distribution bernoulli needs numeric values in [0,1] after scaling, "
            + "but attribute '" + attribute.name() + "' (attribute " + (a + 1) + ") leaves it: use -normalize "
            + "minmax or auto, or -distribution gaussian.");
        }
        kind = Kind.BERNOULLI;
      } else {
        kind = rawInUnit && scaledInUnit && observed > 0 ? Kind.BERNOULLI : Kind.GAUSSIAN;
      }
      binary[column] = observed > 0 && onlyZeroOne;
      kinds.add(kind);
      widths.add(1);
      column++;
    }
    if (column != batch.columns()) {
      throw new IllegalStateException("codec has " + batch.columns() + " columns, attributes give " + column);
    }
    return new ReconstructionLikelihood(kinds, widths, binary);
  }

  /** @return number of input columns */
  public int width() {
    return m_width;
  }

  /** @return number of decoder outputs (distribution parameters) */
  public int parameterWidth() {
    return m_parameters;
  }

  /** @return how many input columns use each family, e.g. "784 Bernoulli" */
  public String describe() {
    int[] counts = new int[Kind.values().length];
    for (Run run : m_runs) {
      counts[run.m_kind.ordinal()] += run.m_kind == Kind.CATEGORICAL ? 1 : run.m_width;
    }
    List<String> parts = new ArrayList<>();
    String[] names = {"Bernoulli", "Gaussian", "categorical"};
    for (Kind kind : Kind.values()) {
      if (counts[kind.ordinal()] > 0) {
        parts.add(counts[kind.ordinal()] + " " + names[kind.ordinal()]);
      }
    }
    return String.join(", ", parts);
  }

  /**
   * The negative log-likelihood of each row, and optionally its gradient with respect to the decoder outputs.
   *
   * @param x rows in the codec's layout (n x width)
   * @param out decoder outputs (n x parameterWidth)
   * @param mask entry weights, 0 for missing (n x width); null: all 1
   * @param gradient receives d(sum of row values)/d(out) when not null (n x parameterWidth, overwritten)
   * @return the row values (length n)
   */
  public INDArray negativeLogLikelihood(INDArray x, INDArray out, INDArray mask, INDArray gradient) {
    long n = x.rows();
    INDArray rows = Nd4j.zeros(out.dataType(), n);
    for (Run run : m_runs) {
      INDArray xs = columns(x, run.m_column, run.m_width);
      INDArray ms = mask == null ? null : columns(mask, run.m_column, run.m_kind == Kind.CATEGORICAL ? 1
        : run.m_width);
      switch (run.m_kind) {
        case BERNOULLI:
          bernoulli(xs, columns(out, run.m_parameter, run.m_width), ms, rows,
            gradient == null ? null : columns(gradient, run.m_parameter, run.m_width));
          break;
        case GAUSSIAN:
          gaussian(xs, columns(out, run.m_parameter, run.m_width),
            columns(out, run.m_parameter + run.m_width, run.m_width), ms, rows,
            gradient == null ? null : columns(gradient, run.m_parameter, run.m_width),
            gradient == null ? null : columns(gradient, run.m_parameter + run.m_width, run.m_width));
          break;
        default:
          categorical(xs, columns(out, run.m_parameter, run.m_width), ms, rows,
            gradient == null ? null : columns(gradient, run.m_parameter, run.m_width));
      }
    }
    return rows;
  }

  /** -log p = softplus(o) - x o; d/do = sigmoid(o) - x. */
  private static void bernoulli(INDArray x, INDArray logits, INDArray mask, INDArray rows, INDArray gradient) {
    INDArray o = logits.dup();
    INDArray nll = softplus(o).subi(x.mul(o));
    if (mask != null) {
      nll.muli(mask);
    }
    rows.addi(nll.sum(1));
    if (gradient != null) {
      INDArray g = Transforms.sigmoid(o, false).subi(x);
      gradient.assign(mask == null ? g : g.muli(mask));
    }
  }

  /**
   * With s = floor + softplus(raw - floor): -log p = (log 2 pi + s + (x - mu)^2 e^-s) / 2; d/dmu = -(x - mu) e^-s,
   * d/draw = (1 - (x - mu)^2 e^-s) / 2 * sigmoid(raw - floor).
   */
  private static void gaussian(INDArray x, INDArray means, INDArray rawLogVariances, INDArray mask, INDArray rows,
    INDArray meanGradient, INDArray rawGradient) {
    INDArray shifted = rawLogVariances.sub(LOG_VARIANCE_FLOOR);
    INDArray logVariance = softplus(shifted).addi(LOG_VARIANCE_FLOOR);
    INDArray precision = Transforms.exp(logVariance.neg(), false);
    INDArray diff = x.sub(means);
    INDArray scaledSquare = diff.mul(diff).muli(precision);
    INDArray nll = scaledSquare.add(logVariance).addi(LOG_TWO_PI).muli(0.5);
    if (mask != null) {
      nll.muli(mask);
    }
    rows.addi(nll.sum(1));
    if (meanGradient != null) {
      INDArray gMean = diff.muli(precision).negi();
      INDArray gRaw = scaledSquare.rsubi(1.0).muli(0.5).muli(Transforms.sigmoid(shifted, false));
      if (mask != null) {
        gMean.muli(mask);
        gRaw.muli(mask);
      }
      meanGradient.assign(gMean);
      rawGradient.assign(gRaw);
    }
  }

  /** -log p = -sum x log softmax(o); d/do = softmax(o) - x. The mask is one column for the whole attribute. */
  private static void categorical(INDArray x, INDArray logits, INDArray mask, INDArray rows, INDArray gradient) {
    INDArray logP = Nd4j.exec(new LogSoftMax(logits.dup(), 1))[0];
    INDArray nll = x.mul(logP).sum(1).negi();
    if (mask != null) {
      nll.muli(mask.reshape(mask.rows()));
    }
    rows.addi(nll);
    if (gradient != null) {
      INDArray g = Transforms.exp(logP, false).subi(x);
      gradient.assign(mask == null ? g : g.muliColumnVector(mask));
    }
  }

  /** log(1 + e^o) without overflow: max(o, 0) + log(1 + e^-|o|). */
  private static INDArray softplus(INDArray o) {
    INDArray tail = Transforms.log1p(Transforms.exp(Transforms.abs(o, true).negi(), false), false);
    return Transforms.relu(o, true).addi(tail);
  }

  /**
   * @param out decoder outputs (n x parameterWidth)
   * @return the mean of p(x|z) in the codec's layout: probabilities for Bernoulli columns and labels, means for
   *         Gaussian columns
   */
  public INDArray mean(INDArray out) {
    INDArray result = Nd4j.create(out.dataType(), out.rows(), m_width);
    for (Run run : m_runs) {
      INDArray o = columns(out, run.m_parameter, run.m_width).dup();
      INDArray target = columns(result, run.m_column, run.m_width);
      switch (run.m_kind) {
        case BERNOULLI:
          target.assign(Transforms.sigmoid(o, false));
          break;
        case GAUSSIAN:
          target.assign(o);
          break;
        default:
          target.assign(Transforms.softmax(o, false));
      }
    }
    return result;
  }

  /**
   * Draws rows from p(x|z): a label per nominal attribute (one-hot), a normal deviate per Gaussian column, 0 or 1
   * for Bernoulli columns that were binary in the training data, and the probability itself for other Bernoulli
   * columns (grey values such as pixels are shown at their mean, as is usual for image VAEs).
   *
   * @param out decoder outputs (n x parameterWidth)
   * @param random source of the draws
   * @return n rows in the codec's layout
   */
  public float[][] sample(INDArray out, Random random) {
    float[][] o = FloatMatrices.rows(out);
    float[][] result = new float[o.length][m_width];
    for (int r = 0; r < o.length; r++) {
      for (Run run : m_runs) {
        for (int j = 0; j < run.m_width && run.m_kind != Kind.CATEGORICAL; j++) {
          int column = run.m_column + j;
          float value = o[r][run.m_parameter + j];
          if (run.m_kind == Kind.BERNOULLI) {
            double p = 1 / (1 + Math.exp(-value));
            result[r][column] = m_binary[column] ? (random.nextDouble() < p ? 1f : 0f) : (float) p;
          } else {
            double logVariance = LOG_VARIANCE_FLOOR + softplus(o[r][run.m_parameter + run.m_width + j]
              - LOG_VARIANCE_FLOOR);
            result[r][column] = (float) (value + Math.exp(0.5 * logVariance) * random.nextGaussian());
          }
        }
        if (run.m_kind == Kind.CATEGORICAL) {
          result[r][run.m_column + drawLabel(o[r], run.m_parameter, run.m_width, random)] = 1f;
        }
      }
    }
    return result;
  }

  private static int drawLabel(float[] logits, int from, int width, Random random) {
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < width; i++) {
      max = Math.max(max, logits[from + i]);
    }
    double[] weights = new double[width];
    double total = 0;
    for (int i = 0; i < width; i++) {
      weights[i] = Math.exp(logits[from + i] - max);
      total += weights[i];
    }
    double u = random.nextDouble() * total;
    for (int i = 0; i < width - 1; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return width - 1;
  }

  private static double softplus(double v) {
    return Math.max(v, 0) + Math.log1p(Math.exp(-Math.abs(v)));
  }

  private static INDArray columns(INDArray matrix, int from, int width) {
    INDArrayIndex[] index = {NDArrayIndex.all(), NDArrayIndex.interval(from, from + width)};
    return matrix.get(index);
  }
}
