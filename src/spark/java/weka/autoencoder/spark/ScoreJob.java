package weka.autoencoder.spark;

import java.io.File;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkFiles;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

import weka.autoencoder.filter.AutoencoderFilter;
import weka.autoencoder.options.ModelOptions;
import weka.core.Instance;
import weka.core.Instances;
import weka.filters.Filter;

/**
 * Applies a saved model to data on the cluster: every partition runs the Weka filter itself with {@code -model}
 * (the file shipped to each executor), so the codes, reconstructions and anomaly scores are the ones Weka gives,
 * row for row. Output: CSV part files in the output folder with an ARFF header file (header.arff) for their types,
 * the same form as the input.
 */
final class ScoreJob {

  /** Name of the header file written beside the CSV part files. */
  static final String HEADER_FILE = "header.arff";

  private final JavaSparkContext m_spark;
  private final PrintStream m_log;

  ScoreJob(JavaSparkContext spark, PrintStream log) {
    m_spark = spark;
    m_log = log;
  }

  /**
   * @param options the job's options (with -out) and the filter's (with -model and the output options)
   * @return the output header
   */
  Instances run(JobOptions options) throws Exception {
    AutoencoderFilter filter = options.filter();
    String who = filter.getClass().getSimpleName();
    File model = filter.getModelFile();
    if (!ModelOptions.isSet(model)) {
      throw new IllegalArgumentException(who + ": -model <file> is missing: give a model saved by the train job or "
        + "by the filter's -save-model.");
    }
    if (options.out.isEmpty()) {
      throw new IllegalArgumentException("-out is missing: give the folder to write the scored CSV files into.");
    }
    Instances header = TypedData.header(m_spark, options.header, options.classIndex);
    filter.setInputFormat(header); // reads the model and checks the header against the model's
    Instances output = Filter.useFilter(new Instances(header, 0), filter);

    m_spark.addFile(model.getAbsolutePath());
    String[] executorOptions = withModel(options.filterOptions, model.getName());
    String filterClass = filter.getClass().getName();
    JavaRDD<Instances> chunks = TypedData.chunks(m_spark, options.data, header, options.chunkRows,
      options.partitions);
    chunks.mapPartitions(it -> score(it, filterClass, executorOptions, header)).saveAsTextFile(options.out);
    writeHeader(output, options.out);
    m_log.println(who + " (Spark): wrote " + output.numAttributes() + " attributes per row to " + options.out
      + " (CSV part files, types in " + HEADER_FILE + ")");
    return output;
  }

  /** @return the filter options with -model naming the file as Spark ships it (a bare file name) */
  private static String[] withModel(String[] options, String name) {
    String[] result = options.clone();
    for (int i = 0; i + 1 < result.length; i++) {
      if (result[i].equals("-" + ModelOptions.MODEL.name())) {
        result[i + 1] = name;
      }
    }
    return result;
  }

  private static Iterator<String> score(Iterator<Instances> chunks, String filterClass, String[] options,
    Instances header) throws Exception {
    String[] local = options.clone();
    for (int i = 0; i + 1 < local.length; i++) {
      if (local[i].equals("-" + ModelOptions.MODEL.name())) {
        local[i + 1] = SparkFiles.get(local[i + 1]);
      }
    }
    AutoencoderFilter filter = (AutoencoderFilter) Class.forName(filterClass).getDeclaredConstructor().newInstance();
    filter.setOptions(local);
    filter.setInputFormat(header);
    Instances output = Filter.useFilter(new Instances(header, 0), filter);
    return new Iterator<String>() {
      private final List<String> m_lines = new ArrayList<>();
      private int m_next;

      @Override
      public boolean hasNext() {
        while (m_next == m_lines.size() && chunks.hasNext()) {
          m_lines.clear();
          m_next = 0;
          try {
            for (Instance row : Filter.useFilter(chunks.next(), filter)) {
              m_lines.add(CsvRows.format(row, output));
            }
          } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
          }
        }
        return m_next < m_lines.size();
      }

      @Override
      public String next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return m_lines.get(m_next++);
      }
    };
  }

  private void writeHeader(Instances output, String folder) throws Exception {
    Path path = new Path(folder, HEADER_FILE);
    FileSystem fs = path.getFileSystem(m_spark.hadoopConfiguration());
    try (Writer writer = new OutputStreamWriter(fs.create(path, true), StandardCharsets.UTF_8)) {
      writer.write(new Instances(output, 0).toString());
      writer.write('\n');
    }
  }
}
