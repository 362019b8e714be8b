package weka.autoencoder.codec;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;

/**
 * Converts Weka instances to the float rows a network trains on and back, with scaling fitted once on the training
 * batch and reused for every later batch.
 *
 * <p>Numeric and date attributes take one column each, nominal attributes one column per label (one-hot). The class
 * attribute is set aside: it never reaches the network and is copied through unchanged. Missing values are imputed
 * (training mean, or label frequencies) and flagged in the batch's observed mask.
 *
 * <p>The network computes in float32, so the codec is where data are made float-safe: statistics are computed in a
 * way that cannot overflow (values are divided by their largest magnitude first), an attribute that cannot be
 * scaled (never observed, or a range wider than a double holds) is refused by name, and every encoded value, of the
 * training batch and of every later one, is checked to be finite as a float, naming the instance and attribute.
 */
public final class TabularCodec implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Unscaled values must stay below this, so their squares (the loss) stay below float32's largest value. */
  private static final double LARGEST_UNSCALED = 1e18;

  private final Instances m_header;
  private final ColumnCodec[] m_columns;
  private final int m_width;

  /** Built from the columns on first use (and again after loading a saved model). */
  private transient RowEncoder m_encoder;

  private TabularCodec(Instances header, ColumnCodec[] columns) {
    m_header = header;
    m_columns = columns;
    int width = 0;
    for (ColumnCodec c : columns) {
      width += c.width();
    }
    m_width = width;
  }

  /**
   * Learns scaling and imputation values from the training data.
   *
   * @param data training instances (not modified)
   * @param normalization how numeric attributes are scaled
   * @return the fitted codec
   * @throws IllegalArgumentException for string or relational inputs, infinite values or no usable input attribute
   */
  public static TabularCodec fit(Instances data, Normalization normalization) {
    InputAttributes.check(data);
    for (int i = 0; i < data.numInstances(); i++) {
      InputAttributes.checkFinite(data.instance(i), i, data.classIndex());
    }
    return fit(new Instances(data, 0), ColumnSummaries.of(data), normalization);
  }

  /**
   * Fits the codec from summaries of the training rows, which may have been gathered in parts (on a cluster); the
   * result is the codec {@link #fit(Instances, Normalization)} fits on the same rows.
   *
   * @param header the training header (its class attribute is set aside)
   * @param summary the summary of the training rows
   * @param normalization how numeric attributes are scaled
   * @return the fitted codec
   * @throws IllegalArgumentException for string or relational inputs or no usable input attribute
   */
  public static TabularCodec fit(Instances header, ColumnSummaries summary, Normalization normalization) {
    InputAttributes.check(header);
    Normalization effective = normalization == Normalization.AUTO
      ? (allNumericWithinUnitInterval(header, summary) ? Normalization.NONE : Normalization.MINMAX)
      : normalization;
    List<ColumnCodec> columns = new ArrayList<>();
    for (int a = 0; a < header.numAttributes(); a++) {
      if (a == header.classIndex()) {
        continue;
      }
      Attribute attribute = header.attribute(a);
      if (attribute.isNominal()) {
        double[] counts = summary.labelCounts(a);
        if (java.util.Arrays.stream(counts).sum() == 0) {
          throw neverObserved(attribute);
        }
        columns.add(new NominalColumnCodec(a, counts));
      } else {
        columns.add(numericColumn(summary, attribute, a, effective));
      }
    }
    return new TabularCodec(new Instances(header, 0), columns.toArray(new ColumnCodec[0]));
  }

  /**
   * A codec for image pixels: each given attribute becomes one column, in the given order (the network's pixel
   * order), every one divided by the same factor. Missing pixels are imputed with the pixel's training mean.
   *
   * @param data training instances (not modified)
   * @param attributes indices of the pixel attributes, in network column order
   * @param scale the factor every pixel is divided by, e.g. 255
   * @return the fitted codec
   * @throws IllegalArgumentException for infinite values
   */
  public static TabularCodec forPixels(Instances data, int[] attributes, double scale) {
    for (int i = 0; i < data.numInstances(); i++) {
      InputAttributes.checkFinite(data.instance(i), i, data.classIndex());
    }
    ColumnCodec[] columns = new ColumnCodec[attributes.length];
    for (int k = 0; k < attributes.length; k++) {
      double sum = 0;
      int count = 0;
      for (int i = 0; i < data.numInstances(); i++) {
        if (!data.instance(i).isMissing(attributes[k])) {
          sum += data.instance(i).value(attributes[k]);
          count++;
        }
      }
      columns[k] = new NumericColumnCodec(attributes[k], 0, scale, count > 0 ? sum / count : 0);
    }
    return new TabularCodec(new Instances(data, 0), columns);
  }

  private static NumericColumnCodec numericColumn(ColumnSummaries summary, Attribute attribute, int a,
    Normalization normalization) {
    if (summary.observed(a) == 0) {
      throw neverObserved(attribute);
    }
    double mean = summary.mean(a);
    double min = summary.min(a);
    double max = summary.max(a);
    double magnitude = Math.max(Math.abs(min), Math.abs(max));
    switch (normalization) {
      case MINMAX:
        double range = max - min;
        if (Double.isInfinite(range)) {
          throw new IllegalArgumentException("Attribute '" + attribute.name() + "' ranges from " + min + " to " + max
            + ", too wide a range to scale: rescale it first (e.g. MathExpression with log(abs(A)+1)*signum(A), or "
            + "Normalize) or remove it.");
        }
        return new NumericColumnCodec(a, min, max > min ? range : 1, mean);
      case STANDARDIZE:
        double sd = summary.sd(a);
        return new NumericColumnCodec(a, mean, sd > 1e-12 * Math.max(1, Math.abs(mean)) ? sd : 1, mean);
      default:
        if (magnitude > LARGEST_UNSCALED) {
          throw new IllegalArgumentException("Attribute '" + attribute.name() + "' reaches " + (max > -min ? max : min)
            + " and -normalize is none: the squared errors of values beyond " + LARGEST_UNSCALED + " overflow the "
            + "32-bit floats the network computes in (largest 3.4e38). Use -normalize minmax or standardize, or "
            + "rescale the attribute first.");
        }
        return new NumericColumnCodec(a, 0, 1, mean);
    }
  }

  private static IllegalArgumentException neverObserved(Attribute attribute) {
    return new IllegalArgumentException("Attribute '" + attribute.name() + "' has no observed value in the "
      + "training data (every value is missing), so the network cannot learn it: remove it first (e.g. with "
      + "RemoveUseless or Remove).");
  }

  private static boolean allNumericWithinUnitInterval(Instances header, ColumnSummaries summary) {
    for (int a = 0; a < header.numAttributes(); a++) {
      if (a == header.classIndex() || !header.attribute(a).isNumeric() || summary.observed(a) == 0) {
        continue;
      }
      if (summary.min(a) < 0 || summary.max(a) > 1) {
        return false;
      }
    }
    return true;
  }

  /** @return number of network columns */
  public int width() {
    return m_width;
  }

  /** @return the header the codec was fitted on (no rows) */
  public Instances header() {
    return m_header;
  }

  /**
   * Encodes rows {@code from} (inclusive) to {@code to} (exclusive) of {@code data}, which must have the training
   * header. Each instance's stored values are read once (see {@link RowEncoder}); the observed mask is only made
   * when a value is missing.
   *
   * @throws BadInstanceException for an infinite value or one beyond float32 after scaling, naming row and attribute
   */
  public EncodedBatch encode(Instances data, int from, int to) {
    RowEncoder encoder = encoder();
    int rows = to - from;
    float[] values = new float[rows * m_width];
    float[] observed = null;
    for (int r = 0; r < rows; r++) {
      Instance instance = data.instance(from + r);
      if (encoder.encode(instance, from + r, values, observed, r * m_width)) {
        observed = new float[rows * m_width];
        java.util.Arrays.fill(observed, 1f);
        encoder.markMissing(instance, observed, r * m_width);
      }
    }
    return new EncodedBatch(values, observed, rows, m_width, observed != null);
  }

  private RowEncoder encoder() {
    RowEncoder encoder = m_encoder;
    if (encoder == null) {
      encoder = new RowEncoder(m_columns, m_width, m_header.numAttributes(), m_header.classIndex());
      m_encoder = encoder;
    }
    return encoder;
  }

  /**
   * Describes the network columns for corruption models: one-hot groups of the nominal attributes, and the range of
   * the observed numeric values of {@code training} (the batch this codec encoded from its training data).
   *
   * @param training the encoded training batch
   * @return the layout; the range is [0,1] when there is no observed numeric value
   */
  public ColumnLayout layout(EncodedBatch training) {
    float[] range = numericRange(training);
    return layout(range[0], range[1]);
  }

  /**
   * @param batch rows this codec encoded
   * @return {lowest, highest} observed numeric value of the batch in the scaled space ({+inf, -inf} for none)
   */
  public float[] numericRange(EncodedBatch batch) {
    boolean[] numeric = numericColumns();
    float low = Float.POSITIVE_INFINITY;
    float high = Float.NEGATIVE_INFINITY;
    float[] values = batch.values();
    float[] observed = batch.observed();
    for (int i = 0; i < values.length; i++) {
      if (numeric[i % m_width] && observed[i] != 0f) {
        low = Math.min(low, values[i]);
        high = Math.max(high, values[i]);
      }
    }
    return new float[] {low, high};
  }

  private boolean[] numericColumns() {
    boolean[] numeric = new boolean[m_width];
    int offset = 0;
    for (ColumnCodec column : m_columns) {
      if (!(column instanceof NominalColumnCodec)) {
        java.util.Arrays.fill(numeric, offset, offset + column.width(), true);
      }
      offset += column.width();
    }
    return numeric;
  }

  /**
   * The layout for corruption models from the numeric range of the training rows (gathered in parts, perhaps).
   *
   * @param low lowest observed numeric value in the scaled space (+infinity for none)
   * @param high highest (-infinity for none)
   * @return the layout; the range is [0,1] when there is no observed numeric value
   */
  public ColumnLayout layout(float low, float high) {
    List<Integer> starts = new ArrayList<>();
    List<Integer> widths = new ArrayList<>();
    int offset = 0;
    for (ColumnCodec column : m_columns) {
      if (column instanceof NominalColumnCodec) {
        starts.add(offset);
        widths.add(column.width());
      }
      offset += column.width();
    }
    if (low > high) {
      low = 0f;
      high = 1f;
    }
    return new ColumnLayout(m_width, starts.stream().mapToInt(Integer::intValue).toArray(),
      widths.stream().mapToInt(Integer::intValue).toArray(), low, high, missingRow());
  }

  /** @return the encoding of a row whose every attribute is missing (means, label frequencies) */
  private float[] missingRow() {
    weka.core.Instance empty = new weka.core.DenseInstance(m_header.numAttributes());
    empty.setDataset(m_header);
    float[] row = new float[m_width];
    float[] observed = new float[m_width];
    int offset = 0;
    for (ColumnCodec column : m_columns) {
      column.encode(empty, row, observed, offset);
      offset += column.width();
    }
    return row;
  }

  /** Encodes all rows of {@code data}. */
  public EncodedBatch encode(Instances data) {
    return encode(data, 0, data.numInstances());
  }

  /**
   * Turns one network output row back into attribute values in the input header's units: numbers unscaled, nominal
   * attributes by the label with the largest output. The class value is copied from {@code original}.
   *
   * @param row the network's output for the instance
   * @param original the instance the row came from (its class value is kept)
   * @return values for an instance of the input header
   */
  public double[] decode(float[] row, Instance original) {
    double[] values = new double[m_header.numAttributes()];
    decode(row, 0, values);
    int classIndex = m_header.classIndex();
    if (classIndex >= 0) {
      values[classIndex] = original.value(classIndex);
    }
    return values;
  }

  /**
   * Decodes one row of a batch of network output rows straight into an output instance's values (no copy of the
   * row): sets the value of every attribute the codec reads, by attribute index; the class and others are left.
   *
   * @param rows network output rows, row-major, {@link #width()} columns each
   * @param base index of the row's first column in {@code rows}
   * @param values the values to write, at least as long as the input header
   */
  public void decode(float[] rows, int base, double[] values) {
    int offset = base;
    for (ColumnCodec column : m_columns) {
      values[column.attributeIndex()] = column.decode(rows, offset);
      offset += column.width();
    }
  }

  /**
   * The error of each input attribute in one encoded row: the squared error in the scaled units for a number, 0 or 1
   * (rebuilt label wrong) for a nominal attribute.
   *
   * @param values encoded rows, row-major
   * @param rebuilt the network's output for them, same layout
   * @param observed the observed mask, same layout
   * @param row which row
   * @return one value per attribute of the input header, by attribute index; NaN for the class, attributes the
   *         codec does not read, and missing values
   */
  public double[] attributeErrors(float[] values, float[] rebuilt, float[] observed, int row) {
    double[] errors = new double[m_header.numAttributes()];
    java.util.Arrays.fill(errors, Double.NaN);
    int offset = row * m_width;
    for (ColumnCodec column : m_columns) {
      errors[column.attributeIndex()] = column.error(values, rebuilt, observed, offset);
      offset += column.width();
    }
    return errors;
  }
}
