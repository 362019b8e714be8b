package weka.autoencoder;

import java.util.ArrayList;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Utils;

/** Small text datasets for tests: a string attribute, a numeric attribute beside it and a nominal class. */
public final class TextTestData {

  private TextTestData() {
  }

  /** Four short "topics" a small network can learn to rebuild. */
  public static final String[] SENTENCES = {"the cat sat on the mat", "a dog ran in the park",
    "stocks fell on wall street", "rain and wind hit the coast"};

  /** @return an empty header: id (numeric), text (string), class {a,b} (class index set) */
  public static Instances header(String relation) {
    ArrayList<Attribute> attributes = new ArrayList<>();
    attributes.add(new Attribute("id"));
    attributes.add(new Attribute("text", (ArrayList<String>) null));
    ArrayList<String> labels = new ArrayList<>();
    labels.add("a");
    labels.add("b");
    attributes.add(new Attribute("class", labels));
    Instances data = new Instances(relation, attributes, 0);
    data.setClassIndex(2);
    return data;
  }

  /** @return {@code copies} rows of each of the {@link #SENTENCES}, class a for the first two topics */
  public static Instances sentences(int copies) {
    Instances data = header("sentences");
    for (int c = 0; c < copies; c++) {
      for (int s = 0; s < SENTENCES.length; s++) {
        add(data, data.numInstances(), SENTENCES[s], s < 2 ? "a" : "b");
      }
    }
    return data;
  }

  /** Adds a row; a null text is missing. */
  public static void add(Instances data, double id, String text, String label) {
    double[] values = new double[3];
    values[0] = id;
    values[1] = text == null ? Utils.missingValue() : data.attribute(1).addStringValue(text);
    values[2] = data.attribute(2).indexOfValue(label);
    data.add(new DenseInstance(1, values));
  }
}
