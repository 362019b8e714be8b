package weka.autoencoder.filter;

import java.io.File;

import weka.autoencoder.model.Model;
import weka.autoencoder.model.ModelFile;
import weka.autoencoder.variant.Variant;
import weka.core.Instances;

/**
 * A filter's {@code -model} file as read: the saved model, and the variant its training options build again. Kept
 * until the option names another file or the file changes on disk.
 */
final class LoadedModel {

  private final File m_file;
  private final long m_modified;
  private final SavedFilterModel m_saved;
  private final Variant m_variant;

  private LoadedModel(File file, SavedFilterModel saved, Variant variant) {
    m_file = file;
    m_modified = file.lastModified();
    m_saved = saved;
    m_variant = variant;
  }

  /**
   * @throws IllegalArgumentException naming the file when it is missing, damaged, or holds another filter's model
   */
  static LoadedModel read(File file, AutoencoderFilter filter) {
    String who = filter.getClass().getSimpleName();
    String expected = "a file saved by " + who + " with -save-model (or by the Spark job for " + who + ")";
    SavedFilterModel saved = ModelFile.read(file, SavedFilterModel.class, who, expected);
    if (!saved.filterClass().equals(filter.getClass().getName())) {
      String trainer = saved.filterClass().substring(saved.filterClass().lastIndexOf('.') + 1);
      throw new IllegalArgumentException(who + ": " + file + " holds a model of " + trainer + ", not of " + who
        + ": apply it with " + trainer + " -model " + file + ".");
    }
    Variant variant;
    try {
      variant = SavedModelOptions.variantFor(filter, saved.options());
    } catch (Exception e) {
      throw new IllegalArgumentException(who + ": " + file + " is damaged or was written by an incompatible version "
        + "of the autoencoders package: retrain and save it again (its options " + String.join(" ", saved.options())
        + " are not valid here: " + e.getMessage() + ").", e);
    }
    return new LoadedModel(file, saved, variant);
  }

  boolean isFrom(File file) {
    return m_file.equals(file) && m_modified == file.lastModified();
  }

  /** @throws IllegalArgumentException naming the first attribute where {@code input} differs from the training header */
  void check(Instances input, String who) {
    String difference = HeaderMatch.firstDifference(m_saved.header(), input);
    if (difference != null) {
      throw new IllegalArgumentException(who + ": the input does not match the model in " + m_file + ": "
        + difference + ". Filter data with the header the model was trained on (relation '"
        + m_saved.header().relationName() + "'), or train a new model without -model.");
    }
  }

  Model model() {
    return m_saved.model();
  }

  /** @return the file's contents, to save a copy */
  SavedFilterModel saved() {
    return m_saved;
  }

  Variant variant() {
    return m_variant;
  }
}
