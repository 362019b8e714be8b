package weka.autoencoder.model;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

import weka.autoencoder.codec.Vocabulary;
import weka.autoencoder.nd4j.FloatMatrices;

/**
 * Adapts the text autoencoder graph to the shared training loop, which hands it minibatches of padded token numbers
 * [documents, 1, steps] (possibly corrupted) with the clean ones as target and a same-shaped mask of loss weights
 * (0 on padding). Each minibatch is cut to its own longest document, the labels become one-hot over the
 * vocabulary (unknown tokens weighted down, so the decoder cannot do well by predicting the unknown token
 * everywhere), the bag-of-words head gets the document's word frequencies, and the network input gets the
 * matching step mask. The loss is the per-step cross-entropy summed over the tokens plus the bag-of-words
 * cross-entropy summed over the documents' words (times its weight), divided by the (weighted) number of tokens.
 * (Means per document instead were tried: with the same learning rate the network then learnt far more slowly
 * and its held-out loss rose after two epochs.)
 *
 * <p>Every array made here is released as soon as it is used: they live outside the Java heap, and a small heap
 * would otherwise let gigabytes of spent minibatches pile up before a garbage collection frees them.
 */
public final class TextTrainableNetwork extends Dl4jTrainableNetwork<ComputationGraph> {

  /** Documents evaluated at a time (the softmax output is documents x vocabulary x steps). */
  static final int EVALUATION_CHUNK = 32;

  private final int m_classes;
  private final double m_bagWeight;
  private final double m_unknownWeight;

  /**
   * @param graph the network built by {@link weka.autoencoder.arch.TextArchitecture}
   * @param classes its number of token numbers
   * @param bagWeight weight of the bag-of-words loss (0 = the head is not trained)
   * @param unknownWeight weight of an unknown token's step in the per-step loss (1 = as any token)
   */
  public TextTrainableNetwork(ComputationGraph graph, int classes, double bagWeight, double unknownWeight) {
    super(graph);
    m_classes = classes;
    m_bagWeight = bagWeight;
    m_unknownWeight = unknownWeight;
  }

  @Override
  public double fitBatch(INDArray input, INDArray target, INDArray observed) {
    int[] lengths = TimeSteps.lengths(observed);
    int steps = longest(lengths);
    int n = (int) input.size(0);
    INDArray x = firstSteps(input, steps);
    float[] ids = stepValues(target, steps);
    float[] weights = stepValues(observed, steps);
    float[] stepWeights = stepWeights(ids, weights);
    BagOfWords bag = BagOfWords.of(ids, weights, n, m_classes, steps, m_bagWeight);
    INDArray[] arrays = {x, TimeSteps.stepMask(lengths, steps),
      FloatMatrices.create(TokenLoss.oneHot(ids, n, m_classes, steps), n, m_classes, steps),
      FloatMatrices.create(bag.frequencies(), n, m_classes), FloatMatrices.create(stepWeights, n, steps),
      FloatMatrices.create(bag.weights(), n, 1)};
    m_network.fit(new INDArray[] {x}, new INDArray[] {arrays[2], arrays[3]}, new INDArray[] {arrays[1]},
      new INDArray[] {arrays[4], arrays[5]});
    FloatMatrices.release(arrays);
    // DL4J's score sums the masked losses and divides by the minibatch size: make it a mean per token.
    double tokens = sum(stepWeights);
    return tokens > 0 ? m_network.score() * n / tokens : 0;
  }

  /**
   * @param input the network input
   * @param target the tokens the output should reproduce
   * @param observed loss weights (0 on padding)
   * @return the training objective on these documents: per-step cross-entropy summed over the tokens plus the
   *         bag-of-words cross-entropy summed over the documents' words (times its weight), per weighted token
   */
  @Override
  public double loss(INDArray input, INDArray target, INDArray observed) {
    double lossSum = 0;
    double weight = 0;
    long n = input.size(0);
    for (long from = 0; from < n; from += EVALUATION_CHUNK) {
      long to = Math.min(n, from + EVALUATION_CHUNK);
      INDArray mask = rows(observed, from, to);
      int[] lengths = TimeSteps.lengths(mask);
      int steps = longest(lengths);
      int documents = (int) (to - from);
      INDArray x = firstSteps(rows(input, from, to), steps);
      INDArray stepMask = TimeSteps.stepMask(lengths, steps);
      float[] ids = stepValues(rows(target, from, to), steps);
      float[] w = stepValues(mask, steps);
      float[] stepWeights = stepWeights(ids, w);
      INDArray[] outputs = m_network.output(false, new INDArray[] {x}, new INDArray[] {stepMask});
      double[] perDocument = TokenLoss.perDocument(outputs[0], ids, stepWeights);
      for (int i = 0; i < perDocument.length; i++) {
        double documentWeight = 0;
        for (int t = i * steps; t < (i + 1) * steps; t++) {
          documentWeight += stepWeights[t];
        }
        lossSum += perDocument[i] * documentWeight;
        weight += documentWeight;
      }
      if (m_bagWeight > 0) {
        lossSum += BagOfWords.of(ids, w, documents, m_classes, steps, m_bagWeight)
          .loss(FloatMatrices.values(outputs[1]), m_classes);
      }
      FloatMatrices.release(outputs);
      FloatMatrices.release(x, stepMask);
    }
    return weight > 0 ? lossSum / weight : 0;
  }

  /** @return the per-step loss weights: the step's weight, times the unknown token's weight on unknown tokens */
  private float[] stepWeights(float[] ids, float[] weights) {
    float[] result = weights.clone();
    for (int t = 0; t < result.length; t++) {
      if (ids[t] == Vocabulary.UNKNOWN) {
        result[t] *= (float) m_unknownWeight;
      }
    }
    return result;
  }

  private static double sum(float[] values) {
    double sum = 0;
    for (float v : values) {
      sum += v;
    }
    return sum;
  }

  private static INDArray rows(INDArray array, long from, long to) {
    return array.get(NDArrayIndex.interval(from, to), NDArrayIndex.all(), NDArrayIndex.all());
  }

  static int longest(int[] lengths) {
    int steps = 1;
    for (int length : lengths) {
      steps = Math.max(steps, length);
    }
    return steps;
  }

  /** @return the values of the first {@code steps} steps of {@code array} [rows, 1, steps], c order */
  private static float[] stepValues(INDArray array, int steps) {
    INDArray cut = firstSteps(array, steps);
    float[] values = FloatMatrices.values(cut);
    FloatMatrices.release(cut);
    return values;
  }

  static INDArray firstSteps(INDArray array, int steps) {
    INDArray cut = array.size(2) == steps ? array
      : array.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(0, steps));
    return cut.dup('c');
  }
}
