package weka.autoencoder.model;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Adapts the recurrent autoencoder graph to the shared training loop, which hands it minibatches of padded sequences
 * [sequences, channels, steps] and a same-shaped mask of loss weights.
 *
 * <p>The loop knows nothing about sequence ends, so they are read from the mask: a sequence ends after its last step
 * with an observed value. The network input gets the matching step mask (padding is skipped, not fed as zeros);
 * missing values before the end stay in the input as imputed values and are only left out of the loss. With reversed
 * targets the decoder is trained to emit each sequence back to front. A network with a linear path takes one fixed
 * length only: it never gets a step mask, so missing values at the end of a window are imputed inputs like any other
 * missing value (and left out of the loss).
 */
public final class SequenceTrainableNetwork extends Dl4jTrainableNetwork<ComputationGraph> {

  private static final int EVALUATION_CHUNK = 256;

  private final boolean m_reversed;
  private final boolean m_fixedLength;

  /**
   * @param graph the network built by {@link weka.autoencoder.arch.RecurrentArchitecture}
   * @param reversed true to train the decoder on each sequence in reverse order
   */
  public SequenceTrainableNetwork(ComputationGraph graph, boolean reversed) {
    this(graph, reversed, false);
  }

  /**
   * @param graph the network built by {@link weka.autoencoder.arch.RecurrentArchitecture}
   * @param reversed true to train the decoder on each sequence in reverse order
   * @param fixedLength true when every sequence fills the array (a network with a linear path): no step mask
   */
  public SequenceTrainableNetwork(ComputationGraph graph, boolean reversed, boolean fixedLength) {
    super(graph);
    m_reversed = reversed;
    m_fixedLength = fixedLength;
  }

  /** @return each sequence's length read from the loss weights; null when they all fill the array */
  private int[] lengths(INDArray observed) {
    return observed == null || m_fixedLength ? null : TimeSteps.lengths(observed);
  }

  @Override
  public double fitBatch(INDArray input, INDArray target, INDArray observed) {
    int[] lengths = lengths(observed);
    INDArray stepMask = lengths == null ? null : TimeSteps.stepMask(lengths, (int) input.size(2));
    INDArray labels = m_reversed ? TimeSteps.reverse(target, lengths) : target;
    INDArray labelMask = observed == null || !m_reversed ? observed : TimeSteps.reverse(observed, lengths);
    m_network.fit(new INDArray[] {input}, new INDArray[] {labels},
      stepMask == null ? null : new INDArray[] {stepMask}, labelMask == null ? null : new INDArray[] {labelMask});
    // DL4J's score sums the per-step losses (each a mean over channels) and divides by the minibatch size; turn it
    // into the mean squared error per weighted entry, the figure the dense filter reports.
    double entries = observed == null ? input.length() : observed.sumNumber().doubleValue();
    return entries > 0 ? m_network.score() * input.size(0) * input.size(1) / entries : 0;
  }

  @Override
  public double loss(INDArray rows, INDArray observed) {
    return loss(rows, rows, observed);
  }

  /**
   * @param input the network input
   * @param target the sequences the output should reproduce, in their own order
   * @param observed loss weights (null: all 1)
   * @return mean squared error over the weighted entries
   */
  @Override
  public double loss(INDArray input, INDArray target, INDArray observed) {
    double weightedSum = 0;
    double weight = 0;
    long n = input.size(0);
    for (long from = 0; from < n; from += EVALUATION_CHUNK) {
      long to = Math.min(n, from + EVALUATION_CHUNK);
      INDArray x = input.get(NDArrayIndex.interval(from, to), NDArrayIndex.all(), NDArrayIndex.all());
      INDArray y = target.get(NDArrayIndex.interval(from, to), NDArrayIndex.all(), NDArrayIndex.all());
      INDArray mask = observed == null ? null
        : observed.get(NDArrayIndex.interval(from, to), NDArrayIndex.all(), NDArrayIndex.all());
      int[] lengths = lengths(mask);
      INDArray stepMask = lengths == null ? null : TimeSteps.stepMask(lengths, (int) x.size(2));
      INDArray output = m_network.output(false, new INDArray[] {x},
        stepMask == null ? null : new INDArray[] {stepMask})[0];
      if (m_reversed) {
        output = TimeSteps.reverse(output, lengths);
      }
      double w = mask == null ? (double) x.length() : mask.sumNumber().doubleValue();
      weightedSum += ReconstructionError.mean(y, output, mask) * w;
      weight += w;
    }
    return weight > 0 ? weightedSum / weight : 0;
  }
}
