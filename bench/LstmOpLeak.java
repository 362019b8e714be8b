import java.nio.file.Files;
import java.nio.file.Paths;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Why the recurrent autoencoder does not use libnd4j's fused {@code lstmLayer} ops although they train 1.5x faster
 * than Deeplearning4j's LSTM layer: in ND4J 1.0.0-M2.1 they leak native memory. This calls each op on the default
 * net's minibatch shape (128 sequences, 52 steps, 1 channel, 64 units) with every array allocated once up front, and
 * prints the process's resident memory as it goes; a healthy op levels off, a leaking one grows by a fixed amount per
 * call. System.gc() runs every few calls, so what grows is not waiting Java garbage.
 *
 * <p>Usage: {@code LstmOpLeak <forward|forward-lengths|backward> <calls>}; prints RESULT lines.
 */
public final class LstmOpLeak {

  private static final int SEQUENCES = 128;
  private static final int STEPS = 52;
  private static final int UNITS = 64;

  private LstmOpLeak() {
  }

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    int calls = Integer.parseInt(args[1]);
    boolean lengths = mode.equals("forward-lengths");
    boolean backward = mode.equals("backward");
    INDArray x = Nd4j.rand(DataType.FLOAT, SEQUENCES, 1, STEPS);
    INDArray w = Nd4j.rand(DataType.FLOAT, 1, 4 * UNITS);
    INDArray rw = Nd4j.rand(DataType.FLOAT, UNITS, 4 * UNITS);
    INDArray b = Nd4j.rand(DataType.FLOAT, 4 * UNITS);
    INDArray seqLen = Nd4j.valueArrayOf(new long[] {SEQUENCES}, (float) STEPS);
    INDArray out = Nd4j.create(DataType.FLOAT, SEQUENCES, UNITS, STEPS);
    INDArray error = Nd4j.rand(DataType.FLOAT, SEQUENCES, UNITS, STEPS);
    INDArray[] inputs = backward ? new INDArray[] {x, w, rw, b, error}
      : lengths ? new INDArray[] {x, w, rw, b, seqLen} : new INDArray[] {x, w, rw, b};
    INDArray[] outputs = backward ? new INDArray[] {x.like(), w.like(), rw.like(), b.like()} : new INDArray[] {out};
    long start = rss();
    for (int call = 1; call <= calls; call++) {
      Nd4j.exec(DynamicCustomOp.builder(backward ? "lstmLayer_bp" : "lstmLayer")
        .addInputs(inputs).addOutputs(outputs)
        // data format [sequences, channels, steps], forward only, sigmoid gates, tanh cell and output
        .addIntegerArguments(2, 0, 2, 0, 0).addFloatingPointArguments(0.0)
        // bias, lengths, no initial states, no peepholes, full sequence out only
        .addBooleanArguments(true, lengths, false, false, false, true, false, false).build());
      if (call % 10 == 0) {
        System.gc();
      }
      if (call % (calls / 4) == 0) {
        System.out.printf("RESULT %s calls=%d rss_mb=%d growth_per_call_kb=%.0f%n", mode, call, rss() / 1024,
          (rss() - start) / (double) call);
      }
    }
  }

  /** @return resident memory of this process in KB */
  private static long rss() throws Exception {
    for (String line : Files.readAllLines(Paths.get("/proc/self/status"))) {
      if (line.startsWith("VmRSS")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    return -1;
  }
}
