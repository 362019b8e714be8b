package weka.autoencoder.conformance;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import weka.autoencoder.ImageTestData;
import weka.autoencoder.SequenceTestData;
import weka.autoencoder.TestData;
import weka.autoencoder.arch.ImageShape;
import weka.core.Instances;
import weka.filters.unsupervised.attribute.Autoencoder;
import weka.filters.unsupervised.attribute.ConvolutionalAutoencoder;
import weka.filters.unsupervised.attribute.DenoisingAutoencoder;
import weka.filters.unsupervised.attribute.RecurrentAutoencoder;
import weka.filters.unsupervised.attribute.VariationalAutoencoder;

/** The filter configurations every conformance test runs on (see {@link Subject}). */
final class Subjects {

  /** 8 x 8 grey images. */
  static final ImageShape GREY = new ImageShape(8, 8, 1, false);

  private static final String EPOCHS = "" + Subject.EPOCHS;

  /** Options every subject shares: few epochs, one thread, no validation split (every epoch runs). */
  private static final String[] COMMON = {"-epochs", EPOCHS, "-batch-size", "16", "-threads", "1",
    "-learning-rate", "0.01", "-validation-fraction", "0"};

  /** Non-default values of the options every filter shares (Filter's own flags included). */
  private static final String[] COMMON_CHANGED = {"-epochs", "12", "-min-steps", "300", "-batch-size", "8",
    "-learning-rate", "0.005",
    "-weight-decay", "1.0E-4", "-S", "9", "-validation-fraction", "0.2", "-patience", "3", "-noise",
    "weka.autoencoder.noise.MaskingNoise -probability 0.3", "-error-attribute", "-impute-rounds", "3",
    "-impute-noise", "0.2",
    "-error-per-attribute", "-outlier-attribute", "-contamination", "0.1", "-outlier-threshold", "0.5",
    "-outlier-probability", "-anomaly-score", "neighbours", "-threads", "2", "-plot-directory",
    new File(System.getProperty("java.io.tmpdir"), "plots").getPath(), "-model",
    new File(System.getProperty("java.io.tmpdir"), "in.model").getPath(), "-save-model",
    new File(System.getProperty("java.io.tmpdir"), "out.model").getPath(), "-output-debug-info",
    "-do-not-check-capabilities"};

  private static Path s_imageDirectory;

  private Subjects() {
  }

  private static String[] join(String[]... parts) {
    List<String> all = new ArrayList<>();
    for (String[] part : parts) {
      all.addAll(Arrays.asList(part));
    }
    return all.toArray(new String[0]);
  }

  static final Subject AUTOENCODER = new Subject("Autoencoder", Autoencoder.class,
    join(new String[] {"-code-size", "2", "-hidden", "8"}, COMMON),
    join(new String[] {"-code-size", "7", "-hidden", "40,20", "-activation", "tanh", "-output", "reconstruction",
      "-normalize", "standardize"}, COMMON_CHANGED),
    () -> TestData.lowRank(40, 1), () -> TestData.lowRank(10, 2));

  static final Subject DENOISING = new Subject("DenoisingAutoencoder", DenoisingAutoencoder.class,
    join(new String[] {"-code-size", "2", "-hidden", "8"}, COMMON),
    join(new String[] {"-code-size", "7", "-hidden", "40,20", "-activation", "elu", "-output", "code",
      "-normalize", "minmax"}, COMMON_CHANGED),
    () -> TestData.lowRank(40, 3), () -> TestData.lowRank(10, 4));

  static final Subject CONVOLUTIONAL_PIXELS = new Subject("ConvolutionalAutoencoder on pixel attributes",
    ConvolutionalAutoencoder.class,
    join(new String[] {"-width", "8", "-height", "8", "-channels", "1", "-filters", "4", "-code-size", "2"}, COMMON),
    join(new String[] {"-code-size", "7", "-width", "32", "-height", "24", "-channels", "3", "-channels-first",
      "-filters", "16,32,8", "-kernel-size", "5", "-downsampling", "pool", "-upsampling", "nearest", "-activation",
      "elu", "-pixel-range", "0-255", "-image-directory", "images", "-output", "reconstruction"}, COMMON_CHANGED),
    () -> ImageTestData.squares(32, GREY, 1, 1), () -> ImageTestData.squares(8, GREY, 1, 2));

  static final Subject CONVOLUTIONAL_FILES = new Subject("ConvolutionalAutoencoder on image files",
    ConvolutionalAutoencoder.class,
    join(new String[] {"-width", "8", "-height", "8", "-channels", "1", "-filters", "4", "-code-size", "2",
      "-image-directory", imageDirectory().toString()}, COMMON),
    join(new String[] {"-code-size", "7", "-width", "16", "-height", "12", "-channels", "3", "-filters", "8,4",
      "-kernel-size", "5", "-downsampling", "pool", "-upsampling", "nearest", "-activation", "tanh",
      "-pixel-range", "0-1", "-image-directory", "other-images", "-output", "reconstruction"}, COMMON_CHANGED),
    () -> imageFiles("train", 32, 5), () -> imageFiles("test", 8, 6));

  static final Subject RECURRENT_RELATIONAL = new Subject("RecurrentAutoencoder on a relational attribute",
    RecurrentAutoencoder.class,
    join(new String[] {"-code-size", "2", "-units", "4"}, COMMON),
    join(new String[] {"-code-size", "7", "-units", "32,16", "-relational-attribute", "2", "-sequence-channels",
      "3", "-sequence-attributes", "2-13", "-reverse-target", "-bidirectional", "-output", "reconstruction",
      "-normalize", "standardize", "-tokenizer", "weka.core.tokenizers.CharacterNGramTokenizer -max 1 -min 1",
      "-keep-case", "-vocabulary-size", "30", "-max-tokens", "12", "-embedding-size", "5",
      "-bag-of-words-weight", "0.5", "-unknown-weight", "0.25", "-text-summary", "last"}, COMMON_CHANGED),
    () -> SequenceTestData.relational(24, 2, 5, 1), () -> SequenceTestData.relational(8, 2, 5, 2));

  static final Subject RECURRENT_FLAT = new Subject("RecurrentAutoencoder on flat numeric windows",
    RecurrentAutoencoder.class,
    join(new String[] {"-code-size", "2", "-units", "4", "-sequence-channels", "2"}, COMMON),
    join(new String[] {"-code-size", "5", "-units", "6", "-relational-attribute", "last", "-sequence-channels",
      "4", "-sequence-attributes", "3-10", "-reverse-target", "-bidirectional", "-lstm-only", "-output",
      "reconstruction", "-normalize", "none",
      "-tokenizer", "weka.core.tokenizers.AlphabeticTokenizer", "-vocabulary-size", "7", "-max-tokens", "9",
      "-embedding-size", "3", "-bag-of-words-weight", "2", "-unknown-weight", "0",
      "-text-summary", "max"}, COMMON_CHANGED),
    () -> SequenceTestData.flat(24, 5, 2, 3), () -> SequenceTestData.flat(8, 5, 2, 4));

  static final Subject VARIATIONAL = new Subject("VariationalAutoencoder", VariationalAutoencoder.class,
    join(new String[] {"-code-size", "2", "-hidden", "8"}, COMMON),
    join(new String[] {"-code-size", "7", "-hidden", "40,20", "-activation", "leakyrelu", "-kl-weight", "0.5",
      "-kl-warmup", "4", "-distribution", "gaussian", "-code-output", "mean-and-variance", "-output",
      "reconstruction", "-normalize", "standardize"}, COMMON_CHANGED),
    () -> TestData.lowRank(40, 5), () -> TestData.lowRank(10, 6));

  /** @return every subject, for {@code @MethodSource} */
  static Stream<Subject> all() {
    return Stream.of(AUTOENCODER, DENOISING, CONVOLUTIONAL_PIXELS, CONVOLUTIONAL_FILES, RECURRENT_RELATIONAL,
      RECURRENT_FLAT, VARIATIONAL);
  }

  /** @return the folder the image-file subject reads from (made once per test run, removed at exit) */
  static synchronized Path imageDirectory() {
    if (s_imageDirectory == null) {
      try {
        Path dir = Files.createTempDirectory("conformance-images");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        s_imageDirectory = dir;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return s_imageDirectory;
  }

  /** Writes {@code n} PNG squares into a sub-folder and returns the file-name data naming them. */
  private static Instances imageFiles(String folder, int n, long seed) throws IOException {
    Instances pixels = ImageTestData.squares(n, GREY, 255, seed);
    File dir = imageDirectory().resolve(folder).toFile();
    dir.mkdirs();
    List<String> names = new ArrayList<>();
    for (String name : ImageTestData.writePngs(pixels, GREY, dir)) {
      names.add(folder + "/" + name);
    }
    return ImageTestData.fileList(names, pixels);
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort
    }
  }
}
