import java.util.Locale;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Deconvolution2D;
import org.deeplearning4j.nn.conf.layers.CnnLossLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import weka.autoencoder.nd4j.FloatMatrices;
import weka.autoencoder.nd4j.Nd4jBoundary;
import weka.autoencoder.nd4j.ThreadPolicy;
import weka.core.Instances;

/**
 * Issue 15: is NHWC faster than NCHW for ConvolutionalAutoencoder's default net on Deeplearning4j 1.0.0-M2.1's CPU
 * path? Builds the default net's convolutions (stride-2 convolutions 16, 32, then transposed convolutions 16, 1 with a
 * sigmoid; MSE on the image) in each layout and times minibatch steps of 64 MNIST digits (grey images:
 * the flat rows are the same values in both layouts), the two layouts alternating within one JVM.
 * Usage: java ... ConvLayoutBenchmark <threads> <steps> <rounds>
 */
public class ConvLayoutBenchmark {

  public static void main(String[] args) throws Exception {
    int threads = Integer.parseInt(args[0]);
    int steps = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    Instances train = BenchSupport.load("datasets/mnist-train.arff.gz");
    double[][] pixels = BenchSupport.pixels(train);
    float[] flat = new float[64 * 784];
    for (int i = 0; i < 64; i++) for (int j = 0; j < 784; j++) flat[i * 784 + j] = (float) pixels[i][j];
    Nd4jBoundary.call(ThreadPolicy.forConvolutions(threads), () -> {
      MultiLayerNetwork nchw = net(CNN2DFormat.NCHW);
      MultiLayerNetwork nhwc = net(CNN2DFormat.NHWC);
      INDArray rows = FloatMatrices.create(flat, 64, 784);
      INDArray xNchw = rows.reshape('c', 64, 1, 28, 28);
      INDArray xNhwc = rows.reshape('c', 64, 28, 28, 1);
      for (int r = 0; r <= rounds; r++) {
        double a = time(nchw, xNchw, xNchw, steps);
        double b = time(nhwc, xNhwc, xNhwc, steps);
        if (r > 0) { // round 0 warms up both
          System.out.printf(Locale.ROOT, "RESULT round=%d nchw_ms_per_step=%.1f nhwc_ms_per_step=%.1f nhwc/nchw=%.2f%n",
            r, a, b, b / a);
        }
      }
      return null;
    });
  }

  private static double time(MultiLayerNetwork net, INDArray x, INDArray y, int steps) {
    long t0 = System.nanoTime();
    for (int s = 0; s < steps; s++) net.fit(x, y);
    return (System.nanoTime() - t0) / 1e6 / steps;
  }

  /** The default net's convolution stack (where the time goes); the dense code between is layout-independent. */
  private static MultiLayerNetwork net(CNN2DFormat format) {
    MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(1)
      .updater(new Adam(0.002)).weightInit(WeightInit.RELU).convolutionMode(ConvolutionMode.Same).list()
      .layer(new ConvolutionLayer.Builder(3, 3).stride(2, 2).nOut(16).activation(Activation.RELU).dataFormat(format)
        .build())
      .layer(new ConvolutionLayer.Builder(3, 3).stride(2, 2).nOut(32).activation(Activation.RELU).dataFormat(format)
        .build())
      .layer(new Deconvolution2D.Builder(3, 3).stride(2, 2).nOut(16).activation(Activation.RELU).dataFormat(format)
        .build())
      .layer(new Deconvolution2D.Builder(3, 3).stride(2, 2).nOut(1).activation(Activation.SIGMOID).dataFormat(format)
        .build())
      .layer(new CnnLossLayer.Builder(LossFunctions.LossFunction.MSE).activation(Activation.IDENTITY).format(format)
        .build())
      .setInputType(InputType.convolutional(28, 28, 1, format))
      .build());
    net.init();
    return net;
  }
}
