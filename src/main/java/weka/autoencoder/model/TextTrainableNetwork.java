package weka.autoencoder.model;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

import weka.autoencoder.nd4j.FloatMatrices;

/**
 * Adapts the text autoencoder graph to the shared training loop, which hands it minibatches of padded token numbers
 * [documents, 1, steps] (possibly corrupted) with the clean ones as target and a same-shaped mask of loss weights
 * (0 on padding). Each minibatch is cut to its own longest document, the labels become one-hot over the
 * vocabulary, and the network input gets the matching step mask. Losses are mean cross-entropy per token.
 */
public final class TextTrainableNetwork extends Dl4jTrainableNetwork<ComputationGraph> {

  /** Documents evaluated at a time (the softmax output is documents x vocabulary x steps). */
  static final int EVALUATION_CHUNK = 32;

  private final int m_classes;

  /**
   * @param graph the network built by {@link weka.autoencoder.arch.TextArchitecture}
   * @param classes its number of token numbers
   */
  public TextTrainableNetwork(ComputationGraph graph, int classes) {
    super(graph);
    m_classes = classes;
  }

  @Override
  public double fitBatch(INDArray input, INDArray target, INDArray observed) {
    int[] lengths = TimeSteps.lengths(observed);
    int steps = longest(lengths);
    INDArray x = firstSteps(input, steps);
    float[] ids = FloatMatrices.values(firstSteps(target, steps));
    INDArray weights = firstSteps(observed, steps);
    int n = (int) input.size(0);
    INDArray labels = FloatMatrices.create(TokenLoss.oneHot(ids, n, m_classes, steps), n, m_classes, steps);
    INDArray stepMask = TimeSteps.stepMask(lengths, steps);
    INDArray labelMask = weights.reshape('c', n, steps);
    m_network.fit(new INDArray[] {x}, new INDArray[] {labels}, new INDArray[] {stepMask}, new INDArray[] {labelMask});
    // DL4J's score sums the masked per-step losses and divides by the minibatch size: make it a mean per token.
    double tokens = observed.sumNumber().doubleValue();
    return tokens > 0 ? m_network.score() * n / tokens : 0;
  }

  /**
   * @param input the network input
   * @param target the tokens the output should reproduce
   * @param observed loss weights (0 on padding)
   * @return mean cross-entropy per weighted token
   */
  @Override
  public double loss(INDArray input, INDArray target, INDArray observed) {
    double weightedSum = 0;
    double weight = 0;
    long n = input.size(0);
    for (long from = 0; from < n; from += EVALUATION_CHUNK) {
      long to = Math.min(n, from + EVALUATION_CHUNK);
      INDArray mask = rows(observed, from, to);
      int[] lengths = TimeSteps.lengths(mask);
      int steps = longest(lengths);
      INDArray x = firstSteps(rows(input, from, to), steps);
      float[] ids = FloatMatrices.values(firstSteps(rows(target, from, to), steps));
      float[] w = FloatMatrices.values(firstSteps(mask, steps));
      INDArray probabilities = m_network.output(false, new INDArray[] {x},
        new INDArray[] {TimeSteps.stepMask(lengths, steps)})[0];
      double[] perDocument = TokenLoss.perDocument(probabilities, ids, w);
      for (int i = 0; i < perDocument.length; i++) {
        double docWeight = 0;
        for (int t = 0; t < steps; t++) {
          docWeight += w[i * steps + t];
        }
        weightedSum += perDocument[i] * docWeight;
        weight += docWeight;
      }
    }
    return weight > 0 ? weightedSum / weight : 0;
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

  static INDArray firstSteps(INDArray array, int steps) {
    INDArray cut = array.size(2) == steps ? array
      : array.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(0, steps));
    return cut.dup('c');
  }
}
