package weka.autoencoder.codec;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;

/**
 * Sequences held in a relational attribute (Weka's multi-instance format): each bag is one sequence, its rows are the
 * time steps in order and its attributes the channels. Bags may differ in length; a rebuilt sequence is written back
 * as a bag with the same number of rows.
 */
public final class RelationalSequenceLayout extends SequenceLayout {

  private static final long serialVersionUID = 1L;

  private final int m_index;
  private final String m_name;
  private final Instances m_stepHeader;

  /**
   * @param header the input header
   * @param index the relational attribute's index (0-based)
   * @throws IllegalArgumentException when the attribute is not relational or a channel is neither numeric, date nor
   *         nominal with labels
   */
  public RelationalSequenceLayout(Instances header, int index) {
    Attribute attribute = header.attribute(index);
    if (!attribute.isRelationValued()) {
      throw new IllegalArgumentException("Attribute " + (index + 1) + " ('" + attribute.name() + "') is "
        + Attribute.typeToString(attribute) + ", not relational: set -relational-attribute to the attribute holding "
        + "the sequences, or read ordinary numeric attributes as a sequence with -sequence-channels.");
    }
    if (index == header.classIndex()) {
      throw new IllegalArgumentException("The relational attribute '" + attribute.name()
        + "' is the class attribute: choose another class or another -relational-attribute.");
    }
    m_index = index;
    m_name = attribute.name();
    m_stepHeader = new Instances(attribute.relation(), 0);
    m_stepHeader.setClassIndex(-1);
    for (int c = 0; c < m_stepHeader.numAttributes(); c++) {
      Attribute channel = m_stepHeader.attribute(c);
      if (!(channel.isNumeric() || channel.isNominal() && channel.numValues() > 0)) {
        throw new IllegalArgumentException("Attribute '" + channel.name() + "' inside the relational attribute '"
          + m_name + "' is " + Attribute.typeToString(channel) + ": sequence channels must be numeric, date or "
          + "nominal (with labels). Remove or convert it first.");
      }
    }
    if (m_stepHeader.numAttributes() == 0) {
      throw new IllegalArgumentException("The relational attribute '" + m_name + "' has no attributes, so its "
        + "sequences have no channels.");
    }
  }

  @Override
  public Instances stepHeader() {
    return m_stepHeader;
  }

  @Override
  public Instances steps(Instance instance, int row) {
    if (instance.isMissing(m_index)) {
      throw new BadInstanceException(row, " has no sequence (missing value in '" + m_name
        + "'): remove it first, e.g. with RemoveWithValues.");
    }
    Instances bag = instance.relationalValue(m_index);
    if (bag.numInstances() == 0) {
      throw new BadInstanceException(row, " has an empty sequence (no rows in '" + m_name
        + "'): every sequence needs at least one time step; remove the instance first.");
    }
    checkFinite(bag, row);
    return bag;
  }

  @Override
  public boolean holds(int attributeIndex) {
    return attributeIndex == m_index;
  }

  @Override
  public void write(Instances rebuilt, double[] values, Instances outputHeader) {
    Attribute attribute = outputHeader.attribute(m_index);
    Instances bag = new Instances(attribute.relation(), rebuilt.numInstances());
    for (int t = 0; t < rebuilt.numInstances(); t++) {
      bag.add(new DenseInstance(1.0, rebuilt.instance(t).toDoubleArray()));
    }
    values[m_index] = attribute.addRelation(bag);
  }

  @Override
  public String describe() {
    return "relational attribute '" + m_name + "' (" + m_stepHeader.numAttributes() + " channel(s))";
  }
}
