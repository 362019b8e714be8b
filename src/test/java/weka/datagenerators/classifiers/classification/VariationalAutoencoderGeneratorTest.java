package weka.datagenerators.classifiers.classification;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.FileReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import weka.autoencoder.generate.ColumnStatistics;
import weka.autoencoder.TestOptions;
import weka.autoencoder.TestData;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.datagenerators.DataGenerator;

/** The generator through Weka's DataGenerator API and its command line. */
class VariationalAutoencoderGeneratorTest {

  private static final String DIABETES = TestData.datasetsDir() + "/diabetes.arff";

  /** A fast configuration: a tiny network, a few epochs, one thread. */
  private static VariationalAutoencoderGenerator quick(String... extra) throws Exception {
    List<String> options = Arrays.asList("-epochs", "3", "-hidden", "16", "-code-size", "2",
      "-threads", "1", "-S", "1", "-n", "200");
    VariationalAutoencoderGenerator generator = new VariationalAutoencoderGenerator();
    generator.setOptions(TestOptions.merged(options, extra));
    return generator;
  }

  /** Runs the generator as the Explorer's Generate dialog does: format, then one instance at a time. */
  private static Instances generateOneByOne(DataGenerator generator) throws Exception {
    generator.defineDataFormat();
    Instances result = generator.getDatasetFormat();
    for (int i = 0; i < generator.getNumExamplesAct(); i++) {
      result.add(generator.generateExample());
    }
    return result;
  }

  @Test
  void instancesHaveTheTrainingHeaderTypesRangesAndClassProportions() throws Exception {
    Instances training = TestData.shipped("diabetes.arff");
    VariationalAutoencoderGenerator generator = quick("-training-file", DIABETES, "-temperature", "3");
    Instances generated = generateOneByOne(generator);
    assertTrue(generated.equalHeaders(training), generated.equalHeadersMsg(training));
    assertEquals(training.relationName(), generated.relationName());
    assertEquals(200, generated.numInstances());
    ColumnStatistics stats = ColumnStatistics.fit(training);
    for (int a = 0; a < training.numAttributes() - 1; a++) {
      for (int i = 0; i < generated.numInstances(); i++) {
        double v = generated.instance(i).value(a);
        assertTrue(v >= stats.min(a) && v <= stats.max(a), training.attribute(a).name() + " = " + v);
        if (stats.isIntegral(a)) {
          assertEquals(Math.rint(v), v, 0, training.attribute(a).name() + " must be whole");
        }
      }
    }
    assertTrue(stats.isIntegral(0) && !stats.isIntegral(5), "preg is whole, mass is not");
    int[] counts = generated.attributeStats(generated.classIndex()).nominalCounts;
    int[] trainingCounts = training.attributeStats(training.classIndex()).nominalCounts;
    assertEquals(200.0 * trainingCounts[1] / training.numInstances(), counts[1], 1.0, "positives");
  }

  @Test
  void theSameSeedGivesTheSameInstancesAndAnotherSeedOthers() throws Exception {
    VariationalAutoencoderGenerator generator = quick("-training-file", DIABETES);
    double[][] first = TestData.values(generateOneByOne(generator));
    VariationalAutoencoderGenerator again = quick("-training-file", DIABETES);
    again.defineDataFormat();
    assertArrayEquals(first, TestData.values(again.generateExamples()), "batch and one-by-one, same seed");
    generator.setSeed(2);
    assertFalse(Arrays.deepEquals(first, TestData.values(generateOneByOne(generator))));
  }

  @Test
  void classValueGeneratesOnlyThatClassAndAnUnknownValueListsTheLabels() throws Exception {
    VariationalAutoencoderGenerator generator = quick("-training-file", DIABETES, "-class-value",
      "tested_positive", "-n", "50");
    Instances generated = generateOneByOne(generator);
    for (int i = 0; i < generated.numInstances(); i++) {
      assertEquals("tested_positive", generated.instance(i).stringValue(generated.classIndex()));
    }
    generator.setClassValue("maybe");
    Exception e = assertThrows(Exception.class, generator::defineDataFormat);
    assertTrue(e.getMessage().contains("'maybe'") && e.getMessage().contains("tested_negative, tested_positive"),
      e.getMessage());
  }

  @Test
  void theClassConditionSteersWhatIsGenerated(@TempDir Path dir) throws Exception {
    // Two classes far apart in x0 and x1: rows generated for class b must lie where b's training rows are.
    ArrayList<Attribute> attributes = new ArrayList<>();
    attributes.add(new Attribute("x0"));
    attributes.add(new Attribute("x1"));
    attributes.add(new Attribute("class", Arrays.asList("a", "b")));
    Instances data = new Instances("two-blobs", attributes, 400);
    Random random = new Random(5);
    for (int i = 0; i < 400; i++) {
      int c = i % 4 == 0 ? 1 : 0;
      data.add(new DenseInstance(1.0, new double[] {10 * c + random.nextGaussian(), -4 * c
        + random.nextGaussian(), c}));
    }
    File file = save(data, dir.resolve("blobs.arff"));
    VariationalAutoencoderGenerator generator = quick("-training-file", file.getPath(), "-epochs", "60",
      "-learning-rate", "0.01", "-n", "400");
    Instances generated = generateOneByOne(generator);
    double[] sums = new double[2];
    int[] counts = new int[2];
    for (int i = 0; i < generated.numInstances(); i++) {
      int c = (int) generated.instance(i).classValue();
      sums[c] += generated.instance(i).value(0);
      counts[c]++;
    }
    assertEquals(100, counts[1], "a quarter of the rows is of class b, as in training");
    assertTrue(sums[0] / counts[0] < 3 && sums[1] / counts[1] > 7,
      "mean x0 of a: " + sums[0] / counts[0] + ", of b: " + sums[1] / counts[1]);
  }

  @Test
  void missingValuesComeAtTheTrainingRate() throws Exception {
    Instances labor = TestData.shipped("labor.arff");
    VariationalAutoencoderGenerator generator = quick("-training-file", TestData.datasetsDir() + "/labor.arff",
      "-n", "1000");
    Instances generated = generateOneByOne(generator);
    for (int a = 0; a < labor.numAttributes() - 1; a++) {
      double expected = labor.attributeStats(a).missingCount / (double) labor.numInstances();
      double actual = generated.attributeStats(a).missingCount / 1000.0;
      assertEquals(expected, actual, 0.07, labor.attribute(a).name());
    }
    assertEquals(0, generated.attributeStats(labor.classIndex()).missingCount, "the class is never missing");
  }

  @Test
  void aNumericClassIsGeneratedLikeAnyAttribute() throws Exception {
    VariationalAutoencoderGenerator generator = quick("-training-file", DIABETES, "-class-index", "8", "-n", "30");
    Instances generated = generateOneByOne(generator);
    assertEquals("age", generated.classAttribute().name());
    for (int i = 0; i < generated.numInstances(); i++) {
      double age = generated.instance(i).classValue();
      assertTrue(age >= 21 && age <= 81 && age == Math.rint(age), "age " + age);
    }
    generator.setClassValue("tested_positive");
    Exception e = assertThrows(Exception.class, generator::defineDataFormat);
    assertTrue(e.getMessage().contains("-class-value needs a nominal class") && e.getMessage().contains("'age'"),
      e.getMessage());
  }

  @Test
  void theCommandLineWritesTheHeaderAndTheInstances(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("new.arff");
    DataGenerator.makeData(new VariationalAutoencoderGenerator(), new String[] {"-training-file", DIABETES,
      "-n", "25", "-epochs", "2", "-hidden", "8", "-threads", "1", "-o", out.toString()});
    String text = new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
    assertTrue(text.contains("@relation pima_diabetes") && text.contains("@data"), text);
    assertTrue(text.contains("class-conditional on 'class'"), text);
    try (FileReader reader = new FileReader(out.toFile())) {
      Instances data = new Instances(reader);
      assertEquals(25, data.numInstances());
      assertEquals(9, data.numAttributes());
    }
  }

  @Test
  void aSavedModelGeneratesTheSameInstancesWithoutTraining(@TempDir Path dir) throws Exception {
    File model = dir.resolve("diabetes.vae").toFile();
    VariationalAutoencoderGenerator trainer = quick("-training-file", DIABETES, "-save-model", model.getPath());
    double[][] expected = TestData.values(generateOneByOne(trainer));
    assertTrue(model.length() > 1000);
    VariationalAutoencoderGenerator user = quick("-model", model.getPath(), "-epochs", "999");
    assertArrayEquals(expected, TestData.values(generateOneByOne(user)));
    VariationalAutoencoderGenerator both = quick("-model", model.getPath(), "-training-file", DIABETES);
    Exception e = assertThrows(Exception.class, both::defineDataFormat);
    assertTrue(e.getMessage().contains("-training-file") && e.getMessage().contains("-model"), e.getMessage());

    // A truncated copy is reported as damaged, in one line naming the file.
    File cut = dir.resolve("cut.vae").toFile();
    Files.write(cut.toPath(), Arrays.copyOf(Files.readAllBytes(model.toPath()), (int) model.length() / 2));
    e = assertThrows(Exception.class, quick("-model", cut.getPath())::defineDataFormat);
    assertTrue(e.getMessage().contains(cut.getPath() + " is damaged or was written by an incompatible version of "
      + "the autoencoders package: retrain and save it again"), e.getMessage());
    // An unwritable -save-model is refused before training.
    File nowhere = dir.resolve("missing-folder").resolve("m.vae").toFile();
    e = assertThrows(Exception.class, quick("-training-file", DIABETES, "-save-model", nowhere.getPath())
      ::defineDataFormat);
    assertTrue(e.getMessage().contains("cannot save the model to " + nowhere + " (-save-model)"), e.getMessage());
  }

  @Test
  void aMontageOfGeneratedImagesIsWritten(@TempDir Path dir) throws Exception {
    Instances mnist = TestData.mnist(200);
    File train = save(mnist, dir.resolve("digits.arff"));
    File png = dir.resolve("digits.png").toFile();
    VariationalAutoencoderGenerator generator = quick("-training-file", train.getPath(), "-epochs", "1", "-n", "12",
      "-width", "28", "-height", "28", "-montage", png.getPath());
    generator.defineDataFormat();
    BufferedImage image = ImageIO.read(png);
    assertEquals(4 * 30 + 2, image.getWidth());
    assertEquals(3 * 30 + 2, image.getHeight());
    VariationalAutoencoderGenerator wrongSize = quick("-training-file", train.getPath(), "-epochs", "1", "-width",
      "30", "-height", "30", "-montage", png.getPath());
    Exception e = assertThrows(Exception.class, wrongSize::defineDataFormat);
    assertTrue(e.getMessage().contains("900 numeric pixel attributes"), e.getMessage());
  }

  @Test
  void noTrainingFileIsAClearError() throws Exception {
    Exception e = assertThrows(Exception.class, () -> quick().defineDataFormat());
    assertTrue(e.getMessage().contains("no training file") && e.getMessage().contains("-training-file"),
      e.getMessage());
    Exception missing = assertThrows(Exception.class,
      () -> quick("-training-file", "does-not-exist.arff").defineDataFormat());
    assertTrue(missing.getMessage().contains("does-not-exist.arff"), missing.getMessage());
    Exception montage = assertThrows(Exception.class,
      () -> quick("-training-file", DIABETES, "-montage", "x.png").defineDataFormat());
    assertTrue(montage.getMessage().contains("-width"), montage.getMessage());
  }

  @Test
  void aStringAttributeInTheHeaderIsNamed(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("notes.arff");
    Files.write(file, ("@relation notes\n@attribute x numeric\n@attribute note string\n@attribute c {a,b}\n@data\n"
      + "1,'hello',a\n2,'bye',b\n").getBytes(StandardCharsets.UTF_8));
    Exception e = assertThrows(Exception.class, () -> quick("-training-file", file.toString()).defineDataFormat());
    assertTrue(e.getMessage().contains("'note'") && e.getMessage().contains("RemoveType"), e.getMessage());
  }

  @Test
  void everyOptionSurvivesAGetOptionsSetOptionsRoundTrip(@TempDir Path dir) throws Exception {
    Path file = Files.createFile(dir.resolve("t.arff"));
    VariationalAutoencoderGenerator generator = quick("-training-file", file.toString(), "-class-index", "first",
      "-save-model", dir.resolve("m.vae").toString(), "-class-value", "yes", "-temperature", "0.7", "-no-clip",
      "-width", "8", "-height", "8", "-channels", "3", "-montage", dir.resolve("m.png").toString(), "-activation",
      "elu", "-batch-size", "16", "-learning-rate", "0.002", "-kl-weight", "0.5", "-kl-warmup", "3", "-validation-fraction", "0.2",
      "-patience", "4", "-distribution", "gaussian", "-r", "synthetic");
    String[] options = generator.getOptions();
    VariationalAutoencoderGenerator copy = new VariationalAutoencoderGenerator();
    copy.setOptions(options.clone());
    assertArrayEquals(options, copy.getOptions());
    assertEquals(0.7, copy.getTemperature(), 0);
    assertTrue(copy.getNoClip());
    assertEquals(3, copy.getKlWarmup());
    Exception e = assertThrows(Exception.class, () -> quick("-temperature", "0"));
    assertTrue(e.getMessage().contains("-temperature"), e.getMessage());
    Exception unknown = assertThrows(Exception.class, () -> quick("-temprature", "2"));
    assertTrue(unknown.getMessage().contains("-temprature"), unknown.getMessage());
  }

  @Test
  void globalInfoAndEveryPropertyHaveHelpText() throws Exception {
    VariationalAutoencoderGenerator generator = new VariationalAutoencoderGenerator();
    assertTrue(generator.globalInfo().contains("class-conditional"));
    for (java.beans.PropertyDescriptor p : java.beans.Introspector
      .getBeanInfo(VariationalAutoencoderGenerator.class).getPropertyDescriptors()) {
      if (p.getReadMethod() != null && p.getWriteMethod() != null && !p.getName().equals("options")
        && !p.getName().equals("random") && !p.getName().equals("output") && !p.getName().equals("datasetFormat")) {
        java.lang.reflect.Method tip = VariationalAutoencoderGenerator.class.getMethod(p.getName() + "TipText");
        assertFalse(((String) tip.invoke(generator)).isEmpty(), p.getName());
      }
    }
  }

  static File save(Instances data, Path path) throws Exception {
    return TestData.saveArff(data, path).toFile();
  }
}
