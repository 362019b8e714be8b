package weka.autoencoder.model;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** Adapts a feed-forward {@link MultiLayerNetwork} trained on x -> x to the shared training loop. */
public final class DenseTrainableNetwork extends Dl4jTrainableNetwork<MultiLayerNetwork> {

  private static final int EVALUATION_CHUNK = 2048;

  public DenseTrainableNetwork(MultiLayerNetwork network) {
    super(network);
  }

  @Override
  public double fitBatch(INDArray input, INDArray target, INDArray observed) {
    m_network.fit(new DataSet(input, target, null, observed));
    return m_network.score();
  }

  @Override
  public double loss(INDArray input, INDArray target, INDArray observed) {
    double weightedSum = 0;
    double weight = 0;
    long n = target.rows();
    for (long from = 0; from < n; from += EVALUATION_CHUNK) {
      long to = Math.min(n, from + EVALUATION_CHUNK);
      INDArray x = input.get(NDArrayIndex.interval(from, to), NDArrayIndex.all());
      INDArray y = target.get(NDArrayIndex.interval(from, to), NDArrayIndex.all());
      INDArray mask = observed == null ? null : observed.get(NDArrayIndex.interval(from, to),
        NDArrayIndex.all());
      double w = mask == null ? (double) y.length() : mask.sumNumber().doubleValue();
      weightedSum += ReconstructionError.mean(y, m_network.output(x, false), mask) * w;
      weight += w;
    }
    return weight > 0 ? weightedSum / weight : 0;
  }
}
