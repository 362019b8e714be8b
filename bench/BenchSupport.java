import java.io.FileInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

import weka.core.Instances;

/**
 * Helpers the benchmarks in bench/ share, in one place so that each is written once and every benchmark loads data
 * and measures time and memory the same way. Compiled with them (bench/ is a test-source root of the Maven build).
 */
final class BenchSupport {

  private BenchSupport() {
  }

  /** @return the ARFF file at {@code path} (gzipped if its name ends in .gz), class = last attribute */
  static Instances load(String path) throws Exception {
    InputStream in = new FileInputStream(path);
    try (Reader r = new InputStreamReader(path.endsWith(".gz") ? new GZIPInputStream(in) : in)) {
      Instances data = new Instances(r);
      data.setClassIndex(data.numAttributes() - 1);
      return data;
    }
  }

  /** @return the values of every attribute but the last (the class), one row per instance */
  static double[][] pixels(Instances data) {
    double[][] r = new double[data.numInstances()][data.numAttributes() - 1];
    for (int i = 0; i < r.length; i++) for (int j = 0; j < r[i].length; j++) r[i][j] = data.instance(i).value(j);
    return r;
  }

  /** @return the JVM's peak resident memory in MB (VmHWM of /proc/self/status), -1 where that is not readable */
  static long peakRssMb() {
    try {
      for (String line : Files.readAllLines(Paths.get("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
      }
    } catch (Exception e) {
      // not Linux
    }
    return -1;
  }

  /** @return CPU time of the whole JVM (all threads, native BLAS included), which a shared machine does not inflate */
  static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
      .getProcessCpuTime();
  }

  /** @return the elements of {@code a}, then those of {@code b} (option arrays, rows) */
  static <T> T[] concat(T[] a, T[] b) {
    T[] r = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  /** @return the line the benchmarks end their tables with: the BLAS core type asked for and the cores */
  static String machine() {
    return "OPENBLAS_CORETYPE=" + System.getenv("OPENBLAS_CORETYPE") + ", cores="
      + Runtime.getRuntime().availableProcessors();
  }
}
