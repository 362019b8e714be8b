package weka.autoencoder.spark;

import java.io.PrintStream;
import java.util.Arrays;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The Spark job's entry point, for {@code spark-submit --class weka.autoencoder.spark.AutoencoderJob}:
 * {@code train} fits a dense filter's network on CSV data and writes a model file, {@code score} applies a model
 * file to CSV data and writes its output as CSV. Problems end the job with one line naming what to change.
 */
public final class AutoencoderJob {

  private AutoencoderJob() {
  }

  static final String USAGE = String.join("\n",
    "Usage: spark-submit --class weka.autoencoder.spark.AutoencoderJob autoencoders-spark-job.jar",
    "         train -data <csv> -header <arff> [-c <class index>] [-filter Autoencoder|DenoisingAutoencoder]",
    "               [-workers <n>] [-averaging-frequency <minibatches>] [-partitions <n>] -save-model <file>",
    "               <filter options, as for the Weka filter, e.g. -code-size 10 -hidden 512,128 -epochs 20>",
    "       or score -data <csv> -header <arff> [-c <class index>] [-filter ...] -model <file> -out <folder>",
    "               [-output code|reconstruction] [-error-attribute]",
    "  -data: CSV files (file, folder, glob; no header line needed), typed by the ARFF header file -header.",
    "  -workers: training tasks at once (default: Spark's default parallelism); -averaging-frequency: minibatches",
    "  each worker fits between parameter averagings (default 5).");

  /** Runs the job; exits with status 1 and a one-line reason when it cannot. */
  public static void main(String[] args) {
    try (JavaSparkContext spark = new JavaSparkContext(new SparkConf().setAppName("autoencoders "
      + (args.length > 0 ? args[0] : "")))) {
      run(spark, args, System.err);
    } catch (Exception e) {
      System.err.println("AutoencoderJob: " + reason(e));
      System.exit(1);
    }
  }

  /**
   * Runs the job on a Spark context (the tests' local[2] one, or spark-submit's).
   *
   * @return the train job or score job that ran, for its measurements
   */
  static Object run(JavaSparkContext spark, String[] args, PrintStream log) throws Exception {
    if (args.length == 0 || !(args[0].equals("train") || args[0].equals("score"))) {
      throw new IllegalArgumentException("give train or score first.\n" + USAGE);
    }
    JobOptions options = new JobOptions(Arrays.copyOfRange(args, 1, args.length), spark.defaultParallelism());
    if (args[0].equals("train")) {
      TrainJob job = new TrainJob(spark, log);
      job.run(options);
      return job;
    }
    ScoreJob job = new ScoreJob(spark, log);
    job.run(options);
    return job;
  }

  /** @return the innermost message naming the problem (Spark wraps executors' exceptions) */
  static String reason(Throwable e) {
    Throwable reason = e;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IllegalArgumentException && t.getMessage() != null) {
        reason = t;
      }
    }
    return reason.getMessage() == null ? reason.toString() : reason.getMessage();
  }
}
