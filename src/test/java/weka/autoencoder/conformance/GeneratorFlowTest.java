package weka.autoencoder.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import weka.autoencoder.TestData;
import weka.core.Instances;
import weka.core.converters.ArffSaver;
import weka.datagenerators.classifiers.classification.VariationalAutoencoderGenerator;
import weka.knowledgeflow.Flow;
import weka.knowledgeflow.FlowRunner;
import weka.knowledgeflow.StepManagerImpl;
import weka.knowledgeflow.steps.DataGenerator;
import weka.knowledgeflow.steps.Saver;

/**
 * The generator in a KnowledgeFlow, in this JVM and headless: a DataGenerator step holding it sends its dataSet to a
 * Saver; the flow is written as a JSON .kf file, read back and run with Weka's FlowRunner.
 */
class GeneratorFlowTest {

  @Test
  void aDataGeneratorStepSavesTheGeneratedRowsWithTheTrainingHeader(@TempDir Path dir) throws Exception {
    Instances training = TestData.lowRank(40, 31);
    String trainingFile = TestData.saveArff(training, dir.resolve("lowrank.arff")).toString();

    VariationalAutoencoderGenerator generator = new VariationalAutoencoderGenerator();
    generator.setOptions(GeneratorConformanceTest.quickOptions(trainingFile, "-n", "25"));
    DataGenerator generatorStep = new DataGenerator();
    generatorStep.setDataGenerator(generator);
    generatorStep.setName("Generator");
    ArffSaver arff = new ArffSaver();
    arff.setDir(dir.toString());
    arff.setFilePrefix("generated");
    Saver saverStep = new Saver();
    saverStep.setSaver(arff);
    saverStep.setRelationNameForFilename(false);
    saverStep.setName("Save");

    Flow flow = new Flow();
    flow.setFlowName("generate");
    StepManagerImpl source = new StepManagerImpl(generatorStep);
    StepManagerImpl target = new StepManagerImpl(saverStep);
    flow.addStep(source);
    flow.addStep(target);
    assertTrue(flow.connectSteps(source, target, "dataSet"), "DataGenerator -> Saver as dataSet");

    File kf = dir.resolve("generate.kf").toFile();
    flow.saveFlow(kf);
    String json = new String(Files.readAllBytes(kf.toPath()), StandardCharsets.UTF_8);
    assertTrue(json.contains(VariationalAutoencoderGenerator.class.getName()), json);
    assertTrue(json.contains("-training-file"), "the generator's options are stored in the .kf file:\n" + json);

    Flow loaded = Flow.loadFlow(kf, new FlowRunner.SimpleLogger());
    FlowRunner runner = new FlowRunner();
    runner.setFlow(loaded);
    try (StdErr err = StdErr.capture()) {
      runner.run();
      runner.waitUntilFinished();
      assertFalse(err.linesStartingWith(GeneratorConformanceTest.WHO + ": epoch 1/").isEmpty(),
        "training progress reaches standard error in a flow too:\n" + err.text());
    }
    assertFalse(runner.wasStopped(), "the flow ran to the end");

    Path saved = dir.resolve("generated.arff");
    assertTrue(Files.exists(saved), "the Saver wrote " + saved + "; folder holds " + java.util.Arrays.toString(
      dir.toFile().list()));
    Instances generated;
    try (Reader reader = Files.newBufferedReader(saved)) {
      generated = new Instances(reader);
    }
    generated.setClassIndex(generated.numAttributes() - 1);
    assertEquals(25, generated.numInstances());
    assertTrue(generated.equalHeaders(training), generated.equalHeadersMsg(training));
  }
}
