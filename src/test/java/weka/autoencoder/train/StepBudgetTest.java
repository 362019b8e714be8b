package weka.autoencoder.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import weka.autoencoder.nd4j.Nd4jBoundary;

class StepBudgetTest {

  @Test
  void smallDataGetsMoreEpochsAndNoEarlyStopBeforeTheMinimum() {
    // 90 rows in minibatches of 64: 2 steps per epoch; 1000 steps need 500 epochs, 5x the automatic 100.
    StepBudget budget = new TrainingSettings(0, 64, 1, 0.1, 10, 1000).budget(90);
    assertTrue(budget.raised());
    assertEquals(2, budget.stepsPerEpoch());
    assertEquals(500, budget.epochs());
    assertEquals(1000, budget.maxSteps());
    assertEquals(10, budget.patience());
    assertEquals(500, budget.firstStop(), "early stopping waits for the 1000 steps");
    assertTrue(budget.describe().contains("raised from 100 epochs to reach -min-steps 1000, no early stop before "
      + "epoch 500"), budget.describe());
  }

  @Test
  void largeDataKeepsTheAutomaticHundredEpochs() {
    // 7,200 rows (the MNIST quickstart's 8,000 less 10 % held out): 113 steps per epoch, 11,300 in 100 epochs.
    StepBudget budget = new TrainingSettings(0, 64, 1, 0.1, 10, 1000).budget(7200);
    assertFalse(budget.raised());
    assertEquals(100, budget.epochs());
    assertEquals(10, budget.patience());
    assertEquals(113, budget.stepsPerEpoch());
    assertEquals(9, budget.firstStop(), "1000 steps are done in 9 epochs; patience 10 cannot stop sooner anyway");
  }

  @Test
  void fixedEpochsAndZeroPatienceAreKept() {
    StepBudget fixed = new TrainingSettings(3, 64, 1, 0.1, 10, 1000).budget(20);
    assertEquals(3, fixed.epochs(), "an explicit -epochs is not raised");
    assertEquals(10, fixed.patience());
    assertEquals(1, fixed.firstStop(), "early stopping from the first epoch");
    StepBudget never = new TrainingSettings(0, 8, 1, 0.1, 0, 1000).budget(20);
    assertEquals(334, never.epochs(), "3 steps per epoch: ceil(1000 / 3)");
    assertEquals(0, never.patience(), "patience 0 (never stop early) stays 0");
    assertEquals(100, new TrainingSettings(0, 8, 1, 0.1, 5, 0).budget(20).epochs(), "-min-steps 0: 100 epochs");
  }

  @Test
  void theLoopTakesTheMinimumNumberOfStepsOnATinyDataSet() throws Exception {
    List<Long> batches = new ArrayList<>();
    List<String> summaries = new ArrayList<>();
    TrainableNetwork network = new CountingNetwork(batches);
    ProgressListener listener = new ProgressListener() {
      @Override
      public void epochFinished(EpochReport report) {
      }

      @Override
      public void trainingFinished(String summary) {
        summaries.add(summary);
      }
    };
    TrainingHistory history = Nd4jBoundary.call(1, () -> new TrainingLoop(new TrainingSettings(0, 64, 1, 0, 5, 250),
      listener).train(network, Nd4j.rand(DataType.FLOAT, 20, 3), null));
    assertEquals(250, batches.size(), "20 rows are one minibatch per epoch, so 250 epochs give 250 steps");
    assertEquals(250, history.epochsRun());
    assertTrue(batches.stream().allMatch(b -> b == 20));
    assertEquals(1, summaries.size());
    assertTrue(summaries.get(0).contains("= 250 optimiser steps"), summaries.get(0));
    assertTrue(summaries.get(0).contains("budget 250 epoch(s) x 1 step(s) = 250 steps, raised from 100 epochs"),
      summaries.get(0));
  }

  @Test
  void earlyStoppingWaitsForTheMinimumNumberOfSteps() throws Exception {
    // 25 rows, 5 held out: one minibatch per epoch; the held-out loss never improves after epoch 1.
    List<Long> automatic = new ArrayList<>();
    TrainingHistory waited = Nd4jBoundary.call(1, () -> new TrainingLoop(new TrainingSettings(0, 64, 1, 0.2, 2, 30),
      ProgressListener.SILENT).train(new CountingNetwork(automatic), Nd4j.rand(DataType.FLOAT, 25, 3), null));
    assertEquals(30, waited.epochsRun(), "no early stop before 30 steps");
    assertEquals(1, waited.keptEpoch(), "the best epoch's weights are still the ones kept");
    List<Long> fixed = new ArrayList<>();
    TrainingHistory stopped = Nd4jBoundary.call(1, () -> new TrainingLoop(new TrainingSettings(30, 64, 1, 0.2, 2, 30),
      ProgressListener.SILENT).train(new CountingNetwork(fixed), Nd4j.rand(DataType.FLOAT, 25, 3), null));
    assertEquals(3, stopped.epochsRun(), "with -epochs 30 early stopping acts after patience 2");
  }

  /** Counts the minibatches it is given; its held-out loss is always 1 (never improves after the first epoch). */
  private static final class CountingNetwork extends ParameterlessNetwork {
    private final List<Long> m_batches;

    CountingNetwork(List<Long> batches) {
      m_batches = batches;
    }

    @Override
    public double fitBatch(INDArray input, INDArray target, INDArray observed) {
      m_batches.add(input.size(0));
      return 1.0 / m_batches.size();
    }

    @Override
    public double loss(INDArray input, INDArray target, INDArray observed) {
      return 1;
    }
  }
}
