package weka.autoencoder.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import weka.autoencoder.filter.AutoencoderFilter;
import weka.core.Utils;

/**
 * The job's own options, taken off the command line; everything left over are the filter's options, written
 * exactly as for the Weka filter (e.g. {@code -code-size 10 -hidden 512,128 -save-model ae.model}).
 */
final class JobOptions {

  /** The filters' package, for short filter names. */
  private static final String FILTERS = "weka.filters.unsupervised.attribute.";

  final String data;
  final String header;
  final String classIndex;
  final String filterName;
  final String out;
  final int partitions;
  final int workers;
  final int averagingFrequency;
  final int chunkRows;
  final String[] filterOptions;

  /**
   * @param args the command line after "train" or "score"
   * @param defaultWorkers the workers when -workers is not given (Spark's default parallelism)
   * @throws IllegalArgumentException naming a missing or malformed option
   */
  JobOptions(String[] args, int defaultWorkers) throws Exception {
    String[] options = args.clone();
    data = required(options, "data", "the CSV files (a file, folder or glob)");
    header = required(options, "header", "the ARFF header file giving the CSV columns' types");
    String c = Utils.getOption('c', options);
    classIndex = c.isEmpty() ? "none" : c;
    String filter = Utils.getOption("filter", options);
    filterName = filter.isEmpty() ? "Autoencoder" : filter;
    out = Utils.getOption("out", options);
    workers = whole(options, "workers", defaultWorkers);
    partitions = whole(options, "partitions", workers);
    averagingFrequency = whole(options, "averaging-frequency", 5);
    chunkRows = whole(options, "chunk-rows", 4096);
    List<String> rest = new ArrayList<>();
    for (String o : options) {
      if (!o.isEmpty()) {
        rest.add(o);
      }
    }
    filterOptions = rest.toArray(new String[0]);
  }

  private static String required(String[] options, String name, String what) throws Exception {
    String value = Utils.getOption(name, options);
    if (value.isEmpty()) {
      throw new IllegalArgumentException("-" + name + " is missing: give " + what + ".");
    }
    return value;
  }

  private static int whole(String[] options, String name, int defaultValue) throws Exception {
    String text = Utils.getOption(name, options);
    if (text.isEmpty()) {
      return defaultValue;
    }
    try {
      int value = Integer.parseInt(text);
      if (value >= 1) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("-" + name + " must be a whole number of at least 1, got '" + text + "'.");
  }

  /**
   * @return the filter named by -filter (a short name such as DenoisingAutoencoder, or a class name), with the
   *         filter options set
   * @throws Exception naming the filter or the option the filter refuses
   */
  AutoencoderFilter filter() throws Exception {
    String name = filterName.contains(".") ? filterName : FILTERS + filterName;
    Object filter;
    try {
      filter = Class.forName(name).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("-filter " + filterName + " is not a filter of the autoencoders package "
        + "(e.g. Autoencoder, DenoisingAutoencoder).", e);
    }
    if (!(filter instanceof AutoencoderFilter)) {
      throw new IllegalArgumentException("-filter " + filterName + " is not a filter of the autoencoders package.");
    }
    AutoencoderFilter autoencoder = (AutoencoderFilter) filter;
    autoencoder.setOptions(filterOptions.clone());
    return autoencoder;
  }

  @Override
  public String toString() {
    return Arrays.toString(filterOptions);
  }
}
