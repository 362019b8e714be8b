package weka.autoencoder.codec;


import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import weka.core.Instance;
import weka.core.Instances;

/**
 * Where an instance keeps its sequence, so the rest of the code can treat both of Weka's forms alike: every sequence
 * is read as a small set of "step" instances (one per time step, one attribute per channel, no class) and a rebuilt
 * sequence is written back the same way.
 */
public abstract class SequenceLayout implements Serializable {

  private static final long serialVersionUID = 1L;

  /** @return the header of one time step: one attribute per channel, no class, no rows */
  public abstract Instances stepHeader();

  /**
   * @param instance an instance of the input header
   * @param row its position in the data, counting from 0, for messages
   * @return its time steps as instances of {@link #stepHeader()} (at least one)
   * @throws IllegalArgumentException for a missing or empty sequence or an infinite value, naming the instance
   */
  public abstract Instances steps(Instance instance, int row);

  /** @return true when input attribute {@code attributeIndex} is part of the sequence (and so is replaced) */
  public abstract boolean holds(int attributeIndex);

  /**
   * Writes a rebuilt sequence into the values of an output instance that has the input's header.
   *
   * @param rebuilt the rebuilt steps, instances of {@link #stepHeader()}
   * @param values the output instance's values, already holding the other attributes
   * @param outputHeader the output header (a relational attribute there receives the rebuilt bag)
   */
  public abstract void write(Instances rebuilt, double[] values, Instances outputHeader);

  /**
   * @return the names of the per-attribute errors: by default one per channel (the step header's attributes), each
   *         averaged over the time steps; a layout of fixed-length steps names one per input attribute instead
   */
  public List<String> errorNames() {
    List<String> names = new ArrayList<>();
    for (int c = 0; c < stepHeader().numAttributes(); c++) {
      names.add(stepHeader().attribute(c).name());
    }
    return names;
  }

  /** @return true when {@link #errorNames()} has one name per time step and channel (step-major) */
  public boolean errorsPerStep() {
    return false;
  }

  /** @return a short description for messages and logs, e.g. "relational attribute 'bag' (2 channels)" */
  public abstract String describe();

  /**
   * @throws IllegalArgumentException when a step holds an infinite value (Weka reads NaN as missing, infinity not)
   */
  static void checkFinite(Instances steps, int row) {
    for (int t = 0; t < steps.numInstances(); t++) {
      Instance step = steps.instance(t);
      for (int c = 0; c < step.numAttributes(); c++) {
        if (Double.isInfinite(step.value(c))) {
          throw new BadInstanceException(row, ", time step " + (t + 1)
            + ": infinite value in '" + step.attribute(c).name() + "'. Replace it (e.g. with a missing value) first.");
        }
      }
    }
  }
}
