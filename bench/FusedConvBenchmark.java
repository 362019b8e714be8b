import java.util.HashMap;
import java.util.Map;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.TrainingConfig;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.DeConv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.weightinit.impl.XavierInitScheme;

import weka.autoencoder.arch.ActivationChoice;
import weka.autoencoder.arch.ConvolutionalArchitecture;
import weka.autoencoder.arch.Downsampling;
import weka.autoencoder.arch.ImageShape;
import weka.autoencoder.arch.Upsampling;
import weka.autoencoder.nd4j.Nd4jBoundary;
import weka.autoencoder.nd4j.ThreadPolicy;

/**
 * Issue 15's question about convolutions: do libnd4j's {@code conv2d} / {@code deconv2d} custom ops, reached through
 * SameDiff (one native op per layer, forward and backward), train the default convolutional autoencoder faster than
 * Deeplearning4j's layers (im2col and gemm in Java-side steps)? Both build the default net on 28x28x1 images (3x3
 * convolutions of 16 and 32 filters with stride 2, dense code 32, dense back to 32x7x7, transposed convolutions of
 * 16 and 1 filters with stride 2, ReLU, sigmoid output, MSE, Adam 0.001) and train the same minibatches, alternating
 * rounds in one JVM under the convolutional thread policy.
 *
 * <p>Usage: {@code FusedConvBenchmark <rows> <batch> <epochs> <rounds> <threads>}; prints RESULT lines.
 */
public final class FusedConvBenchmark {

  private static final int SIDE = 28;

  private FusedConvBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int rows = Integer.parseInt(args[0]);
    int batch = Integer.parseInt(args[1]);
    int epochs = Integer.parseInt(args[2]);
    int rounds = Integer.parseInt(args[3]);
    int threads = Integer.parseInt(args[4]);
    Nd4jBoundary.warmUp();
    Nd4jBoundary.call(ThreadPolicy.forConvolutions(threads), () -> {
      INDArray images = Nd4j.rand(DataType.FLOAT, rows, 1, SIDE, SIDE);
      for (int round = 0; round < rounds; round++) {
        report("dl4j_layers", round, rows, epochs, dl4j(images, batch, epochs));
        report("samediff_conv2d", round, rows, epochs, sameDiff(images, batch, epochs));
      }
      return null;
    });
  }

  private static void report(String name, int round, int rows, int epochs, double[] seconds) {
    System.out.printf("RESULT %s round=%d train_sps=%.1f infer_sps=%.1f train_s=%.2f%n", name, round,
      rows * (double) epochs / seconds[0], rows / seconds[1], seconds[0]);
  }

  private static double[] dl4j(INDArray images, int batch, int epochs) {
    MultiLayerNetwork net = new ConvolutionalArchitecture(new ImageShape(SIDE, SIDE, 1, true), new int[] {16, 32}, 3,
      Downsampling.STRIDE, Upsampling.TRANSPOSED, 32, ActivationChoice.RELU).build(1, 0.001, 0);
    INDArray flat = images.reshape(images.size(0), (long) SIDE * SIDE);
    double train = MinibatchTimer.seconds(flat, batch, epochs, net::fit);
    long start = System.nanoTime();
    MinibatchTimer.checkFinite(net.output(flat, false).meanNumber().doubleValue());
    return new double[] {train, (System.nanoTime() - start) / 1e9};
  }

  private static double[] sameDiff(INDArray images, int batch, int epochs) {
    SameDiff sd = SameDiff.create();
    SDVariable x = sd.placeHolder("x", DataType.FLOAT, -1, 1, SIDE, SIDE);
    SDVariable y = sd.placeHolder("y", DataType.FLOAT, -1, 1, SIDE, SIDE);
    SDVariable c1 = sd.nn().relu(conv(sd, "c1", x, 1, 16), 0);
    SDVariable c2 = sd.nn().relu(conv(sd, "c2", c1, 16, 32), 0);
    int cells = 32 * 7 * 7;
    SDVariable code = dense(sd, "code", sd.reshape(c2, -1, cells), cells, 32);
    SDVariable back = sd.reshape(sd.nn().relu(dense(sd, "back", code, 32, cells), 0), -1, 32, 7, 7);
    SDVariable d1 = sd.nn().relu(deconv(sd, "d1", back, 32, 16), 0);
    SDVariable out = sd.nn().sigmoid("out", deconv(sd, "d2", d1, 16, 1));
    sd.loss().meanSquaredError("loss", y, out, null);
    sd.setTrainingConfig(TrainingConfig.builder().updater(new Adam(0.001)).dataSetFeatureMapping("x")
      .dataSetLabelMapping("y").build());
    double train = MinibatchTimer.seconds(images, batch, epochs, sd::fit);
    long start = System.nanoTime();
    Map<String, INDArray> feed = new HashMap<>();
    feed.put("x", images);
    MinibatchTimer.checkFinite(sd.output(feed, "out").get("out").meanNumber().doubleValue());
    return new double[] {train, (System.nanoTime() - start) / 1e9};
  }

  private static SDVariable conv(SameDiff sd, String name, SDVariable in, int inputs, int filters) {
    SDVariable w = sd.var(name + "_W", new XavierInitScheme('c', 9 * inputs, 9 * filters), DataType.FLOAT, 3, 3,
      inputs, filters);
    SDVariable b = sd.zero(name + "_b", DataType.FLOAT, filters);
    return sd.cnn().conv2d(in, w, b, Conv2DConfig.builder().kH(3).kW(3).sH(2).sW(2)
      .paddingMode(PaddingMode.SAME).dataFormat("NCHW").build());
  }

  private static SDVariable deconv(SameDiff sd, String name, SDVariable in, int inputs, int filters) {
    SDVariable w = sd.var(name + "_W", new XavierInitScheme('c', 9 * inputs, 9 * filters), DataType.FLOAT, 3, 3,
      filters, inputs);
    SDVariable b = sd.zero(name + "_b", DataType.FLOAT, filters);
    return sd.cnn().deconv2d(in, w, b, DeConv2DConfig.builder().kH(3).kW(3).sH(2).sW(2).isSameMode(true)
      .dataFormat("NCHW").build());
  }

  private static SDVariable dense(SameDiff sd, String name, SDVariable in, int inputs, int outputs) {
    SDVariable w = sd.var(name + "_W", new XavierInitScheme('c', inputs, outputs), DataType.FLOAT, inputs, outputs);
    return in.mmul(w).add(sd.zero(name + "_b", DataType.FLOAT, outputs));
  }
}
