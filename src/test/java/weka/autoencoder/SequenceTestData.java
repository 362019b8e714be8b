package weka.autoencoder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Random;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;

/** Small made-up sequence data sets in both of Weka's forms, with a known structure. */
public final class SequenceTestData {

  private SequenceTestData() {
  }

  /** @return the inner header of {@link #relational}: a numeric channel x and a nominal channel sign {neg,pos} */
  public static Instances stepHeader() {
    ArrayList<Attribute> inner = new ArrayList<>();
    inner.add(new Attribute("x"));
    inner.add(new Attribute("sign", Arrays.asList("neg", "pos")));
    return new Instances("step", inner, 0);
  }

  /**
   * Multi-instance data (id, bag, class): each bag is a piece of a sine wave with a random phase, its length
   * drawn from {@code minLength..maxLength}; channel x = 2 + sin, channel sign = whether sin is positive.
   */
  public static Instances relational(int n, int minLength, int maxLength, long seed) {
    Instances steps = stepHeader();
    ArrayList<Attribute> attributes = new ArrayList<>();
    attributes.add(new Attribute("id"));
    attributes.add(new Attribute("bag", steps));
    attributes.add(new Attribute("class", Arrays.asList("even", "odd")));
    Instances data = new Instances("sines", attributes, n);
    data.setClassIndex(2);
    Random random = new Random(seed);
    for (int i = 0; i < n; i++) {
      int length = minLength + random.nextInt(maxLength - minLength + 1);
      data.add(new DenseInstance(1.0, new double[] {i, data.attribute(1).addRelation(bag(steps, length,
        random.nextDouble() * 2 * Math.PI)), i % 2}));
    }
    return data;
  }

  /** @return a sine bag of the given length and phase on {@link #stepHeader()} */
  public static Instances bag(Instances steps, int length, double phase) {
    Instances bag = new Instances(steps, length);
    for (int t = 0; t < length; t++) {
      double s = Math.sin(phase + 0.6 * t);
      bag.add(new DenseInstance(1.0, new double[] {2 + s, s > 0 ? 1 : 0}));
    }
    return bag;
  }

  /**
   * Flat data: an id attribute, then {@code steps * channels} numeric attributes s{t}_c{c} (channel c of step t is
   * {@code 10 + 3 * sin(phase + 0.6 t + c)}), then a nominal class.
   */
  public static Instances flat(int n, int steps, int channels, long seed) {
    ArrayList<Attribute> attributes = new ArrayList<>();
    attributes.add(new Attribute("id", Arrays.asList("a", "b")));
    for (int t = 0; t < steps; t++) {
      for (int c = 0; c < channels; c++) {
        attributes.add(new Attribute("s" + t + "_c" + c));
      }
    }
    attributes.add(new Attribute("class", Arrays.asList("even", "odd")));
    Instances data = new Instances("flat-sines", attributes, n);
    data.setClassIndex(attributes.size() - 1);
    Random random = new Random(seed);
    for (int i = 0; i < n; i++) {
      double[] values = new double[attributes.size()];
      values[0] = i % 2;
      double phase = random.nextDouble() * 2 * Math.PI;
      for (int t = 0; t < steps; t++) {
        for (int c = 0; c < channels; c++) {
          values[1 + t * channels + c] = 10 + 3 * Math.sin(phase + 0.6 * t + c);
        }
      }
      values[values.length - 1] = i % 2;
      data.add(new DenseInstance(1.0, values));
    }
    return data;
  }

  /** @return the values of every instance, relational values as their bag's text */
  public static String[] snapshot(Instances data) {
    String[] rows = new String[data.numInstances()];
    for (int i = 0; i < rows.length; i++) {
      Instance instance = data.instance(i);
      rows[i] = instance.toString() + " w=" + instance.weight();
    }
    return rows;
  }
}
