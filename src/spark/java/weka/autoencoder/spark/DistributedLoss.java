package weka.autoencoder.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Collections;
import java.util.Random;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.ops.transforms.Transforms;

import scala.Tuple2;
import weka.autoencoder.codec.ColumnLayout;
import weka.autoencoder.noise.NoiseModel;

/**
 * The reconstruction loss of a network over minibatches spread across the cluster, as the Weka filter measures its
 * held-out loss: the mean squared error over observed entries, each weighted by its loss weight, against the clean
 * rows. The network goes to the executors as one broadcast; each partition sends back two numbers.
 */
final class DistributedLoss {

  private DistributedLoss() {
  }

  /**
   * @param noise corruption of the input (the same in every call: seeded per minibatch), or null for clean input
   * @param layout the noise model's column layout (null without noise)
   * @param seed seed of the corruption
   * @return the weighted mean squared error, or NaN without rows
   */
  static double of(JavaSparkContext spark, MultiLayerNetwork network, JavaRDD<Minibatch> batches, NoiseModel noise,
    ColumnLayout layout, long seed) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ModelSerializer.writeModel(network, bytes, false);
    Broadcast<byte[]> shipped = spark.broadcast(bytes.toByteArray());
    try {
      Tuple2<Double, Double> total = batches.mapPartitionsWithIndex((partition, it) -> {
        MultiLayerNetwork net = ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(shipped.value()),
          false);
        double sum = 0;
        double weight = 0;
        int index = 0;
        while (it.hasNext()) {
          Minibatch batch = it.next();
          Random random = new Random(seed ^ (((long) partition << 32) + index++));
          DataSet data = batch.dataSet(noise, layout, random);
          INDArray squared = Transforms.pow(net.output(data.getFeatures(), false).sub(data.getLabels()), 2, false);
          INDArray mask = data.getLabelsMaskArray();
          if (mask == null) {
            sum += squared.sumNumber().doubleValue();
            weight += squared.length();
          } else {
            sum += squared.muli(mask).sumNumber().doubleValue();
            weight += mask.sumNumber().doubleValue();
          }
        }
        return Collections.singletonList(new Tuple2<>(sum, weight)).iterator();
      }, true).reduce((a, b) -> new Tuple2<>(a._1() + b._1(), a._2() + b._2()));
      return total._2() > 0 ? total._1() / total._2() : Double.NaN;
    } finally {
      shipped.destroy();
    }
  }
}
