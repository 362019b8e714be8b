package weka.autoencoder.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import weka.autoencoder.nd4j.Nd4jBoundary;

/** The shared loop ends a run whose losses or weights stop being finite, after showing the NaN to the user. */
class DivergenceTest {

  /** Training loss per minibatch, held-out loss and parameter health follow a script. */
  private static final class Scripted extends ParameterlessNetwork {
    private final double m_batchLoss;
    private final double m_validationLoss;
    private final boolean m_finite;

    Scripted(double batchLoss, double validationLoss, boolean finite) {
      m_batchLoss = batchLoss;
      m_validationLoss = validationLoss;
      m_finite = finite;
    }

    @Override
    public double fitBatch(INDArray input, INDArray target, INDArray observed) {
      return m_batchLoss;
    }

    @Override
    public double loss(INDArray input, INDArray target, INDArray observed) {
      return m_validationLoss;
    }

    @Override
    public boolean parametersFinite() {
      return m_finite;
    }
  }

  private static final class Lines implements ProgressListener {
    final List<String> m_lines = new ArrayList<>();
    final List<String> m_warnings = new ArrayList<>();

    @Override
    public void epochFinished(EpochReport report) {
      m_lines.add(report.describe());
    }

    @Override
    public void trainingFinished(String summary) {
      m_lines.add(summary);
    }

    @Override
    public void warning(String message) {
      m_warnings.add(message);
    }
  }

  private static TrainingDivergedException diverge(Scripted network, double validationFraction, Lines lines) {
    return assertThrows(TrainingDivergedException.class, () -> Nd4jBoundary.call(1, () -> new TrainingLoop(
      new TrainingSettings(5, 10, 1, validationFraction, 0), lines).train(network,
        Nd4j.rand(DataType.FLOAT, 50, 3), null)));
  }

  @Test
  void anInfiniteMinibatchLossEndsTrainingAtOnce() {
    Lines lines = new Lines();
    TrainingDivergedException e = diverge(new Scripted(Double.POSITIVE_INFINITY, 1, true), 0, lines);
    assertEquals(1, e.epoch());
    assertTrue(e.getMessage().contains("the training loss of a minibatch became Infinity"), e.getMessage());
    assertEquals(1, lines.m_lines.size(), "one progress line, no training summary: " + lines.m_lines);
    assertTrue(lines.m_lines.get(0).contains("loss Infinity"), lines.m_lines.get(0));
  }

  @Test
  void aNaNHeldOutLossIsShownAsNaNThenEndsTraining() {
    Lines lines = new Lines();
    TrainingDivergedException e = diverge(new Scripted(0.5, Double.NaN, true), 0.2, lines);
    assertTrue(e.getMessage().contains("the loss on the held-out rows became NaN"), e.getMessage());
    assertTrue(lines.m_lines.get(0).contains("validation loss NaN"), "NaN is shown, not hidden as 'no validation': "
      + lines.m_lines.get(0));
  }

  @Test
  void weightsThatStopBeingFiniteEndTraining() {
    TrainingDivergedException e = diverge(new Scripted(0.5, 0.5, false), 0, new Lines());
    assertTrue(e.getMessage().contains("weights became NaN or infinite"), e.getMessage());
  }

  @Test
  void aValidationFractionThatHoldsOutNoRowIsAWarningAndTrainingGoesOn() throws Exception {
    Lines lines = new Lines();
    TrainingHistory history = Nd4jBoundary.call(1, () -> new TrainingLoop(new TrainingSettings(2, 10, 1, 0.1, 5),
      lines).train(new Scripted(0.5, 0.5, true), Nd4j.rand(DataType.FLOAT, 3, 2), null));
    assertEquals(2, history.epochsRun());
    assertEquals(1, lines.m_warnings.size());
    assertTrue(lines.m_warnings.get(0).contains("-validation-fraction 0.1 of 3 training row(s) holds out no row"),
      lines.m_warnings.get(0));
  }
}
