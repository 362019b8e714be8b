package weka.autoencoder.options;

import java.io.File;

import weka.autoencoder.train.TrainingSettings;

/**
 * Options of the one training loop every filter and the generator share: epochs, minibatches, optimiser, seed,
 * early stopping, threads and training pictures. Defaults were chosen on the MNIST benchmark (bench/RESULTS.md):
 * with early stopping, 100 epochs rarely all run.
 */
public final class TrainingOptions {

  private TrainingOptions() {
  }

  public static final Setting<Integer> EPOCHS = Setting.of("epochs", "<n>", OptionTypes.WHOLE, 0)
    .describe("Maximum number of passes over the training data (0 = automatic: 100, more on small\n"
      + "data until -min-steps optimiser steps).").check(Checks.atLeast(0))
    .withTip("Maximum number of passes over the training data; early stopping may end training sooner. 0 (the "
      + "default) chooses it: 100 passes, or more on small data sets so that the network takes at least "
      + "-min-steps optimiser steps; early stopping then waits until those steps are done.");

  public static final Setting<Integer> MIN_STEPS = Setting.of("min-steps", "<n>", OptionTypes.WHOLE, 1000)
    .describe("Optimiser steps (minibatches) trained at least, before early stopping, when -epochs\n"
      + "is 0 (automatic).")
    .check(Checks.between(0, 10_000_000))
    .withTip("With -epochs 0 (automatic), the least number of optimiser steps (minibatches) to train before early "
      + "stopping may end training (the best epoch's weights are kept): a few hundred rows give only a few "
      + "minibatches per pass, so 100 passes would be too few steps to learn. Larger data sets take this many "
      + "steps within their first epochs. Ignored when -epochs is set.");

  public static final Setting<Integer> BATCH_SIZE = Setting.of("batch-size", "<n>", OptionTypes.WHOLE, 64)
    .describe("Rows per minibatch.").check(Checks.atLeast(1))
    .withTip("Rows per minibatch: each optimiser step averages the gradient over this many rows. Larger batches "
      + "process more rows per second but learn less from each; 64 reached the lowest loss for the same "
      + "training time on MNIST (bench/RESULTS-batch-size.md).");

  public static final Setting<Double> LEARNING_RATE = Setting.of("learning-rate", "<x>", OptionTypes.NUMBER, 0.001)
    .describe("Learning rate of the Adam optimiser.")
    .check(Checks.positiveAtMost(10, "typically 0.0001 to 0.01"))
    .withTip("Step size of the Adam optimiser; lower it if the loss jumps about, raise it if it falls very slowly.");

  public static final Setting<Double> WEIGHT_DECAY = Setting.of("weight-decay", "<x>", OptionTypes.NUMBER, 0.0)
    .describe("Weight decay (decoupled, 0 = none).").defaultText("0").check(Checks.nonNegative("0 = none"))
    .withTip("Shrinks the weights a little every step (decoupled weight decay) to reduce overfitting; 0 switches "
      + "it off.");

  public static final Setting<Integer> SEED = Setting.of("S", "<seed>", OptionTypes.WHOLE, 1)
    .describe("Random seed (weights, shuffling, validation split).")
    .withTip("Seed of the random weights, the shuffling and the validation split; the same seed and thread count "
      + "give the same result.");

  public static final Setting<Double> VALIDATION_FRACTION = Setting.of("validation-fraction", "<x>",
    OptionTypes.NUMBER, 0.1)
    .describe("Share of training rows held out for early stopping (0 = none).").check(Checks.fraction("0.1"))
    .withTip("Share of the training rows held out to measure the reconstruction loss after each epoch; training "
      + "stops when it no longer improves and keeps the best weights. 0 trains on all rows for all epochs.");

  public static final Setting<Integer> PATIENCE = Setting.of("patience", "<epochs>", OptionTypes.WHOLE, 10)
    .describe("Epochs without improvement of the held-out loss before stopping (0 = never).")
    .check(Checks.atLeast(0))
    .withTip("Epochs without improvement of the held-out loss before training stops (0 = run all epochs, still "
      + "keeping the best weights).");

  public static final Setting<Integer> THREADS = Setting.of("threads", "<n>", OptionTypes.WHOLE, 0)
    .describe("Threads for the network (0 = all cores).").check(Checks.atLeast(0))
    .withTip("Threads for the network's matrix arithmetic; 0 uses all cores.");

  public static final Setting<File> PLOT_DIRECTORY = Setting.of("plot-directory", "<dir>", OptionTypes.FILE,
    new File(""))
    .describe("Folder to write pictures of the training into (loss per epoch; for image data,\n"
      + "inputs beside reconstructions).").defaultText(": none").omittedWhen(TrainingOptions::isUnset)
    .withTip("Folder to write pictures of the training into when it trains: the training and validation loss "
      + "per epoch (loss.png) and, for image data, a grid of inputs beside their reconstructions "
      + "(reconstructions.png). Leave empty for no pictures.");

  /**
   * @param options a filter's or the generator's option values (declaring these training options)
   * @param seed the seed (the filter's -S, the generator's Weka seed)
   * @return the settings of the shared training loop
   */
  public static TrainingSettings loop(OptionSheet options, long seed) {
    int minSteps = options.declares(MIN_STEPS) ? options.get(MIN_STEPS) : 0;
    return new TrainingSettings(options.get(EPOCHS), options.get(BATCH_SIZE), seed,
      options.get(VALIDATION_FRACTION), options.get(PATIENCE), minSteps);
  }

  /** @return true for the "no folder" value: empty, or the working folder the GUI's file editor shows for it */
  public static boolean isUnset(File folder) {
    return folder == null || folder.getPath().trim().isEmpty();
  }
}
