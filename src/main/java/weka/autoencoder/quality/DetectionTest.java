package weka.autoencoder.quality;

import java.util.ArrayList;
import java.util.Random;

import weka.classifiers.Evaluation;
import weka.classifiers.trees.RandomForest;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;

/**
 * Can a classifier tell generated rows from real ones? Real and generated rows (every attribute, class included)
 * are labelled real / generated, the larger set subsampled to the size of the smaller so that 50 % is chance, and
 * Weka's RandomForest (100 trees) is cross-validated on them. Accuracy near 50 % means the generated rows are hard
 * to tell apart; 100 % means every one of them gives itself away.
 */
public final class DetectionTest {

  /** Rows per side at most: beyond this the forest's cost grows and the estimate hardly changes. */
  static final int MAX_ROWS_PER_SIDE = 2000;

  private DetectionTest() {
  }

  /**
   * @param real the training rows
   * @param generated the generated rows, same header
   * @param folds cross-validation folds (at most the rows per side)
   * @param seed seed of the subsampling, the forest and the folds
   * @return the cross-validated accuracy in [0, 1], or NaN when either side has fewer than 2 rows
   * @throws Exception when Weka's evaluation fails
   */
  public static double accuracy(Instances real, Instances generated, int folds, long seed) throws Exception {
    int perSide = Math.min(MAX_ROWS_PER_SIDE, Math.min(real.numInstances(), generated.numInstances()));
    if (perSide < 2) {
      return Double.NaN;
    }
    Instances labelled = labelled(real, generated, perSide, new Random(seed));
    RandomForest forest = new RandomForest();
    forest.setSeed((int) seed);
    forest.setNumExecutionSlots(1);
    Evaluation evaluation = new Evaluation(labelled);
    evaluation.crossValidateModel(forest, labelled, Math.min(folds, perSide), new Random(seed));
    return evaluation.pctCorrect() / 100;
  }

  private static Instances labelled(Instances real, Instances generated, int perSide, Random random) {
    ArrayList<Attribute> attributes = new ArrayList<>();
    for (int a = 0; a < real.numAttributes(); a++) {
      attributes.add(real.attribute(a).copy("a" + (a + 1) + "_" + real.attribute(a).name()));
    }
    ArrayList<String> origin = new ArrayList<>();
    origin.add("real");
    origin.add("generated");
    attributes.add(new Attribute("origin", origin));
    Instances result = new Instances("real-vs-generated", attributes, 2 * perSide);
    result.setClassIndex(attributes.size() - 1);
    add(result, real, perSide, 0, random);
    add(result, generated, perSide, 1, random);
    return result;
  }

  private static void add(Instances target, Instances source, int count, int label, Random random) {
    int[] order = new int[source.numInstances()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    for (int i = 0; i < count; i++) {
      Instance instance = source.instance(order[i]);
      double[] values = new double[target.numAttributes()];
      for (int a = 0; a < source.numAttributes(); a++) {
        values[a] = instance.value(a);
      }
      values[values.length - 1] = label;
      target.add(new DenseInstance(1.0, values));
    }
  }
}
