import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.TrainingConfig;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.recurrent.config.LSTMActivations;
import org.nd4j.linalg.api.ops.impl.layers.recurrent.config.LSTMDataFormat;
import org.nd4j.linalg.api.ops.impl.layers.recurrent.config.LSTMDirectionMode;
import org.nd4j.linalg.api.ops.impl.layers.recurrent.config.LSTMLayerConfig;
import org.nd4j.linalg.api.ops.impl.layers.recurrent.weights.LSTMLayerWeights;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.weightinit.impl.XavierInitScheme;

import weka.autoencoder.arch.RecurrentArchitecture;
import weka.autoencoder.nd4j.Nd4jBoundary;

/**
 * Issue 15's question about the LSTM: would libnd4j's fused {@code lstmLayer} op (one native call per sequence batch,
 * forward and backward, reached through SameDiff) train the recurrent autoencoder faster than Deeplearning4j's LSTM
 * layer, which steps through time in Java? And how does the package's own {@link weka.autoencoder.arch.BatchedLstm}
 * (the default since session 5; the fused op leaks memory, see bench/LstmOpLeak.java) compare? All three build the
 * default net (LSTM 64 encoder, last step, linear code 10,
 * code repeated over the steps, LSTM 64 decoder, linear output per step, MSE, Adam 0.001) on the same sequences and
 * train the same number of minibatches, alternating rounds in one JVM, so the ratio is fair on a noisy machine.
 *
 * <p>Usage: {@code FusedLstmBenchmark <rows> <steps> <batch> <epochs> <rounds> <threads>}; prints RESULT lines with
 * training and inference samples/s of each.
 */
public final class FusedLstmBenchmark {

  private static final int UNITS = 64;
  private static final int CODE = 10;

  private FusedLstmBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int rows = Integer.parseInt(args[0]);
    int steps = Integer.parseInt(args[1]);
    int batch = Integer.parseInt(args[2]);
    int epochs = Integer.parseInt(args[3]);
    int rounds = Integer.parseInt(args[4]);
    int threads = Integer.parseInt(args[5]);
    Nd4jBoundary.warmUp();
    Nd4jBoundary.call(threads, () -> {
      INDArray x = sequences(rows, steps);
      for (int round = 0; round < rounds; round++) {
        System.setProperty(RecurrentArchitecture.BATCHED_LSTM_PROPERTY, "false");
        report("dl4j_layer", round, rows, epochs, dl4j(x, batch, epochs));
        System.setProperty(RecurrentArchitecture.BATCHED_LSTM_PROPERTY, "true");
        report("batched_layer", round, rows, epochs, dl4j(x, batch, epochs));
        report("samediff_lstmLayer", round, rows, epochs, sameDiff(x, batch, epochs));
      }
      return null;
    });
  }

  /** @return smooth random waves, [rows, 1, steps] (DL4J's NCW layout) */
  private static INDArray sequences(int rows, int steps) {
    float[] values = new float[rows * steps];
    java.util.Random random = new java.util.Random(1);
    for (int r = 0; r < rows; r++) {
      double phase = random.nextDouble() * 6.28;
      double period = 8 + random.nextDouble() * 40;
      for (int t = 0; t < steps; t++) {
        values[r * steps + t] = (float) (Math.sin(phase + 6.28 * t / period) + 0.1 * random.nextGaussian());
      }
    }
    return Nd4j.create(values, new long[] {rows, 1, steps}, 'c');
  }

  private static void report(String name, int round, int rows, int epochs, double[] seconds) {
    System.out.printf("RESULT %s round=%d train_sps=%.1f infer_sps=%.1f train_s=%.2f%n", name, round,
      rows * (double) epochs / seconds[0], rows / seconds[1], seconds[0]);
  }

  /** @return {training seconds, inference seconds} of the package's own DL4J graph */
  private static double[] dl4j(INDArray x, int batch, int epochs) {
    ComputationGraph graph = new RecurrentArchitecture(1, new int[] {UNITS}, CODE).build(1, 0.001, 0);
    double train = MinibatchTimer.seconds(x, batch, epochs, graph::fit);
    long start = System.nanoTime();
    INDArray out = graph.outputSingle(false, x);
    double infer = (System.nanoTime() - start) / 1e9;
    MinibatchTimer.checkFinite(out.meanNumber().doubleValue());
    return new double[] {train, infer};
  }

  /** @return {training seconds, inference seconds} of the same net written in SameDiff around lstmLayer */
  private static double[] sameDiff(INDArray x, int batch, int epochs) {
    int steps = (int) x.size(2);
    SameDiff sd = SameDiff.create();
    SDVariable input = sd.placeHolder("x", DataType.FLOAT, -1, 1, steps);
    SDVariable label = sd.placeHolder("y", DataType.FLOAT, -1, 1, steps);
    SDVariable encoded = lstm(sd, "enc", input, 1)[1];           // last output, [batch, units]
    SDVariable wCode = sd.var("wCode", new XavierInitScheme('c', UNITS, CODE), DataType.FLOAT, UNITS, CODE);
    SDVariable bCode = sd.zero("bCode", DataType.FLOAT, CODE);
    SDVariable code = encoded.mmul(wCode).add("code", bCode);
    SDVariable repeated = sd.tile(sd.expandDims(code, 2), 1, 1, steps);   // [batch, code, steps]
    SDVariable decoded = lstm(sd, "dec", repeated, CODE)[0];     // [batch, units, steps]
    SDVariable perStep = sd.reshape(sd.permute(decoded, 0, 2, 1), -1, UNITS);
    SDVariable wOut = sd.var("wOut", new XavierInitScheme('c', UNITS, 1), DataType.FLOAT, UNITS, 1);
    SDVariable bOut = sd.zero("bOut", DataType.FLOAT, 1);
    SDVariable out = sd.permute("out", sd.reshape(perStep.mmul(wOut).add(bOut), -1, steps, 1), 0, 2, 1);
    sd.loss().meanSquaredError("loss", label, out, null);
    sd.setTrainingConfig(TrainingConfig.builder().updater(new Adam(0.001)).dataSetFeatureMapping("x")
      .dataSetLabelMapping("y").build());
    double train = MinibatchTimer.seconds(x, batch, epochs, sd::fit);
    long start = System.nanoTime();
    Map<String, INDArray> feed = new HashMap<>();
    feed.put("x", x);
    INDArray result = sd.output(feed, "out").get("out");
    double infer = (System.nanoTime() - start) / 1e9;
    MinibatchTimer.checkFinite(result.meanNumber().doubleValue());
    return new double[] {train, infer};
  }

  /** @return {full sequence [batch, units, steps], last output [batch, units]} of one forward LSTM layer */
  private static SDVariable[] lstm(SameDiff sd, String name, SDVariable in, int inputs) {
    LSTMLayerWeights weights = LSTMLayerWeights.builder()
      .weights(sd.var(name + "_W", new XavierInitScheme('c', inputs, 4 * UNITS), DataType.FLOAT, inputs, 4 * UNITS))
      .rWeights(sd.var(name + "_RW", new XavierInitScheme('c', UNITS, 4 * UNITS), DataType.FLOAT, UNITS, 4 * UNITS))
      .bias(sd.zero(name + "_b", DataType.FLOAT, 4 * UNITS))
      .build();
    LSTMLayerConfig config = LSTMLayerConfig.builder()
      .lstmdataformat(LSTMDataFormat.NST)
      .directionMode(LSTMDirectionMode.FWD)
      .gateAct(LSTMActivations.SIGMOID).cellAct(LSTMActivations.TANH).outAct(LSTMActivations.TANH)
      .retFullSequence(true).retLastH(true).retLastC(false)
      .build();
    SDVariable[] outputs = sd.rnn().lstmLayer(in, weights, config);
    return Arrays.copyOf(outputs, 2);
  }
}
