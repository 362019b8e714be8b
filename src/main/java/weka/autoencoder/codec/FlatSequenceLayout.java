package weka.autoencoder.codec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;

/**
 * A sequence spread over ordinary numeric attributes of one instance: the attributes, in header order, are read as
 * consecutive time steps of {@code channels} values each (channels = 1: a univariate series, one attribute per step).
 * Every sequence has the same length; a missing value is a missing channel value at that step.
 */
public final class FlatSequenceLayout extends SequenceLayout {

  private static final long serialVersionUID = 1L;

  private final int[] m_attributes;
  private final boolean[] m_held;
  private final int m_channels;
  private final Instances m_stepHeader;
  /** The sequence attributes' names; null in layouts saved before per-attribute errors. */
  private final String[] m_names;

  /**
   * @param header the input header
   * @param attributes indices (0-based, in order) of the attributes that make up the sequence
   * @param channels values per time step
   * @throws IllegalArgumentException when an attribute is not numeric or the channel count does not divide their
   *         number
   */
  public FlatSequenceLayout(Instances header, int[] attributes, int channels) {
    if (channels < 1) {
      throw new IllegalArgumentException("-sequence-channels must be at least 1, got " + channels + ".");
    }
    if (attributes.length == 0) {
      throw new IllegalArgumentException("No attribute is left to read as a sequence (the class is never part of "
        + "it): check -sequence-attributes.");
    }
    for (int a : attributes) {
      Attribute attribute = header.attribute(a);
      if (!attribute.isNumeric()) {
        throw new IllegalArgumentException("Attribute " + (a + 1) + " ('" + attribute.name() + "') is "
          + Attribute.typeToString(attribute) + ": a sequence read from ordinary attributes must be numeric. "
          + "Leave it out with -sequence-attributes (e.g. -sequence-attributes 2-last) or remove it first.");
      }
    }
    if (attributes.length % channels != 0) {
      throw new IllegalArgumentException(attributes.length + " sequence attributes cannot be split into time steps "
        + "of " + channels + " channels: set -sequence-channels to a divisor of " + attributes.length
        + " or change -sequence-attributes.");
    }
    m_attributes = attributes.clone();
    m_channels = channels;
    m_held = new boolean[header.numAttributes()];
    ArrayList<Attribute> channelAttributes = new ArrayList<>();
    for (int c = 0; c < channels; c++) {
      channelAttributes.add(new Attribute(header.attribute(attributes[c]).name()));
    }
    m_names = new String[attributes.length];
    for (int k = 0; k < attributes.length; k++) {
      m_held[attributes[k]] = true;
      m_names[k] = header.attribute(attributes[k]).name();
    }
    m_stepHeader = new Instances(header.relationName() + "_step", channelAttributes, 0);
  }

  /** @return number of time steps of every sequence */
  public int length() {
    return m_attributes.length / m_channels;
  }

  /** @return the names of the sequence's attributes, in step order: each gets its own error */
  @Override
  public List<String> errorNames() {
    return m_names == null ? super.errorNames() : Arrays.asList(m_names);
  }

  @Override
  public boolean errorsPerStep() {
    return true;
  }

  @Override
  public Instances stepHeader() {
    return m_stepHeader;
  }

  @Override
  public Instances steps(Instance instance, int row) {
    int length = length();
    Instances steps = new Instances(m_stepHeader, length);
    for (int t = 0; t < length; t++) {
      double[] values = new double[m_channels];
      for (int c = 0; c < m_channels; c++) {
        int a = m_attributes[t * m_channels + c];
        values[c] = instance.value(a);
        if (Double.isInfinite(values[c])) {
          throw new BadInstanceException(row, " has an infinite value in attribute '"
            + instance.attribute(a).name() + "': replace it (e.g. with a missing value) first.");
        }
      }
      steps.add(new DenseInstance(1.0, values));
    }
    return steps;
  }

  @Override
  public boolean holds(int attributeIndex) {
    return attributeIndex < m_held.length && m_held[attributeIndex];
  }

  @Override
  public void write(Instances rebuilt, double[] values, Instances outputHeader) {
    for (int t = 0; t < rebuilt.numInstances(); t++) {
      for (int c = 0; c < m_channels; c++) {
        values[m_attributes[t * m_channels + c]] = rebuilt.instance(t).value(c);
      }
    }
  }

  @Override
  public String describe() {
    return m_attributes.length + " attributes as " + length() + " time step(s) of " + m_channels + " channel(s)";
  }
}
