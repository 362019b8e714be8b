import java.util.List;
import java.util.Locale;

import org.nd4j.linalg.api.ndarray.INDArray;

import weka.autoencoder.codec.EncodedBatch;
import weka.autoencoder.model.TrainedAutoencoder;
import weka.autoencoder.nd4j.FloatMatrices;
import weka.autoencoder.nd4j.Nd4jBoundary;
import weka.core.Instances;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.Autoencoder;

/**
 * How the minibatch size trades speed for progress per epoch, to choose the filters' default (issue 8). Trains the
 * Autoencoder with its defaults except the batch size and a fixed number of epochs (no early stopping) on the MNIST
 * training sample, and prints the validation loss after each epoch against the training time so far, the samples/s
 * and the final test MSE per pixel on the MNIST test sample.
 *
 * <p>Arguments: batch size, epochs. Prints "EPOCH batch epoch seconds validation-loss" lines and one "RESULT" line.
 * Run by bench/run-batch-size.sh.
 */
public class BatchSizeBenchmark {

  public static void main(String[] args) throws Exception {
    int batch = Integer.parseInt(args[0]);
    int epochs = Integer.parseInt(args[1]);
    Instances train = BenchSupport.load("datasets/mnist-train.arff.gz");
    Instances test = BenchSupport.load("datasets/mnist-test.arff.gz");
    Autoencoder filter = new Autoencoder();
    filter.setOptions(new String[] {"-batch-size", "" + batch, "-epochs", "" + epochs, "-patience", "0"});
    filter.setInputFormat(train);
    Filter.useFilter(train, filter);
    TrainedAutoencoder model = (TrainedAutoencoder) filter.getModel();
    List<Double> validation = model.history().validationLoss();
    double secondsPerEpoch = model.history().millis() / 1000.0 / model.history().epochsRun();
    for (int e = 0; e < validation.size(); e++) {
      System.out.printf(Locale.ROOT, "EPOCH %d %d %.2f %.6f%n", batch, e + 1, secondsPerEpoch * (e + 1),
        validation.get(e));
    }
    double testMse = Nd4jBoundary.call(0, () -> {
      EncodedBatch encoded = model.codec().encode(test);
      INDArray rows = FloatMatrices.create(encoded.values(), encoded.rows(), encoded.columns());
      double[] errors = model.reconstructionError(rows, model.reconstruct(rows), null);
      double sum = 0;
      for (double error : errors) {
        sum += error;
      }
      return sum / errors.length;
    });
    System.out.printf(Locale.ROOT, "RESULT batch=%d epochs=%d seconds=%.1f samples_per_s=%.0f test_mse=%.5f%n", batch,
      model.history().epochsRun(), model.history().millis() / 1000.0, model.history().samplesPerSecond(), testMse);
  }
}
