package weka.autoencoder.conformance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import weka.autoencoder.TextTestData;
import weka.autoencoder.nd4j.CollectorChurn;
import weka.core.Instances;
import weka.core.SerializationHelper;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.RecurrentAutoencoder;

/**
 * Not a test (surefire runs none of this name): loops FilterConformanceTest's train, filter, serialize, copy and
 * filter-again cycle over every subject (and a text filter) in one JVM, with a background thread that allocates Java
 * garbage and asks for collections all the time, so that Java's collector, and with it ND4J's deallocator, runs at
 * arbitrary moments while the main thread is inside native code. A native array freed while something still uses
 * it then shows as a crash or as a copy whose output differs from the original's, much sooner than in the suite.
 * Run with glibc's {@code MALLOC_PERTURB_} set so that freed native memory is overwritten at once.
 *
 * <p>Usage: {@code java -cp ... weka.autoencoder.conformance.NativeMemoryStress <rounds> [churn|quiet]}; prints one
 * line per round and "STRESS PASSED rounds=N" or "STRESS FAILED ..." at the end (exit 0 / 1).
 */
public final class NativeMemoryStress {

  private NativeMemoryStress() {
  }

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    boolean churn = args.length < 2 || "churn".equals(args[1]);
    CollectorChurn churner = churn ? CollectorChurn.start(2000) : null;
    List<Subject> subjects = new ArrayList<>();
    Subjects.all().forEach(subjects::add);
    int failures = 0;
    long start = System.nanoTime();
    for (int round = 1; round <= rounds; round++) {
      for (Subject s : subjects) {
        String problem = cycle(s.quick(), s.train(), s.test());
        if (problem != null) {
          failures++;
          System.out.println("MISMATCH round " + round + " " + s + ": " + problem);
        }
        System.gc();
      }
      String problem = cycle(text(), TextTestData.sentences(4), TextTestData.sentences(2));
      if (problem != null) {
        failures++;
        System.out.println("MISMATCH round " + round + " text: " + problem);
      }
      System.out.printf("round %d done, %.0f s, %d background collections, %d mismatches%n", round,
        (System.nanoTime() - start) / 1e9, churner == null ? 0 : churner.collections(), failures);
    }
    if (churner != null) {
      churner.stop();
    }
    System.out.println(failures == 0 ? "STRESS PASSED rounds=" + rounds
      : "STRESS FAILED rounds=" + rounds + " mismatches=" + failures);
    System.exit(failures == 0 ? 0 : 1);
  }

  private static Filter text() throws Exception {
    RecurrentAutoencoder filter = new RecurrentAutoencoder();
    filter.setOptions(new String[] {"-code-size", "4", "-units", "16", "-embedding-size", "8", "-epochs", "3",
      "-batch-size", "8", "-threads", "1", "-learning-rate", "0.02", "-validation-fraction", "0"});
    return filter;
  }

  /** @return null when every copy filters exactly as the original, else what differed */
  private static String cycle(Filter filter, Instances train, Instances test) throws Exception {
    filter.setInputFormat(train);
    Filter.useFilter(train, filter);
    double[][] expected = Rows.of(Filter.useFilter(test, filter));
    System.gc();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SerializationHelper.write(bytes, filter);
    Filter fromBytes = (Filter) SerializationHelper.read(new ByteArrayInputStream(bytes.toByteArray()));
    Filter copy = Filter.makeCopy(filter);
    System.gc();
    for (int pass = 0; pass < 3; pass++) {
      if (!Arrays.deepEquals(expected, Rows.of(Filter.useFilter(test, fromBytes)))) {
        return "serialized copy, pass " + pass;
      }
      if (!Arrays.deepEquals(expected, Rows.of(Filter.useFilter(test, copy)))) {
        return "makeCopy, pass " + pass;
      }
      if (!Arrays.deepEquals(expected, Rows.of(Filter.useFilter(test, filter)))) {
        return "the original, pass " + pass;
      }
    }
    return null;
  }
}
