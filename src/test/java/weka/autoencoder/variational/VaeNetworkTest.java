package weka.autoencoder.variational;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import weka.autoencoder.arch.ActivationChoice;
import weka.autoencoder.nd4j.Nd4jBoundary;

/** The hand-written backward pass against central finite differences, in double precision. */
class VaeNetworkTest {

  /** Two Bernoulli columns, two Gaussian columns, a 3-label nominal attribute, one more Bernoulli column. */
  static ReconstructionLikelihood mixedLikelihood() {
    return new ReconstructionLikelihood(
      Arrays.asList(ReconstructionLikelihood.Kind.BERNOULLI, ReconstructionLikelihood.Kind.BERNOULLI,
        ReconstructionLikelihood.Kind.GAUSSIAN, ReconstructionLikelihood.Kind.GAUSSIAN,
        ReconstructionLikelihood.Kind.CATEGORICAL, ReconstructionLikelihood.Kind.BERNOULLI),
      Arrays.asList(1, 1, 1, 1, 3, 1), new boolean[8]);
  }

  private static INDArray mixedRows(int n, Random random) {
    double[][] rows = new double[n][8];
    for (double[] row : rows) {
      row[0] = random.nextDouble();
      row[1] = random.nextBoolean() ? 1 : 0;
      row[2] = random.nextGaussian();
      row[3] = 0.3 * random.nextGaussian();
      row[4 + random.nextInt(3)] = 1;
      row[7] = random.nextDouble();
    }
    return Nd4j.createFromArray(rows);
  }

  private static double loss(VaeNetwork network, ReconstructionLikelihood likelihood, INDArray x, INDArray c,
    INDArray noise, INDArray mask, INDArray klScale) {
    VaeNetwork.Pass pass = network.forward(x, c, noise);
    return likelihood.negativeLogLikelihood(x, pass.output(), mask, null).sumNumber().doubleValue()
      + pass.klDivergence().mul(klScale.reshape(klScale.length())).sumNumber().doubleValue();
  }

  private static void checkGradients(ActivationChoice activation, int conditions, int[] hidden) throws Exception {
    Nd4jBoundary.call(1, () -> {
      Random random = new Random(42);
      ReconstructionLikelihood likelihood = mixedLikelihood();
      assertEquals(8, likelihood.width());
      assertEquals(10, likelihood.parameterWidth());
      VaeNetwork network = new VaeNetwork(new VaeShape(8, conditions, hidden, 3, likelihood.parameterWidth()),
        activation, DataType.DOUBLE);
      network.initialise(7);
      int n = 6;
      INDArray x = mixedRows(n, random);
      INDArray c = conditions == 0 ? null : Nd4j.zeros(DataType.DOUBLE, n, conditions);
      for (int r = 0; r < n && c != null; r++) {
        c.putScalar(r, r % conditions, 1.0);
      }
      INDArray noise = Nd4j.randn(DataType.DOUBLE, n, 3);
      INDArray mask = Nd4j.ones(DataType.DOUBLE, n, 8);
      mask.putScalar(1, 2, 0.0);
      mask.putScalar(2, 4, 0.0);
      mask.putScalar(2, 5, 0.0);
      mask.putScalar(2, 6, 0.0);
      mask.getRow(3).muli(2.5);
      INDArray klScale = Nd4j.createFromArray(new double[] {1, 0.5, 1, 2.5, 1, 0.7}).reshape(n, 1);

      VaeNetwork.Pass pass = network.forward(x, c, noise);
      INDArray outputGradient = Nd4j.create(DataType.DOUBLE, n, likelihood.parameterWidth());
      likelihood.negativeLogLikelihood(x, pass.output(), mask, outputGradient);
      network.backward(pass, outputGradient, klScale);
      double[] analytic = network.gradients().toDoubleVector();

      INDArray parameters = network.parameters();
      double h = 1e-6;
      double worst = 0;
      for (int i = 0; i < analytic.length; i++) {
        double original = parameters.getDouble(i);
        parameters.putScalar(i, original + h);
        double up = loss(network, likelihood, x, c, noise, mask, klScale);
        parameters.putScalar(i, original - h);
        double down = loss(network, likelihood, x, c, noise, mask, klScale);
        parameters.putScalar(i, original);
        double numeric = (up - down) / (2 * h);
        double error = Math.abs(numeric - analytic[i]) / Math.max(1e-3, Math.abs(numeric) + Math.abs(analytic[i]));
        worst = Math.max(worst, error);
        assertTrue(error < 1e-4, "parameter " + i + ": analytic " + analytic[i] + " numeric " + numeric);
      }
      assertTrue(worst < 1e-4);
      return null;
    });
  }

  @Test
  void gradientsMatchFiniteDifferencesWithTanhAndTwoHiddenLayers() throws Exception {
    checkGradients(ActivationChoice.TANH, 0, new int[] {5, 4});
  }

  @Test
  void gradientsMatchFiniteDifferencesWithAClassConditionAndSigmoid() throws Exception {
    checkGradients(ActivationChoice.SIGMOID, 2, new int[] {4});
  }

  @Test
  void gradientsMatchFiniteDifferencesWithoutHiddenLayers() throws Exception {
    checkGradients(ActivationChoice.ELU, 0, new int[0]);
  }

  @Test
  void runsOfEqualDistributionsShareParametersInTheRightPlaces() {
    ReconstructionLikelihood likelihood = mixedLikelihood();
    // runs: Bernoulli x2 (2 logits), Gaussian x2 (2 means + 2 log-variances), categorical (3), Bernoulli (1)
    assertEquals("3 Bernoulli, 2 Gaussian, 1 categorical", likelihood.describe());
  }
}
