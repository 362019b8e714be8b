package weka.filters.unsupervised.attribute;

import java.util.List;

import weka.autoencoder.filter.OutputMode;
import weka.autoencoder.noise.GaussianNoise;
import weka.autoencoder.options.NetworkOptions;
import weka.autoencoder.options.NoiseOptions;
import weka.autoencoder.options.OutputOptions;
import weka.autoencoder.options.Setting;
import weka.autoencoder.options.SettingList;
import weka.core.RevisionUtils;
import weka.core.TechnicalInformation;

/**
 * <!-- globalinfo-start --> The dense autoencoder trained on corrupted input to rebuild the clean input, so its
 * reconstruction of noisy data is a cleaned version with the same header. <!-- globalinfo-end -->
 *
 * <p>Only the defaults differ from {@link Autoencoder}: Gaussian noise is switched on, the output is the
 * reconstruction, and the network is shaped for reconstruction (256 hidden units, 64 codes). Every option, including
 * the corruption model, is the same.
 */
public class DenoisingAutoencoder extends Autoencoder {

  private static final long serialVersionUID = 1L;

  @Override
  public String globalInfo() {
    return "A denoising autoencoder: a dense autoencoder trained to rebuild clean instances from corrupted ones, "
      + "so that its output is a cleaned version of noisy data, with the same attributes (same header) as the "
      + "input.\n\n"
      + "How to use it: train it on the first batch of data, noisy or clean (in the Explorer, the data you apply "
      + "it to; from the command line, the -i file or, in batch mode, the training file). During training the "
      + "filter corrupts every minibatch afresh with the noise model (default: Gaussian noise with standard "
      + "deviation 0.1 in the scaled input space) and measures the loss against the uncorrupted instances. Then "
      + "apply it to noisy data (the same data, or later batches such as the test file in batch mode): the output "
      + "is the network's reconstruction, i.e. the denoised instances, with the class attribute copied unchanged. "
      + "Choose a noise model that resembles the noise you want to remove: GaussianNoise for measurement noise, "
      + "MaskingNoise for dropped values, SaltAndPepperNoise for dead or stuck pixels; nominal attributes are "
      + "corrupted by switching labels. Missing values are filled in as well.\n\n"
      + "Set output = code to get robust features for classification instead, or errorAttribute for an anomaly "
      + "score. All options are those of Autoencoder; only the defaults differ: noise on, output = reconstruction, "
      + "and a network shaped for reconstruction (one hidden layer of 256 units, 64 code units).\n\n"
      + "For more information see:\n" + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    TechnicalInformation info = new TechnicalInformation(TechnicalInformation.Type.INPROCEEDINGS);
    info.setValue(TechnicalInformation.Field.AUTHOR, "P. Vincent and H. Larochelle and Y. Bengio and P.-A. Manzagol");
    info.setValue(TechnicalInformation.Field.TITLE,
      "Extracting and composing robust features with denoising autoencoders");
    info.setValue(TechnicalInformation.Field.BOOKTITLE,
      "Proceedings of the 25th International Conference on Machine Learning (ICML)");
    info.setValue(TechnicalInformation.Field.PAGES, "1096-1103");
    info.setValue(TechnicalInformation.Field.YEAR, "2008");
    return info;
  }

  /**
   * Only the defaults differ: a wide code and one hidden layer of 256 (the output is the reconstruction, so the code
   * is there to carry detail, not to compress; on the MNIST benchmark this beat the plain default, 256,64 and 10 or
   * 30 codes, at the same cost), Gaussian noise with sd 0.1 in the scaled input space (mild, and harmless for data
   * that is not noisy), and the reconstruction as output.
   */
  @Override
  protected List<Setting<?>> declarations() {
    return SettingList.replacing(super.declarations(), NetworkOptions.CODE_SIZE.withDefault(64),
      NetworkOptions.HIDDEN.withDefault(new int[] {256}), NoiseOptions.NOISE.withDefault(new GaussianNoise()),
      OutputOptions.OUTPUT.withDefault(OutputMode.RECONSTRUCTION));
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  /**
   * Runs the filter from the command line, e.g.
   * {@code -b -i train.arff -o train-clean.arff -r noisy.arff -s noisy-clean.arff}.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    runFilter(new DenoisingAutoencoder(), args);
  }
}
