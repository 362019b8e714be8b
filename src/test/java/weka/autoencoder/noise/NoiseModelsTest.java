package weka.autoencoder.noise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileInputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;

import weka.gui.GenericPropertiesCreator;

class NoiseModelsTest {

  @Test
  void fullAndShortClassNamesAndNoneAreRead() throws Exception {
    GaussianNoise gaussian = assertInstanceOf(GaussianNoise.class,
      NoiseModels.parse("weka.autoencoder.noise.GaussianNoise -stddev 0.5 -clip"));
    assertEquals(0.5, gaussian.getStddev(), 0);
    assertEquals(Clipping.ALWAYS, gaussian.clipping());
    assertEquals(Clipping.NEVER, ((GaussianNoise) NoiseModels.parse("GaussianNoise -no-clip")).clipping());
    assertEquals(Clipping.BOUNDED, ((GaussianNoise) NoiseModels.parse("GaussianNoise")).clipping());
    MaskingNoise masking = assertInstanceOf(MaskingNoise.class, NoiseModels.parse("MaskingNoise -probability 0.3"));
    assertEquals(0.3, masking.getProbability(), 0);
    assertInstanceOf(NoNoise.class, NoiseModels.parse("none"));
    assertInstanceOf(NoNoise.class, NoiseModels.parse(""));
    assertInstanceOf(NoNoise.class, NoiseModels.parse("weka.autoencoder.noise.NoNoise"));
  }

  @Test
  void everyModelSurvivesFormatThenParse() throws Exception {
    NoiseModel[] models = {new NoNoise(), NoiseModels.parse("GaussianNoise -stddev 0.25 -clip -nominal-probability 0"),
      NoiseModels.parse("MaskingNoise -probability 0.4"), NoiseModels.parse("SaltAndPepperNoise -probability 0.05")};
    for (NoiseModel model : models) {
      String spec = NoiseModels.format(model);
      NoiseModel copy = NoiseModels.parse(spec);
      assertEquals(model.getClass(), copy.getClass());
      assertEquals(spec, NoiseModels.format(copy));
    }
    assertEquals("weka.autoencoder.noise.MaskingNoise -probability 0.4", NoiseModels.format(models[2]));
  }

  @Test
  void unknownClassesNonNoiseClassesAndBadOptionsGiveClearMessages() {
    Exception unknown = assertThrows(Exception.class, () -> NoiseModels.parse("PinkNoise -level 3"));
    assertTrue(unknown.getMessage().contains("'PinkNoise'") && unknown.getMessage().contains("GaussianNoise"),
      unknown.getMessage());
    Exception notNoise = assertThrows(Exception.class, () -> NoiseModels.parse("java.lang.String"));
    assertTrue(notNoise.getMessage().contains("not a noise model"), notNoise.getMessage());
    Exception badOption = assertThrows(Exception.class, () -> NoiseModels.parse("GaussianNoise -stddev -2"));
    assertTrue(badOption.getMessage().contains("-stddev"), badOption.getMessage());
    Exception noneWithOptions = assertThrows(Exception.class, () -> NoiseModels.parse("none -probability 0.1"));
    assertTrue(noneWithOptions.getMessage().contains("none"), noneWithOptions.getMessage());
  }

  /** The package's props files, as the package manager reads them, list every model for the object editor. */
  @Test
  void thePackagePropsFilesMakeTheModelsSelectableInTheExplorer() throws Exception {
    GenericPropertiesCreator creator = new GenericPropertiesCreator("src/main/package/GenericPropertiesCreator.props");
    creator.execute(false, true);
    String listed = creator.getOutputProperties().getProperty(NoiseModel.class.getName());
    Set<String> classes = new HashSet<>(Arrays.asList(listed.split(",")));
    for (Class<?> model : new Class<?>[] {GaussianNoise.class, MaskingNoise.class, SaltAndPepperNoise.class,
      MissingValueNoise.class, NoNoise.class}) {
      assertTrue(classes.contains(model.getName()), model.getName() + " in " + listed);
    }
    assertFalse(classes.contains(ProbabilityNoise.class.getName()), "abstract base classes are not offered");

    Properties editors = new Properties();
    try (FileInputStream in = new FileInputStream("src/main/package/GUIEditors.props")) {
      editors.load(in);
    }
    assertEquals("weka.gui.GenericObjectEditor", editors.getProperty(NoiseModel.class.getName()));
  }
}
