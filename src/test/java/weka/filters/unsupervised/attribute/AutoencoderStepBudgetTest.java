package weka.filters.unsupervised.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import weka.autoencoder.TestData;
import weka.core.Instances;
import weka.filters.Filter;

/** The automatic training budget through the filter: options, the epochs it runs on a tiny data set, refusals. */
class AutoencoderStepBudgetTest {

  @Test
  void aTinyDataSetTrainsTheMinimumNumberOfStepsWithTheDefaultEpochs() throws Exception {
    Instances data = TestData.lowRank(24, 3);
    Autoencoder filter = new Autoencoder();
    filter.setOptions(new String[] {"-code-size", "2", "-hidden", "4", "-min-steps", "150", "-validation-fraction",
      "0", "-threads", "1"});
    filter.setInputFormat(data);
    Filter.useFilter(data, filter);
    assertEquals(150, filter.getModel().history().epochsRun(), "24 rows are one minibatch: 150 epochs = 150 steps");

    Autoencoder fixed = new Autoencoder();
    fixed.setOptions(new String[] {"-code-size", "2", "-hidden", "4", "-epochs", "7", "-min-steps", "150",
      "-validation-fraction", "0", "-threads", "1"});
    fixed.setInputFormat(data);
    Filter.useFilter(data, fixed);
    assertEquals(7, fixed.getModel().history().epochsRun(), "a fixed -epochs is kept");
  }

  @Test
  void theOptionsRoundTripAndAbsurdValuesAreRefusedByName() throws Exception {
    Autoencoder filter = new Autoencoder();
    assertEquals(0, filter.getEpochs(), "automatic by default");
    assertEquals(1000, filter.getMinSteps());
    filter.setOptions(new String[] {"-min-steps", "2500"});
    List<String> options = Arrays.asList(filter.getOptions());
    int at = options.indexOf("-min-steps");
    assertEquals("2500", options.get(at + 1));
    Autoencoder copy = new Autoencoder();
    copy.setOptions(filter.getOptions());
    assertEquals(2500, copy.getMinSteps());
    assertEquals(0, copy.getEpochs());
    Exception negative = assertThrows(Exception.class, () -> copy.setOptions(new String[] {"-min-steps", "-1"}));
    assertTrue(negative.getMessage().contains("-min-steps must be between 0 and 10000000, got -1"),
      negative.getMessage());
    Exception epochs = assertThrows(Exception.class, () -> copy.setOptions(new String[] {"-epochs", "-3"}));
    assertTrue(epochs.getMessage().contains("-epochs must be at least 0"), epochs.getMessage());
    assertThrows(Exception.class, () -> copy.setOptions(new String[] {"-min-steps", "many"}));
    assertEquals(2500, copy.getMinSteps(), "a refused setOptions changes nothing");
    assertTrue(copy.minStepsTipText().contains("optimiser steps"));
  }
}
