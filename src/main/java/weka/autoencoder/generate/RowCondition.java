package weka.autoencoder.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import weka.autoencoder.variational.ClassCondition;
import weka.core.Instance;
import weka.core.Instances;

/**
 * What {@code -condition} asks for: every generated row must meet each of its comma-separated parts. A part on the
 * nominal class of a class-conditional model is met <em>by conditioning</em> (every row is decoded for that class);
 * every other part is met <em>by rejection</em> (rows are drawn and those that miss it are drawn again), with the
 * class labels drawn in the proportions of the training rows that meet it.
 */
public final class RowCondition {

  private static final RowCondition NONE = new RowCondition("", Collections.emptyList(), -1, null);

  private final String m_text;
  private final List<AttributeCondition> m_rejection;
  private final int m_classLabel;
  private final AttributeCondition m_classPart;

  private RowCondition(String text, List<AttributeCondition> rejection, int classLabel, AttributeCondition classPart) {
    m_text = text;
    m_rejection = rejection;
    m_classLabel = classLabel;
    m_classPart = classPart;
  }

  /** @return the condition that every row meets */
  public static RowCondition none() {
    return NONE;
  }

  /**
   * @param text the {@code -condition} value, e.g. {@code "sex=female, age=20..30"} (empty for none)
   * @param header the training header, with its class index
   * @param statistics the training columns
   * @param conditional whether the model is class-conditional (a nominal class)
   * @param clip whether numeric values are clipped to the training range
   * @throws IllegalArgumentException for an unknown attribute or label, an impossible range or a repeated attribute
   */
  public static RowCondition parse(String text, Instances header, ColumnStatistics statistics, boolean conditional,
    boolean clip, String who) {
    if (text == null || text.trim().isEmpty()) {
      return NONE;
    }
    List<AttributeCondition> rejection = new ArrayList<>();
    List<Integer> seen = new ArrayList<>();
    int classLabel = -1;
    AttributeCondition classPart = null;
    for (String part : text.split(",")) {
      if (part.trim().isEmpty()) {
        continue;
      }
      AttributeCondition condition = AttributeCondition.parse(part.trim(), header, statistics, clip, who);
      if (seen.contains(condition.index())) {
        throw new IllegalArgumentException(who + ": -condition names '" + condition.name() + "' twice: give one "
          + "value or range per attribute.");
      }
      seen.add(condition.index());
      if (conditional && condition.index() == header.classIndex()) {
        classLabel = condition.label();
        classPart = condition;
      } else {
        rejection.add(condition);
      }
    }
    return new RowCondition(text.trim(), rejection, classLabel, classPart);
  }

  /** @return true when nothing is asked for */
  public boolean isEmpty() {
    return m_classPart == null && m_rejection.isEmpty();
  }

  /** @return the class label fixed by conditioning, or -1 */
  public int classLabel() {
    return m_classLabel;
  }

  /** @return true when some part is met by rejection */
  public boolean needsRejection() {
    return !m_rejection.isEmpty();
  }

  /** @return true when {@code instance} meets every part met by rejection */
  public boolean accepts(Instance instance) {
    for (AttributeCondition condition : m_rejection) {
      if (!condition.accepts(instance)) {
        return false;
      }
    }
    return true;
  }

  /** @return the share of {@code training}'s rows meeting the rejection parts (1 when there are none) */
  public double trainingShare(Instances training) {
    if (!needsRejection() || training == null || training.numInstances() == 0) {
      return 1;
    }
    int meet = 0;
    for (Instance instance : training) {
      meet += accepts(instance) ? 1 : 0;
    }
    return meet / (double) training.numInstances();
  }

  /**
   * @param model the model to generate with
   * @param fixed the label index fixed by -class-value or -condition, or -1
   * @param count rows to generate
   * @param seed the generator's seed
   * @return the label of every row for a class-conditional model, else null: the fixed label, else the class
   *         proportions of the training rows meeting the rejection parts (all training rows when none meets them)
   */
  public int[] labels(GeneratorModel model, int fixed, int count, long seed) {
    ClassCondition condition = model.condition();
    if (condition == null) {
      return null;
    }
    if (fixed >= 0) {
      return LabelPlan.single(count, fixed);
    }
    double[] shares = condition.proportions();
    Instances training = model.training();
    if (needsRejection() && training != null) {
      double[] counts = new double[shares.length];
      double total = 0;
      for (Instance instance : training) {
        if (!instance.classIsMissing() && accepts(instance)) {
          counts[(int) instance.classValue()] += instance.weight();
          total += instance.weight();
        }
      }
      if (total > 0) {
        for (int i = 0; i < counts.length; i++) {
          counts[i] /= total;
        }
        shares = counts;
      }
    }
    return LabelPlan.proportional(count, shares, new Random(seed - 1L));
  }

  /** @return how each part is met, for the log and the ARFF comment */
  public String describe() {
    if (isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    if (m_classPart != null) {
      parts.add(m_classPart + " by conditioning (the model is class-conditional)");
    }
    for (AttributeCondition condition : m_rejection) {
      parts.add(condition + " by rejection");
    }
    return "condition " + m_text + ": " + String.join("; ", parts);
  }
}
