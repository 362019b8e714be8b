package weka.autoencoder.variant;

import java.io.File;
import java.util.List;

import weka.autoencoder.model.Model;
import weka.autoencoder.model.TextAutoencoderModel;
import weka.autoencoder.plot.TrainingPlots;
import weka.autoencoder.train.ProgressListener;
import weka.core.Instances;

/**
 * The recurrent autoencoder's three input forms behind one variant: text (a string attribute) goes to
 * {@link TextVariant}; relational bags and numeric attributes read as time steps go to {@link SequenceVariant}.
 * Text is chosen when -text-attribute is set, or when the data has a string attribute and no sequence option
 * (-relational-attribute, -sequence-channels) asks for another form.
 */
public final class RecurrentVariant implements Variant {

  private static final long serialVersionUID = 1L;

  private final TextVariant m_text;
  private final SequenceVariant m_sequences;
  private final boolean m_textChosen;
  private final boolean m_sequenceChosen;
  private final List<String> m_sequenceOnly;

  /**
   * @param text the text variant
   * @param sequences the sequence variant
   * @param textChosen true when -text-attribute is set
   * @param sequenceChosen true when -relational-attribute or -sequence-channels is set
   * @param sequenceOnly the options switched on that only numeric sequences use (e.g. "-reverse-target"), refused
   *        for text rather than silently ignored
   */
  public RecurrentVariant(TextVariant text, SequenceVariant sequences, boolean textChosen, boolean sequenceChosen,
    List<String> sequenceOnly) {
    m_text = text;
    m_sequences = sequences;
    m_textChosen = textChosen;
    m_sequenceChosen = sequenceChosen;
    m_sequenceOnly = List.copyOf(sequenceOnly);
  }

  private Variant form(Instances header) {
    if (m_textChosen && m_sequenceChosen) {
      throw new IllegalArgumentException("-text-attribute and a sequence option (-relational-attribute or "
        + "-sequence-channels) are both set: use one input form, i.e. clear -text-attribute for sequences, or the "
        + "sequence options for text.");
    }
    boolean text = m_textChosen || (!m_sequenceChosen && hasString(header));
    // null in a filter saved before this field existed: nothing was refused then
    List<String> sequenceOnly = m_sequenceOnly == null ? List.of() : m_sequenceOnly;
    if (text && !sequenceOnly.isEmpty()) {
      String options = String.join(" and ", sequenceOnly);
      throw new IllegalArgumentException(options + (sequenceOnly.size() == 1 ? " is" : " are")
        + " for numeric sequences; text is read and rebuilt in reading order. Switch " + options + " off.");
    }
    return text ? m_text : m_sequences;
  }

  private static boolean hasString(Instances header) {
    for (int a = 0; a < header.numAttributes(); a++) {
      if (a != header.classIndex() && header.attribute(a).isString()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void checkInput(Instances header) {
    form(header).checkInput(header);
  }

  @Override
  public Instances outputFormat(Instances input) {
    return form(input).outputFormat(input);
  }

  @Override
  public Model train(Instances data, ProgressListener progress) throws Exception {
    return form(data).train(data, progress);
  }

  @Override
  public Instances transform(Model model, Instances batch, Instances outputFormat) throws Exception {
    return (model instanceof TextAutoencoderModel ? m_text : m_sequences).transform(model, batch, outputFormat);
  }

  @Override
  public File writePictures(Model model, Instances data, TrainingPlots plots) throws Exception {
    return (model instanceof TextAutoencoderModel ? m_text : m_sequences).writePictures(model, data, plots);
  }
}
