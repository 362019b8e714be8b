package weka.autoencoder.conformance;

import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;

/**
 * Edits of test data for the bad-input table, the same for every data form: the "first numeric value" of an
 * instance is its first numeric input attribute, or for a relational sequence the first numeric channel of its first
 * time step (bags are replaced, never edited, as Weka's copies of a dataset share them).
 */
final class Values {

  private Values() {
  }

  /** Sets the first numeric value of instance {@code row}. */
  static void set(Instances data, int row, double value) {
    Instance instance = data.instance(row);
    int a = firstInput(data);
    if (data.attribute(a).isRelationValued()) {
      Instances bag = new Instances(instance.relationalValue(a));
      bag.instance(0).setValue(firstNumeric(bag), value);
      instance.setValue(a, data.attribute(a).addRelation(bag));
    } else {
      instance.setValue(a, value);
    }
  }

  /** Sets the first numeric value of every instance. */
  static void setEvery(Instances data, double value) {
    for (int i = 0; i < data.numInstances(); i++) {
      set(data, i, value);
    }
  }

  /** Makes the first numeric input (for sequences: the first channel at every step) missing everywhere. */
  static void firstChannelMissing(Instances data) {
    int a = firstInput(data);
    for (int i = 0; i < data.numInstances(); i++) {
      Instance instance = data.instance(i);
      if (data.attribute(a).isRelationValued()) {
        Instances bag = new Instances(instance.relationalValue(a));
        int channel = firstNumeric(bag);
        for (int t = 0; t < bag.numInstances(); t++) {
          bag.instance(t).setValue(channel, Utils.missingValue());
        }
        instance.setValue(a, data.attribute(a).addRelation(bag));
      } else {
        String name = data.attribute(a).name();
        String channelSuffix = name.contains("_c") ? name.substring(name.lastIndexOf("_c")) : null;
        for (int b = 0; b < data.numAttributes(); b++) {
          Attribute attribute = data.attribute(b);
          boolean sameChannel = channelSuffix != null && attribute.name().endsWith(channelSuffix);
          if (b == a || sameChannel) {
            instance.setMissing(b);
          }
        }
      }
    }
  }

  /** Deletes every instance after the first {@code n}. */
  static void keepFirst(Instances data, int n) {
    while (data.numInstances() > n) {
      data.delete(data.numInstances() - 1);
    }
  }

  static void setWeights(Instances data, double weight) {
    for (int i = 0; i < data.numInstances(); i++) {
      data.instance(i).setWeight(weight);
    }
  }

  /** @return the first relational attribute (the sequence), else the first numeric input attribute */
  private static int firstInput(Instances data) {
    for (int a = 0; a < data.numAttributes(); a++) {
      if (data.attribute(a).isRelationValued()) {
        return a;
      }
    }
    for (int a = 0; a < data.numAttributes(); a++) {
      if (a != data.classIndex() && data.attribute(a).isNumeric()) {
        return a;
      }
    }
    throw new IllegalArgumentException("no numeric input in " + data.relationName());
  }

  private static int firstNumeric(Instances bag) {
    for (int a = 0; a < bag.numAttributes(); a++) {
      if (bag.attribute(a).isNumeric()) {
        return a;
      }
    }
    throw new IllegalArgumentException("no numeric channel");
  }
}
