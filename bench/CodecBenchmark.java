import java.util.Arrays;
import java.util.Locale;

import weka.autoencoder.codec.EncodedBatch;
import weka.autoencoder.codec.Normalization;
import weka.autoencoder.codec.TabularCodec;
import weka.core.Instances;

/**
 * Issue 15: the Weka side of filtering alone, without the network: TabularCodec.encode of the 2,000 MNIST test
 * digits and decoding 2,000 rebuilt rows back into attribute values (the per-row decode every build has), each
 * repeated and timed; the minimum over the repetitions is the figure least disturbed by a shared machine. Run the
 * same class against two builds, alternating, to compare them. "decode" is the per-row path filtering used before
 * issue 15's session 3 (a copy of the row, a fresh values array, then a copy into the output's array); "decode_into"
 * (builds from then on) decodes each row of the chunk's flat output straight into the output instance's array.
 * Usage: java ... CodecBenchmark <repetitions>
 */
public class CodecBenchmark {

  public static void main(String[] args) throws Exception {
    int repetitions = Integer.parseInt(args[0]);
    Instances test = BenchSupport.load("datasets/mnist-test.arff.gz");
    TabularCodec codec = TabularCodec.fit(test, Normalization.AUTO);
    int n = test.numInstances();
    double[] encode = new double[repetitions];
    double[] decode = new double[repetitions];
    double[] decodeInto = new double[repetitions];
    double sink = 0;
    for (int k = 0; k < repetitions; k++) {
      long t0 = System.nanoTime();
      EncodedBatch batch = codec.encode(test, 0, n);
      encode[k] = (System.nanoTime() - t0) / 1e3 / n;
      float[] flat = batch.values();
      int width = codec.width();
      t0 = System.nanoTime();
      for (int r = 0; r < n; r++) {
        double[] values = new double[test.numAttributes()];
        double[] decoded = codec.decode(Arrays.copyOfRange(flat, r * width, (r + 1) * width), test.instance(r));
        System.arraycopy(decoded, 0, values, 0, decoded.length);
        sink += values[r % values.length];
      }
      decode[k] = (System.nanoTime() - t0) / 1e3 / n;
      t0 = System.nanoTime();
      for (int r = 0; r < n; r++) {
        double[] values = new double[test.numAttributes()];
        codec.decode(flat, r * width, values);
        values[test.classIndex()] = test.instance(r).classValue();
        sink += values[r % values.length];
      }
      decodeInto[k] = (System.nanoTime() - t0) / 1e3 / n;
    }
    Arrays.sort(decodeInto);
    Arrays.sort(encode);
    Arrays.sort(decode);
    System.out.printf(Locale.ROOT, "RESULT codec encode_us_per_row_min=%.2f encode_median=%.2f decode_us_per_row_min=%.2f "
      + "decode_median=%.2f decode_into_us_per_row_min=%.2f decode_into_median=%.2f (%s)%n", encode[0],
      encode[repetitions / 2], decode[0], decode[repetitions / 2], decodeInto[0], decodeInto[repetitions / 2],
      sink > 0 ? "ok" : "-");
  }
}
