package weka.autoencoder.arch;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.graph.LayerVertex;

import weka.autoencoder.nd4j.MemoryBudget;

/**
 * Counts a configured network's parameters from its configuration, before anything is allocated, and refuses it
 * through {@link MemoryBudget} when it cannot fit, naming the options that set its size.
 */
final class NetworkSize {

  private NetworkSize() {
  }

  /** @throws IllegalArgumentException when the network cannot fit in memory */
  static MultiLayerConfiguration require(MultiLayerConfiguration configuration, String options) {
    double parameters = 0;
    for (NeuralNetConfiguration layer : configuration.getConfs()) {
      parameters += count(layer);
    }
    MemoryBudget.require(parameters, 0, options);
    return configuration;
  }

  /** @throws IllegalArgumentException when the network cannot fit in memory */
  static ComputationGraphConfiguration require(ComputationGraphConfiguration configuration, String options) {
    double parameters = 0;
    for (GraphVertex vertex : configuration.getVertices().values()) {
      if (vertex instanceof LayerVertex) {
        NeuralNetConfiguration layer = ((LayerVertex) vertex).getLayerConf();
        parameters += count(layer);
      }
    }
    MemoryBudget.require(parameters, 0, options);
    return configuration;
  }

  /**
   * @return the layer's parameter count; for {@link BatchedLstm} from its sizes, because Deeplearning4j's count for
   *         SameDiff-based layers adds in int and wraps around for absurd sizes
   */
  private static double count(NeuralNetConfiguration layer) {
    if (layer.getLayer() instanceof BatchedLstm) {
      return ((BatchedLstm) layer.getLayer()).parameterCount();
    }
    return layer.getLayer().initializer().numParams(layer);
  }

  /** @return sizes as the option writes them, e.g. "256,64" */
  static String sizes(int[] sizes) {
    return Arrays.stream(sizes).mapToObj(Integer::toString).collect(Collectors.joining(","));
  }
}
