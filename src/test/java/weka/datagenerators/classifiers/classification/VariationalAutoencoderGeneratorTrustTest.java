package weka.datagenerators.classifiers.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.FileReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import weka.autoencoder.TestData;
import weka.autoencoder.TestOptions;
import weka.autoencoder.quality.ClosestRecords;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;

/** What makes generated rows trustworthy: the privacy guard, -condition, the report, and every class present. */
class VariationalAutoencoderGeneratorTrustTest {

  private static final String DIR = TestData.datasetsDir();

  private static VariationalAutoencoderGenerator generator(String... extra) throws Exception {
    List<String> options = Arrays.asList("-epochs", "30", "-hidden", "32", "-code-size", "4", "-threads", "1",
      "-S", "1", "-n", "200");
    VariationalAutoencoderGenerator generator = new VariationalAutoencoderGenerator();
    generator.setOptions(TestOptions.merged(options, extra));
    return generator;
  }

  private static Instances run(VariationalAutoencoderGenerator generator) throws Exception {
    generator.defineDataFormat();
    return generator.generateExamples();
  }

  private static int redrawn(String comment) {
    Matcher m = Pattern.compile("; (\\d+) drawn rows were too close and drawn again").matcher(comment);
    assertTrue(m.find(), comment);
    return Integer.parseInt(m.group(1));
  }

  @Test
  void noGeneratedRowIsCloserThanTheGuardAndTheRedrawsAreCounted() throws Exception {
    Instances training = TestData.shipped("breast-cancer.arff");
    ClosestRecords closest = new ClosestRecords(training);
    VariationalAutoencoderGenerator guarded = generator("-training-file", DIR + "/breast-cancer.arff",
      "-min-distance", "0.25");
    Instances rows = run(guarded);
    assertEquals(200, rows.numInstances());
    for (Instance row : rows) {
      assertTrue(closest.distance(row) >= 0.25, row + " is " + closest.distance(row) + " from a training row");
    }
    String comment = guarded.generateStart();
    assertTrue(comment.contains("no row closer than 0.25 to any of the 286 training rows"), comment);
    int redrawn = redrawn(comment);
    assertTrue(redrawn > 0, "a quarter of the attributes must differ: some rows must have been drawn again");

    VariationalAutoencoderGenerator open = generator("-training-file", DIR + "/breast-cancer.arff",
      "-min-distance", "0.25", "-allow-copies");
    Instances unguarded = run(open);
    int close = 0;
    for (Instance row : unguarded) {
      close += closest.distance(row) < 0.25 ? 1 : 0;
    }
    assertTrue(close > 0, "without the guard the model does come that close");
    assertTrue(open.generateStart().contains("privacy guard off (-allow-copies)"), open.generateStart());
  }

  @Test
  void exactCopiesAreRefusedEvenAtDistanceZero() throws Exception {
    Instances training = TestData.shipped("breast-cancer.arff");
    ClosestRecords closest = new ClosestRecords(training);
    VariationalAutoencoderGenerator generator = generator("-training-file", DIR + "/breast-cancer.arff",
      "-min-distance", "0", "-n", "400");
    for (Instance row : run(generator)) {
      assertTrue(closest.distance(row) > 0, "exact copy " + row);
    }
    assertTrue(generator.generateStart().contains("no exact copy of any of the 286 training rows"));
  }

  @Test
  void aGuardNoRowCanPassFailsWithWhatToChange(@TempDir Path dir) throws Exception {
    ArrayList<Attribute> attributes = new ArrayList<>();
    attributes.add(new Attribute("a", Arrays.asList("yes", "no")));
    attributes.add(new Attribute("class", Arrays.asList("x", "y")));
    Instances all = new Instances("every-row", attributes, 4);
    for (int i = 0; i < 8; i++) {
      all.add(new DenseInstance(1.0, new double[] {i % 2, (i / 2) % 2}));
    }
    Path file = TestData.saveArff(all, dir.resolve("every-row.arff"));
    Exception e = assertThrows(Exception.class, () -> run(generator("-training-file", file.toString(),
      "-epochs", "2", "-n", "20")));
    assertTrue(e.getMessage().contains("could not be generated") && e.getMessage().contains("-allow-copies")
      && e.getMessage().contains("-min-distance"), e.getMessage());
    assertEquals(20, run(generator("-training-file", file.toString(), "-epochs", "2", "-n", "20",
      "-allow-copies")).numInstances(), "-allow-copies lets such data through");
  }

  @Test
  void conditionsHoldForEveryRowAndSayHowTheyWereMet() throws Exception {
    VariationalAutoencoderGenerator generator = generator("-training-file", DIR + "/diabetes.arff",
      "-condition", "class=tested_positive, plas=100..140");
    Instances rows = run(generator);
    assertEquals(200, rows.numInstances());
    int plas = rows.attribute("plas").index();
    for (Instance row : rows) {
      assertEquals("tested_positive", row.stringValue(row.classIndex()));
      assertTrue(row.value(plas) >= 100 && row.value(plas) <= 140, "plas " + row.value(plas));
    }
    String comment = generator.generateStart();
    assertTrue(comment.contains("class=tested_positive by conditioning"), comment);
    assertTrue(comment.contains("plas=100..140 by rejection;") && comment.contains("missed it"), comment);
    assertTrue(!comment.contains("training proportions"), "the condition decides the classes: " + comment);
  }

  @Test
  void badConditionsFailBeforeTraining() throws Exception {
    long start = System.nanoTime();
    String unknown = assertThrows(Exception.class, () -> run(generator("-training-file", DIR + "/diabetes.arff",
      "-condition", "weight=80", "-epochs", "1000"))).getMessage();
    assertTrue(unknown.contains("no attribute 'weight'"), unknown);
    String label = assertThrows(Exception.class, () -> run(generator("-training-file", DIR + "/diabetes.arff",
      "-condition", "class=ill", "-epochs", "1000"))).getMessage();
    assertTrue(label.contains("has no value 'ill'"), label);
    String range = assertThrows(Exception.class, () -> run(generator("-training-file", DIR + "/diabetes.arff",
      "-condition", "age=90..99", "-epochs", "1000"))).getMessage();
    assertTrue(range.contains("cannot be met") && range.contains("[21, 81]"), range);
    String contradiction = assertThrows(Exception.class, () -> run(generator("-training-file",
      DIR + "/diabetes.arff", "-condition", "class=tested_positive", "-class-value", "tested_negative",
      "-epochs", "1000"))).getMessage();
    assertTrue(contradiction.contains("different classes"), contradiction);
    assertTrue((System.nanoTime() - start) / 1e9 < 20, "1000 epochs were not trained for a bad condition");
  }

  @Test
  void everyTrainingClassAppearsInDataOfTheTrainingSize() throws Exception {
    Instances glass = TestData.shipped("glass.arff");
    int[] counts = glass.attributeStats(glass.classIndex()).nominalCounts;
    Instances rows = run(generator("-training-file", DIR + "/glass.arff", "-n", "" + glass.numInstances()));
    int[] generated = rows.attributeStats(rows.classIndex()).nominalCounts;
    for (int c = 0; c < counts.length; c++) {
      assertEquals(counts[c] > 0, generated[c] > 0, glass.classAttribute().value(c));
      assertEquals(counts[c], generated[c], "training size: the class counts are the training counts");
    }
  }

  @Test
  void theReportIsWrittenAsMarkdownAndAsATableAlsoFromASavedModel(@TempDir Path dir) throws Exception {
    File model = dir.resolve("iris.vae").toFile();
    File report = dir.resolve("iris-report.md").toFile();
    run(generator("-training-file", DIR + "/iris.arff", "-save-model", model.getPath(), "-report",
      report.getPath(), "-n", "150"));
    String text = new String(Files.readAllBytes(report.toPath()), StandardCharsets.UTF_8);
    assertTrue(text.contains("150 generated rows measured against 150 training rows"), text);
    assertTrue(text.contains("| detection accuracy (random forest, 5-fold CV) |"), text);
    assertTrue(text.contains("| petallength | numeric |"), text);
    assertTrue(text.contains("| Iris-setosa | 33.3 % | 33.3 % |"), text);
    assertTrue(text.contains("- privacy guard: no row closer than 0.01"), text);
    Instances table;
    try (FileReader reader = new FileReader(dir.resolve("iris-report-table.arff").toFile())) {
      table = new Instances(reader);
    }
    assertTrue(table.numInstances() > 20);

    File again = dir.resolve("again.arff").toFile();
    run(generator("-model", model.getPath(), "-report", again.getPath(), "-n", "50"));
    String fromModel = new String(Files.readAllBytes(dir.resolve("again.md")), StandardCharsets.UTF_8);
    assertTrue(fromModel.contains("50 generated rows measured against 150 training rows"), fromModel);
  }
}
