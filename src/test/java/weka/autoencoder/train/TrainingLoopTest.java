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

class TrainingLoopTest {

  /** A stand-in network whose held-out loss per epoch is scripted and whose "parameters" are its epoch count. */
  private static final class ScriptedNetwork implements TrainableNetwork {
    private final double[] m_validationLosses;
    private int m_epoch;
    private int m_batches;
    private long m_rowsSeen;
    private final List<Long> m_batchSizes = new ArrayList<>();

    ScriptedNetwork(double... validationLosses) {
      m_validationLosses = validationLosses;
    }

    @Override
    public double fitBatch(INDArray input, INDArray target, INDArray observed) {
      m_batches++;
      m_rowsSeen += input.rows();
      m_batchSizes.add((long) input.rows());
      return 1.0;
    }

    @Override
    public double loss(INDArray input, INDArray target, INDArray observed) {
      return m_validationLosses[m_epoch++];
    }

    @Override
    public boolean parametersFinite() {
      return true;
    }

    @Override
    public INDArray copyParameters() {
      return Nd4j.scalar(DataType.FLOAT, m_epoch);
    }

    @Override
    public void restoreParameters(INDArray parameters) {
      m_epoch = -parameters.getInt(0);
    }
  }

  private static INDArray rows(int n) {
    return Nd4j.rand(DataType.FLOAT, n, 3);
  }

  @Test
  void earlyStoppingStopsAfterPatienceAndRestoresTheBestEpoch() throws Exception {
    ScriptedNetwork network = new ScriptedNetwork(5, 3, 4, 4, 1, 1);
    TrainingHistory history = Nd4jBoundary.call(1, () -> new TrainingLoop(
      new TrainingSettings(6, 10, 1, 0.2, 2), ProgressListener.SILENT).train(network, rows(100), null));
    assertEquals(4, history.epochsRun(), "epochs 3 and 4 did not improve on epoch 2, patience 2");
    assertEquals(2, history.keptEpoch());
    assertEquals(-2, network.m_epoch, "parameters copied after epoch 2 were restored");
  }

  @Test
  void withoutValidationAllEpochsRunOnAllRows() throws Exception {
    ScriptedNetwork network = new ScriptedNetwork();
    TrainingHistory history = Nd4jBoundary.call(1, () -> new TrainingLoop(
      new TrainingSettings(3, 32, 1, 0, 2), ProgressListener.SILENT).train(network, rows(100), null));
    assertEquals(3, history.epochsRun());
    assertEquals(300, network.m_rowsSeen);
    assertEquals(3 * 4, network.m_batches, "100 rows in batches of 32 are 4 batches");
    assertEquals(4L, (long) network.m_batchSizes.get(3), "the last batch holds the remaining rows");
    assertTrue(Double.isNaN(history.validationLoss().get(0)));
  }

  @Test
  void validationRowsAreHeldOutOfTraining() throws Exception {
    ScriptedNetwork network = new ScriptedNetwork(1, 1);
    Nd4jBoundary.call(1, () -> new TrainingLoop(new TrainingSettings(1, 1000, 1, 0.25, 0),
      ProgressListener.SILENT).train(network, rows(100), null));
    assertEquals(75, network.m_rowsSeen);
  }

  @Test
  void aSetInterruptFlagStopsTrainingCleanly() {
    ScriptedNetwork network = new ScriptedNetwork();
    Thread.currentThread().interrupt();
    try {
      TrainingStoppedException e = assertThrows(TrainingStoppedException.class, () -> Nd4jBoundary.call(1,
        () -> new TrainingLoop(new TrainingSettings(3, 10, 1, 0, 0), ProgressListener.SILENT)
          .train(network, rows(50), null)));
      assertTrue(e.getMessage().contains("stopped"));
      assertEquals(0, network.m_batches);
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void progressIsReportedEveryEpoch() throws Exception {
    List<EpochReport> reports = new ArrayList<>();
    List<String> summaries = new ArrayList<>();
    ProgressListener listener = new ProgressListener() {
      @Override
      public void epochFinished(EpochReport report) {
        reports.add(report);
      }

      @Override
      public void trainingFinished(String summary) {
        summaries.add(summary);
      }
    };
    Nd4jBoundary.call(1, () -> new TrainingLoop(new TrainingSettings(4, 8, 1, 0, 0), listener)
      .train(new ScriptedNetwork(), rows(20), null));
    assertEquals(4, reports.size());
    assertEquals(4, reports.get(3).epoch());
    assertTrue(reports.get(0).describe().startsWith("epoch 1/4  loss 1.00000"), reports.get(0).describe());
    assertEquals(1, summaries.size());
  }
}
