package weka.autoencoder.generate;

import java.io.File;

import weka.autoencoder.options.GeneratorOptions;
import weka.autoencoder.options.OptionSheet;
import weka.autoencoder.options.Setting;
import weka.autoencoder.options.TrainingOptions;
import weka.autoencoder.train.DivergenceAdvice;
import weka.autoencoder.train.ProgressListener;
import weka.autoencoder.train.TrainingSession;
import weka.autoencoder.train.TrainingSettings;
import weka.autoencoder.train.TrainingStoppedException;
import weka.autoencoder.variational.CodeOutput;
import weka.autoencoder.variational.VaeSettings;
import weka.core.Instances;

/**
 * Trains the generator's model from its options through the {@link TrainingSession} every variant uses (progress
 * lines, the window with Stop, the loss plot), and keeps the last model while the training file and the options it
 * depends on stay the same: the Explorer calls {@code defineDataFormat} again for every Generate.
 */
public final class GeneratorTraining {

  private final String m_who;
  private GeneratorModel m_last;
  private String m_lastKey;

  /** @param who the generator's name: the prefix of progress lines and messages */
  public GeneratorTraining(String who) {
    m_who = who;
  }

  /**
   * @param data the training file's instances ({@link TrainingFile}), already checked against the options
   * @param source the training file
   * @param options the generator's option values
   * @param seed the generator's seed
   * @param extra another progress listener, or null
   * @return the trained model, or the last one when nothing it depends on changed
   * @throws Exception when training fails; naming the generator when the user stopped it
   */
  public GeneratorModel train(Instances data, File source, OptionSheet options, int seed, ProgressListener extra)
    throws Exception {
    String key = source.getAbsolutePath() + "@" + source.lastModified() + " " + key(options) + " " + seed;
    if (m_last != null && key.equals(m_lastKey)) {
      return m_last;
    }
    VaeSettings network = new VaeSettings(options.get(GeneratorOptions.CODE_SIZE),
      options.get(GeneratorOptions.HIDDEN), options.get(GeneratorOptions.ACTIVATION),
      options.get(GeneratorOptions.KL_WEIGHT), options.get(GeneratorOptions.KL_WARMUP),
      options.get(GeneratorOptions.DISTRIBUTION), options.get(GeneratorOptions.LEARNING_RATE), 0, CodeOutput.MEAN);
    TrainingSettings training = TrainingOptions.loop(options, seed);
    int threads = options.get(GeneratorOptions.THREADS);
    TrainingSession session = new TrainingSession(m_who, options.get(GeneratorOptions.PLOT_DIRECTORY), extra)
      .withAdvice(DivergenceAdvice.forRun(data, options.get(GeneratorOptions.LEARNING_RATE), null, null));
    GeneratorModel model;
    try {
      model = session.run(progress -> GeneratorModel.train(data, network, training, threads, progress,
        source.getName()));
    } catch (TrainingStoppedException e) {
      throw new Exception(m_who + ": training was stopped by the user; nothing was generated and no model was "
        + "saved.", e);
    }
    m_last = model;
    m_lastKey = key;
    return model;
  }

  private static String key(OptionSheet options) {
    StringBuilder key = new StringBuilder();
    for (Setting<?> setting : GeneratorOptions.TRAINING) {
      key.append(text(options, setting)).append(' ');
    }
    return key.toString();
  }

  private static <T> String text(OptionSheet options, Setting<T> setting) {
    return setting.type().format(options.get(setting));
  }
}
