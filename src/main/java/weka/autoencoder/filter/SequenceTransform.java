package weka.autoencoder.filter;

import org.nd4j.linalg.api.ndarray.INDArray;

import weka.autoencoder.codec.SequenceBatch;
import weka.autoencoder.codec.SequenceCodec;
import weka.autoencoder.model.SequenceAutoencoderModel;
import weka.autoencoder.model.SequenceError;
import weka.autoencoder.nd4j.FloatMatrices;
import weka.autoencoder.variant.FiniteOutput;
import weka.autoencoder.variant.ScorePlan;
import weka.core.Instances;
import weka.core.Utils;

/**
 * Filters instances through a trained recurrent autoencoder, a chunk of sequences at a time (each chunk padded to its
 * own longest sequence) to bound memory. Must run inside {@link weka.autoencoder.nd4j.Nd4jBoundary}.
 */
public final class SequenceTransform {

  /** Sequences converted and passed through the network at a time. */
  private static final int CHUNK = 256;

  private final SequenceAutoencoderModel m_model;
  private final SequenceOutput m_output;
  private final OutputMode m_mode;
  private final ScorePlan m_scores;

  public SequenceTransform(SequenceAutoencoderModel model, SequenceOutput output, OutputMode mode,
    ScorePlan scores) {
    m_model = model;
    m_output = output;
    m_mode = mode;
    m_scores = scores;
  }

  /** Adds the output instance of every instance of {@code data} to {@code result}. */
  public void apply(Instances data, Instances result) {
    for (int from = 0; from < data.numInstances(); from += CHUNK) {
      chunk(data, from, Math.min(from + CHUNK, data.numInstances()), result);
    }
  }

  private void chunk(Instances data, int from, int to, Instances result) {
    SequenceCodec codec = m_model.codec();
    SequenceBatch batch = codec.encode(data, from, to);
    INDArray sequences = FloatMatrices.create(batch.values(), batch.shape());
    float[] mask = batch.stepMask();
    INDArray stepMask = mask == null ? null : FloatMatrices.create(mask, batch.sequences(), batch.steps());
    int[] lengths = batch.lengths();
    boolean wantCodes = m_mode == OutputMode.CODE;
    boolean wantRebuilt = m_mode == OutputMode.RECONSTRUCTION || m_scores.any();
    float[][] codes = null;
    float[] rebuilt = null;
    if (wantCodes && wantRebuilt) {
      INDArray[] both = m_model.encodeAndReconstruct(sequences, stepMask, lengths);
      codes = FloatMatrices.rows(both[0]);
      rebuilt = FloatMatrices.values(both[1]);
    } else if (wantCodes) {
      codes = FloatMatrices.rows(m_model.encode(sequences, stepMask));
    } else if (wantRebuilt) {
      rebuilt = FloatMatrices.values(m_model.reconstruct(sequences, stepMask, lengths));
    }
    double[] errors = m_scores.score()
      ? SequenceError.perSequence(batch.values(), rebuilt, batch.observed(), batch.channels(), batch.steps()) : null;
    int perSequence = batch.channels() * batch.steps();
    for (int i = 0; i < batch.sequences(); i++) {
      if (codes != null) {
        FiniteOutput.require(codes[i], from + i, 0, codes[i].length);
      }
      if (rebuilt != null) {
        FiniteOutput.require(rebuilt, from + i, i * perSequence, (i + 1) * perSequence);
      }
      Instances steps = m_mode == OutputMode.RECONSTRUCTION
        ? codec.decode(rebuilt, batch.steps(), i, lengths[i]) : null;
      result.add(m_output.instance(data.instance(from + i), codes == null ? null : codes[i], steps,
        m_scores.any() ? scores(batch, rebuilt, errors, i) : null, result));
    }
  }

  /** @return the anomaly block of sequence {@code i}: attribute errors, score; flag and probability left missing */
  private double[] scores(SequenceBatch batch, float[] rebuilt, double[] errors, int i) {
    double[] attributes = m_scores.perAttribute() ? SequenceError.perAttribute(m_model.codec().stepErrors(
      batch.values(), rebuilt, batch.observed(), batch.steps(), i, batch.lengths()[i]),
      m_model.codec().layout().errorsPerStep()) : new double[0];
    double[] block = new double[m_scores.width(attributes.length)];
    java.util.Arrays.fill(block, Utils.missingValue());
    if (errors != null) {
      block[m_scores.scoreIndex(block.length)] = errors[i];
    }
    System.arraycopy(attributes, 0, block, m_scores.perAttributeIndex(block.length, attributes.length),
      attributes.length);
    return block;
  }
}
