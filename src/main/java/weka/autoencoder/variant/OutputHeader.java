package weka.autoencoder.variant;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import weka.core.Attribute;
import weka.core.Instances;

/**
 * The one builder of every filter's output header. The attributes the network reads are replaced by a block (the
 * code attributes, or rebuilt pixels), placed first (a table's code before its class, like PrincipalComponents; an
 * image file's pixels) or where the first replaced attribute was (a sequence's code among the attributes kept beside
 * it); every other attribute is copied, the class index follows the class, the anomaly attributes come last under names
 * no input attribute has, and a code output's relation is named {@code <relation>_autoencoder_code}.
 */
public final class OutputHeader {

  /** Where the replacing block goes. */
  public enum Placement {
    FIRST, IN_PLACE
  }

  private OutputHeader() {
  }

  /**
   * @param input the input header
   * @param replaced the attributes the block replaces (never the class)
   * @param block the attributes that replace them; empty to drop them
   * @param placement where the block goes
   * @param codes true for a code output (names the relation)
   * @param scores the anomaly attributes appended last ({@link ScorePlan#attributes}), renamed where an input
   *          attribute has their name
   * @return the output header
   */
  public static Instances build(Instances input, IntPredicate replaced, List<Attribute> block, Placement placement,
    boolean codes, List<Attribute> scores) {
    ArrayList<Attribute> attributes = new ArrayList<>();
    if (placement == Placement.FIRST) {
      attributes.addAll(block);
    }
    int classIndex = -1;
    boolean placed = placement == Placement.FIRST;
    for (int a = 0; a < input.numAttributes(); a++) {
      if (a != input.classIndex() && replaced.test(a)) {
        if (!placed) {
          attributes.addAll(block);
          placed = true;
        }
        continue;
      }
      if (a == input.classIndex()) {
        classIndex = attributes.size();
      }
      attributes.add((Attribute) input.attribute(a).copy());
    }
    for (Attribute score : scores) {
      attributes.add(score.copy(uniqueName(score.name(), attributes)));
    }
    Instances header = new Instances(codes ? input.relationName() + "_autoencoder_code" : input.relationName(),
      attributes, 0);
    header.setClassIndex(classIndex);
    return header;
  }

  /** @return the header of a table's output: codes then the class, or the input header itself */
  public static Instances table(Instances input, OutputPlan plan) {
    List<Attribute> scores = plan.scores().attributes(inputNames(input));
    if (plan.codes()) {
      return build(input, a -> true, plan.codeAttributes(), Placement.FIRST, true, scores);
    }
    return build(input, a -> false, new ArrayList<>(), Placement.FIRST, false, scores);
  }

  /** @return the names of every attribute but the class, in header order */
  public static List<String> inputNames(Instances input) {
    List<String> names = new ArrayList<>();
    for (int a = 0; a < input.numAttributes(); a++) {
      if (a != input.classIndex()) {
        names.add(input.attribute(a).name());
      }
    }
    return names;
  }

  private static String uniqueName(String name, List<Attribute> taken) {
    String candidate = name;
    for (int i = 1; contains(taken, candidate); i++) {
      candidate = name + "_" + i;
    }
    return candidate;
  }

  private static boolean contains(List<Attribute> attributes, String name) {
    for (Attribute a : attributes) {
      if (a.name().equals(name)) {
        return true;
      }
    }
    return false;
  }
}
