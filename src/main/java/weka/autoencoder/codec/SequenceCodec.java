package weka.autoencoder.codec;

import java.io.Serializable;

import weka.core.DenseInstance;
import weka.core.Instances;

/**
 * Converts sequences (in either of Weka's forms, see {@link SequenceLayout}) to padded [sequences, channels, steps]
 * arrays and rebuilt arrays back to sequences.
 *
 * <p>Scaling is per channel and shared by all time steps: the channel codecs of {@link TabularCodec} are fitted on
 * every time step of every training sequence together. Sharing matters because a recurrent network applies the same
 * weights at every step, so a raw value must mean the same at step 1 as at step 50; it also lets later sequences be
 * longer than any seen in training. Nominal channels are one-hot coded and missing values imputed and flagged, as in
 * the tabular codec.
 */
public final class SequenceCodec implements Serializable {

  private static final long serialVersionUID = 1L;

  private final SequenceLayout m_layout;
  private final TabularCodec m_channels;

  private SequenceCodec(SequenceLayout layout, TabularCodec channels) {
    m_layout = layout;
    m_channels = channels;
  }

  /**
   * Learns the channel scaling from all time steps of the training data.
   *
   * @param data training instances (not modified)
   * @param layout where the sequences are
   * @param normalization how numeric channels are scaled
   * @return the fitted codec
   * @throws IllegalArgumentException for empty or missing sequences or infinite values, naming the instance
   */
  public static SequenceCodec fit(Instances data, SequenceLayout layout, Normalization normalization) {
    Instances allSteps = new Instances(layout.stepHeader(), 0);
    for (int i = 0; i < data.numInstances(); i++) {
      Instances steps = layout.steps(data.instance(i), i);
      for (int t = 0; t < steps.numInstances(); t++) {
        allSteps.add(steps.instance(t));
      }
    }
    return new SequenceCodec(layout, TabularCodec.fit(allSteps, normalization));
  }

  /** @return where the sequences are in an instance */
  public SequenceLayout layout() {
    return m_layout;
  }

  /** @return number of network channels (nominal channels count one per label) */
  public int width() {
    return m_channels.width();
  }

  /**
   * Encodes the sequences of instances {@code from} (inclusive) to {@code to} (exclusive), padded to the longest.
   */
  public SequenceBatch encode(Instances data, int from, int to) {
    int n = to - from;
    Instances[] sequences = new Instances[n];
    int[] lengths = new int[n];
    int longest = 0;
    for (int i = 0; i < n; i++) {
      sequences[i] = m_layout.steps(data.instance(from + i), from + i);
      lengths[i] = sequences[i].numInstances();
      longest = Math.max(longest, lengths[i]);
    }
    int width = width();
    float[] values = new float[n * width * longest];
    float[] observed = new float[n * width * longest];
    boolean complete = true;
    for (int i = 0; i < n; i++) {
      EncodedBatch steps;
      try {
        steps = m_channels.encode(sequences[i]);
      } catch (BadInstanceException e) {
        throw new BadInstanceException(from + i, ", time step " + (e.row() + 1) + e.detail());
      }
      complete &= !steps.hasMissing() && lengths[i] == longest;
      for (int t = 0; t < lengths[i]; t++) {
        for (int c = 0; c < width; c++) {
          int at = (i * width + c) * longest + t;
          values[at] = steps.values()[t * width + c];
          observed[at] = steps.observed()[t * width + c];
        }
      }
    }
    return new SequenceBatch(values, observed, lengths, width, longest, complete);
  }

  /**
   * Describes the channels for corruption models (see {@link TabularCodec#layout(EncodedBatch)}), with the numeric
   * range taken from every observed time step of {@code training}.
   *
   * @param training the encoded training sequences
   * @return the layout of one time step's channels
   */
  public ColumnLayout layout(SequenceBatch training) {
    int width = width();
    int steps = training.steps();
    int rows = training.sequences() * steps;
    float[] values = new float[rows * width];
    float[] observed = new float[rows * width];
    for (int i = 0; i < training.sequences(); i++) {
      for (int c = 0; c < width; c++) {
        for (int t = 0; t < steps; t++) {
          int from = (i * width + c) * steps + t;
          int to = (i * steps + t) * width + c;
          values[to] = training.values()[from];
          observed[to] = training.observed()[from];
        }
      }
    }
    return m_channels.layout(new EncodedBatch(values, observed, rows, width, !training.complete()));
  }

  /**
   * Turns one rebuilt sequence back into time steps in the original units (nominal channels by their most likely
   * label).
   *
   * @param output the network's output for a batch, c-order [sequences, channels, steps]
   * @param steps the padded length of that batch
   * @param sequence which sequence of the batch
   * @param length its own length: the number of steps rebuilt
   * @return instances of the layout's step header
   */
  public Instances decode(float[] output, int steps, int sequence, int length) {
    int width = width();
    Instances rebuilt = new Instances(m_layout.stepHeader(), length);
    float[] row = new float[width];
    for (int t = 0; t < length; t++) {
      for (int c = 0; c < width; c++) {
        row[c] = output[(sequence * width + c) * steps + t];
      }
      rebuilt.add(new DenseInstance(1.0, m_channels.decode(row, null)));
    }
    return rebuilt;
  }

  /**
   * The error of every channel attribute at every step of one sequence, as {@link TabularCodec#attributeErrors}
   * gives them for a row: squared error in the scaled units for a number, 0/1 for a label, NaN where missing.
   *
   * @param values encoded sequences, c-order [sequences, channels, steps]
   * @param rebuilt the network's output, same layout
   * @param observed the observed mask, same layout
   * @param steps the padded length of the batch
   * @param sequence which sequence
   * @param length its own length
   * @return per step (up to {@code length}), one error per attribute of the step header
   */
  public double[][] stepErrors(float[] values, float[] rebuilt, float[] observed, int steps, int sequence,
    int length) {
    int width = width();
    float[] v = new float[width];
    float[] r = new float[width];
    float[] o = new float[width];
    double[][] errors = new double[length][];
    for (int t = 0; t < length; t++) {
      for (int c = 0; c < width; c++) {
        int at = (sequence * width + c) * steps + t;
        v[c] = values[at];
        r[c] = rebuilt[at];
        o[c] = observed[at];
      }
      errors[t] = m_channels.attributeErrors(v, r, o, 0);
    }
    return errors;
  }
}
