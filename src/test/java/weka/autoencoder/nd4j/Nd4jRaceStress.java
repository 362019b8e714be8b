package weka.autoencoder.nd4j;

import java.util.Random;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Not a test: tight loops of single ND4J calls while a background thread makes Java's collector run all the time,
 * to see whether an array that is unreachable from Java while native code still uses it gets freed under it.
 * Modes: {@code values} reads a temporary array through {@link FloatMatrices#values}; {@code broadcast} runs
 * {@code addiRowVector}, the op the suite's crash was in. Usage: {@code Nd4jRaceStress <mode> <iterations>}.
 */
public final class Nd4jRaceStress {

  /** Held in fields so that nothing the loop passes to ND4J becomes unreachable. */
  private static INDArray s_row;
  private static INDArray s_last;

  private Nd4jRaceStress() {
  }

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    long iterations = Long.parseLong(args[1]);
    int size = args.length > 2 ? Integer.parseInt(args[2]) : 1 << 16;
    CollectorChurn churner = args.length > 3 && "nochurn".equals(args[3]) ? null : CollectorChurn.start(500);
    Nd4jBoundary.call(1, () -> {
      Random random = new Random(1);
      float[] values = new float[size];
      for (int i = 0; i < size; i++) {
        values[i] = random.nextFloat();
      }
      INDArray base = FloatMatrices.create(values, size);
      s_row = base.reshape(64, size / 64).getRow(3).dup();
      long wrong = 0;
      for (long i = 0; i < iterations; i++) {
        if ("values".equals(mode)) {
          float[] read = FloatMatrices.values(base.mul(2f));
          for (int k = 0; k < size; k += 97) {
            if (read[k] != 2f * values[k]) {
              wrong++;
              break;
            }
          }
        } else if ("broadcast".equals(mode)) {
          INDArray x = Nd4j.zeros(DataType.FLOAT, 64, size / 64);
          x.addiRowVector(base.reshape(64, size / 64).getRow(3));
        } else {
          // Every array the caller passes is strongly held: only ND4J's own temporaries can go.
          INDArray x = Nd4j.zeros(DataType.FLOAT, 64, size / 64);
          x.addiRowVector(s_row);
          s_last = x;
        }
        if (i % 100_000 == 0) {
          SafeDeallocation safe = SafeDeallocation.current();
          System.out.println(mode + " " + i + " wrong=" + wrong + (safe == null ? " (ND4J's deallocation)"
            : " unreachable=" + safe.unreachable() + " deleted=" + safe.deleted()));
        }
      }
      System.out.println("RACE " + mode + " done iterations=" + iterations + " wrong=" + wrong);
      return null;
    });
    if (churner != null) {
      churner.stop();
    }
  }
}
