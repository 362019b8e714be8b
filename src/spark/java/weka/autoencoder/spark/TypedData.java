package weka.autoencoder.spark;

import java.io.StringReader;
import java.util.Iterator;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

import weka.autoencoder.generate.ClassIndex;
import weka.core.Instance;
import weka.core.Instances;

/**
 * The data of a job: an ARFF header file (read on the driver through Spark, so it may lie on HDFS or S3 like the
 * data) and CSV files read as partitions of Weka instances, in chunks small enough to encode and filter at once.
 */
final class TypedData {

  private TypedData() {
  }

  /**
   * @param path the ARFF header file (rows in it are ignored)
   * @param classIndex the class attribute: first, last, none or a number from 1
   * @return the header (no rows), class index set
   * @throws IllegalArgumentException naming the file when it is not an ARFF header
   */
  static Instances header(JavaSparkContext spark, String path, String classIndex) {
    String text = String.join("\n", spark.textFile(path, 1).collect());
    Instances header;
    try {
      header = new Instances(new StringReader(text));
    } catch (Exception e) {
      throw new IllegalArgumentException("the header file " + path + " is not an ARFF header: " + e.getMessage(), e);
    }
    header = new Instances(header, 0);
    header.setClassIndex(ClassIndex.resolve(classIndex, header.numAttributes(), path));
    return header;
  }

  /**
   * @param data CSV files: a file, a folder or a glob, or several separated by commas (as Spark's textFile reads)
   * @param header the types of the CSV columns
   * @param chunkRows rows per chunk
   * @param partitions the least number of partitions to read into
   * @return chunks of instances of {@code header}; lines of attribute names are skipped
   */
  static JavaRDD<Instances> chunks(JavaSparkContext spark, String data, Instances header, int chunkRows,
    int partitions) {
    CsvRows rows = new CsvRows(header);
    Instances empty = new Instances(header, 0);
    return spark.textFile(data, partitions).mapPartitions(lines -> chunked(lines, rows, empty, chunkRows));
  }

  /** Chunks one partition lazily, so a partition never has to fit in memory at once. */
  private static Iterator<Instances> chunked(Iterator<String> lines, CsvRows rows, Instances header, int chunkRows) {
    return new Iterator<Instances>() {
      private Instances m_next = read();

      private Instances read() {
        Instances chunk = new Instances(header, chunkRows);
        while (lines.hasNext() && chunk.numInstances() < chunkRows) {
          Instance instance = rows.parse(lines.next());
          if (instance != null) {
            chunk.add(instance);
          }
        }
        return chunk.numInstances() > 0 ? chunk : null;
      }

      @Override
      public boolean hasNext() {
        return m_next != null;
      }

      @Override
      public Instances next() {
        if (m_next == null) {
          throw new java.util.NoSuchElementException();
        }
        Instances chunk = m_next;
        m_next = read();
        return chunk;
      }
    };
  }
}
