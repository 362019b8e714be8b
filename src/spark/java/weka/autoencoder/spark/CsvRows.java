package weka.autoencoder.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;

/**
 * Reads CSV lines as instances of an ARFF header, and writes instances back as CSV lines, the way Weka's
 * distributed packages keep data on a cluster: headerless CSV files whose types come from one ARFF header. A value
 * is missing when it is empty or "?"; nominal labels and text may be quoted with ' or ". A line that lists the
 * attribute names (a CSV header line) is skipped.
 */
final class CsvRows implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Instances m_header;

  /** @param header the ARFF header giving the attributes' names, types and labels (rows are ignored) */
  CsvRows(Instances header) {
    m_header = new Instances(header, 0);
  }

  /**
   * @param line one CSV line
   * @return the instance (weight 1), or null for an empty line or a line of attribute names
   * @throws IllegalArgumentException quoting the line and naming the attribute whose value cannot be read
   */
  Instance parse(String line) {
    if (line.trim().isEmpty()) {
      return null;
    }
    List<String> fields = split(line);
    if (fields.size() != m_header.numAttributes()) {
      throw new IllegalArgumentException("the CSV line '" + shorten(line) + "' has " + fields.size()
        + " values, but the header lists " + m_header.numAttributes() + " attributes.");
    }
    if (isNamesLine(fields)) {
      return null;
    }
    double[] values = new double[fields.size()];
    for (int a = 0; a < values.length; a++) {
      values[a] = value(m_header.attribute(a), fields.get(a), line);
    }
    return new DenseInstance(1.0, values);
  }

  private boolean isNamesLine(List<String> fields) {
    for (int a = 0; a < fields.size(); a++) {
      if (!fields.get(a).equals(m_header.attribute(a).name())) {
        return false;
      }
    }
    return true;
  }

  private static double value(Attribute attribute, String text, String line) {
    if (text.isEmpty() || text.equals("?")) {
      return Utils.missingValue();
    }
    String problem;
    try {
      switch (attribute.type()) {
        case Attribute.NUMERIC:
          double v = Double.parseDouble(text);
          if (Double.isNaN(v) || Double.isInfinite(v)) {
            problem = "is not a finite number (write ? for a missing value)";
            break;
          }
          return v;
        case Attribute.NOMINAL:
          int index = attribute.indexOfValue(text);
          if (index >= 0) {
            return index;
          }
          problem = "is not one of its labels in the ARFF header";
          break;
        case Attribute.DATE:
          return attribute.parseDate(text);
        default:
          problem = "cannot be read: the Spark job reads numeric, nominal and date attributes only";
      }
    } catch (Exception e) {
      problem = "cannot be read as " + Attribute.typeToString(attribute) + " (" + e.getMessage() + ")";
    }
    throw new IllegalArgumentException("the value '" + text + "' of attribute '" + attribute.name() + "' "
      + problem + ", in the CSV line '" + shorten(line) + "'.");
  }

  /** @return the fields of a CSV line, trimmed, without their quotes */
  static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    char quote = 0;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == quote && i + 1 < line.length() && line.charAt(i + 1) == quote) {
          field.append(c);
          i++;
        } else if (c == quote) {
          quote = 0;
        } else {
          field.append(c);
        }
      } else if ((c == '"' || c == '\'') && field.toString().trim().isEmpty()) {
        quote = c;
        quoted = true;
        field.setLength(0);
      } else if (c == ',') {
        fields.add(quoted ? field.toString() : field.toString().trim());
        field.setLength(0);
        quoted = false;
      } else if (!(quoted && Character.isWhitespace(c))) {
        field.append(c);
      }
    }
    fields.add(quoted ? field.toString() : field.toString().trim());
    return fields;
  }

  /**
   * @param instance an instance of {@code header}
   * @param header its header (e.g. a filter's output format)
   * @return the instance as a CSV line: numbers in full precision, labels and dates quoted when needed
   */
  static String format(Instance instance, Instances header) {
    StringBuilder line = new StringBuilder();
    for (int a = 0; a < header.numAttributes(); a++) {
      if (a > 0) {
        line.append(',');
      }
      Attribute attribute = header.attribute(a);
      if (instance.isMissing(a)) {
        line.append('?');
      } else if (attribute.isNominal() || attribute.isString()) {
        line.append(Utils.quote(attribute.value((int) instance.value(a))));
      } else if (attribute.isDate()) {
        line.append(Utils.quote(attribute.formatDate(instance.value(a))));
      } else {
        line.append(instance.value(a));
      }
    }
    return line.toString();
  }

  private static String shorten(String line) {
    return line.length() <= 80 ? line : line.substring(0, 77) + "...";
  }
}
