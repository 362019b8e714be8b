package weka.filters.unsupervised.attribute;

import static weka.autoencoder.options.NetworkOptions.ACTIVATION;
import static weka.autoencoder.options.NetworkOptions.HIDDEN;

import java.util.List;

import weka.autoencoder.filter.AutoencoderFilter;
import weka.autoencoder.options.Setting;
import weka.autoencoder.options.SettingList;
import weka.autoencoder.variant.DenseNetwork;
import weka.autoencoder.variant.TableInput;
import weka.autoencoder.variant.TabularVariant;
import weka.autoencoder.variant.Variant;
import weka.core.RevisionUtils;
import weka.core.SelectedTag;
import weka.core.TechnicalInformation;
import weka.core.TechnicalInformationHandler;

/**
 * <!-- globalinfo-start --> A dense (fully connected) autoencoder on Deeplearning4j: a neural network learns to
 * squeeze each instance into a few code units and rebuild it. Use it like PrincipalComponents for non-linear
 * dimensionality reduction, or for reconstruction, imputation and anomaly scores. <!-- globalinfo-end -->
 */
public class Autoencoder extends AutoencoderFilter implements TechnicalInformationHandler {

  private static final long serialVersionUID = 1L;

  public String globalInfo() {
    return "A dense (fully connected) autoencoder: a neural network learns to squeeze each instance into a few "
      + "code units (the encoder) and to rebuild the instance from them (the decoder), trained on the "
      + "reconstruction error. The network is trained on the first batch of data only; later batches (the test set "
      + "in batch mode, or a FilteredClassifier's test instances) are filtered with the same network.\n\n"
      + "Uses:\n"
      + "- output = code: non-linear dimensionality reduction, used like PrincipalComponents (the class attribute "
      + "is kept and never used for training);\n"
      + "- output = reconstruction: the data rebuilt through the code, with the input header (compression round "
      + "trip). Missing values are replaced by the network's reconstruction, so the filter also imputes;\n"
      + "- errorAttribute: appends the per-instance reconstruction error, an anomaly score;\n"
      + "- noise: corrupts the training input so the network learns to undo the corruption (a denoising "
      + "autoencoder, see DenoisingAutoencoder); its codes are also more robust features.\n\n"
      + "Input: numeric, date (as a number) and nominal attributes (one-hot coded, rebuilt by the most likely "
      + "label); missing values are allowed. Remove or convert string and relational attributes first. "
      + "Training shows one progress line per epoch on the console and in Weka's log.\n\n"
      + "For more information see:\n" + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    TechnicalInformation info = new TechnicalInformation(TechnicalInformation.Type.ARTICLE);
    info.setValue(TechnicalInformation.Field.AUTHOR, "G. E. Hinton and R. R. Salakhutdinov");
    info.setValue(TechnicalInformation.Field.TITLE, "Reducing the dimensionality of data with neural networks");
    info.setValue(TechnicalInformation.Field.JOURNAL, "Science");
    info.setValue(TechnicalInformation.Field.VOLUME, "313");
    info.setValue(TechnicalInformation.Field.NUMBER, "5786");
    info.setValue(TechnicalInformation.Field.PAGES, "504-507");
    info.setValue(TechnicalInformation.Field.YEAR, "2006");
    return info;
  }

  @Override
  protected List<Setting<?>> architectureDeclarations() {
    return SettingList.of(HIDDEN, ACTIVATION);
  }

  @Override
  protected Variant variant() {
    return new TabularVariant(new TableInput(normalization()), new DenseNetwork(get(HIDDEN), get(ACTIVATION),
      getCodeSize()), trainingPlan(), outputPlan(), null);
  }

  // ---------------------------------------------------------------- GUI properties: delegates to the declarations

  public String getHidden() { return HIDDEN.type().format(get(HIDDEN)); }
  public void setHidden(String value) { set(HIDDEN, HIDDEN.type().parse(HIDDEN.name(), value)); }
  public String hiddenTipText() { return tip(HIDDEN); }

  public SelectedTag getActivation() { return tag(ACTIVATION); }
  public void setActivation(SelectedTag value) { setTag(ACTIVATION, value); }
  public String activationTipText() { return tip(ACTIVATION); }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  /**
   * Runs the filter from the command line, e.g. {@code -i train.arff -o codes.arff -code-size 30}.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    runFilter(new Autoencoder(), args);
  }
}
