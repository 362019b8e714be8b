package weka.autoencoder.conformance;

import java.util.ArrayList;
import java.util.List;

import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;

/** Instance values for comparisons, with relational values spelt out (a bag's index says nothing about its content). */
final class Rows {

  private Rows() {
  }

  /** @return one row per instance: every value (NaN if missing), each bag's rows inline, then the weight */
  static double[][] of(Instances data) {
    double[][] rows = new double[data.numInstances()][];
    for (int i = 0; i < rows.length; i++) {
      List<Double> values = new ArrayList<>();
      add(data.instance(i), values);
      values.add(data.instance(i).weight());
      rows[i] = values.stream().mapToDouble(Double::doubleValue).toArray();
    }
    return rows;
  }

  private static void add(Instance instance, List<Double> values) {
    for (int a = 0; a < instance.numAttributes(); a++) {
      Attribute attribute = instance.attribute(a);
      if (instance.isMissing(a)) {
        values.add(Double.NaN);
      } else if (attribute.isRelationValued()) {
        Instances bag = instance.relationalValue(a);
        values.add((double) bag.numInstances());
        for (Instance step : bag) {
          add(step, values);
        }
      } else if (attribute.isString()) {
        values.add((double) instance.stringValue(a).hashCode());
      } else {
        values.add(instance.value(a));
      }
    }
  }

  /**
   * Adds copies of {@code rows} to {@code target} (same header), copying string and relational values into the
   * target's attributes: Instances.add keeps a string or bag's index, which means nothing in another dataset.
   */
  static void append(Instances target, Instances rows) {
    for (Instance row : rows) {
      double[] values = row.toDoubleArray();
      for (int a = 0; a < row.numAttributes(); a++) {
        if (row.isMissing(a)) {
          continue;
        }
        if (row.attribute(a).isString()) {
          values[a] = target.attribute(a).addStringValue(row.stringValue(a));
        } else if (row.attribute(a).isRelationValued()) {
          values[a] = target.attribute(a).addRelation(new Instances(row.relationalValue(a)));
        }
      }
      target.add(new weka.core.DenseInstance(row.weight(), values));
    }
  }

  /** @return the largest absolute difference between two equally shaped row sets */
  static double maxDifference(double[][] a, double[][] b) {
    double max = 0;
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[i].length; j++) {
        max = Math.max(max, Math.abs(a[i][j] - b[i][j]));
      }
    }
    return max;
  }
}
