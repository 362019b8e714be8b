package weka.autoencoder.options;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import weka.autoencoder.arch.ActivationChoice;
import weka.autoencoder.noise.GaussianNoise;
import weka.autoencoder.noise.NoiseModel;
import weka.core.Option;
import weka.core.SelectedTag;

class OptionSheetTest {

  private static final List<Setting<?>> SETTINGS = SettingList.of(TrainingOptions.EPOCHS, NetworkOptions.HIDDEN,
    NetworkOptions.ACTIVATION, OutputOptions.APPEND_ERROR, NoiseOptions.NOISE, TrainingOptions.PLOT_DIRECTORY);

  @Test
  void absentOptionsTakeTheirDefaultAndGetOptionsReadsBack() throws Exception {
    OptionSheet sheet = new OptionSheet(SETTINGS);
    sheet.setOptions(new String[] {"-epochs", "7", "-activation", "ELU", "-error-attribute"});
    assertEquals(7, sheet.get(TrainingOptions.EPOCHS));
    assertEquals(ActivationChoice.ELU, sheet.get(NetworkOptions.ACTIVATION));
    assertTrue(sheet.get(OutputOptions.APPEND_ERROR));
    assertEquals(Arrays.asList("-epochs", "7", "-hidden", "512,128", "-activation", "elu", "-error-attribute",
      "-noise", "weka.autoencoder.noise.NoNoise"), sheet.getOptions(), "flag on, empty folder left out");
    sheet.setOptions(new String[0]);
    assertEquals(0, sheet.get(TrainingOptions.EPOCHS), "setOptions resets what is not given (0 = automatic), as "
      + "Weka expects");
    assertFalse(sheet.get(OutputOptions.APPEND_ERROR));
  }

  @Test
  void aBadValueNamesTheOptionAndChangesNothing() throws Exception {
    OptionSheet sheet = new OptionSheet(SETTINGS);
    sheet.setOptions(new String[] {"-epochs", "7"});
    Exception e = assertThrows(Exception.class,
      () -> sheet.setOptions(new String[] {"-epochs", "9", "-hidden", "12,x"}));
    assertTrue(e.getMessage().startsWith("-hidden"), e.getMessage());
    assertEquals(7, sheet.get(TrainingOptions.EPOCHS), "nothing changed by a rejected setOptions");
    assertEquals("-epochs must be at least 0, got -1.", assertThrows(Exception.class,
      () -> sheet.setOptions(new String[] {"-epochs", "-1"})).getMessage());
    assertThrows(IllegalArgumentException.class, () -> sheet.set(TrainingOptions.EPOCHS, -1));
    OptionSheet steps = new OptionSheet(SettingList.of(TrainingOptions.EPOCHS, TrainingOptions.MIN_STEPS));
    steps.setOptions(new String[] {"-min-steps", "2500"});
    assertEquals(Arrays.asList("-epochs", "0", "-min-steps", "2500"), steps.getOptions());
    assertEquals(2500, steps.get(TrainingOptions.MIN_STEPS));
    Exception absurd = assertThrows(Exception.class, () -> steps.setOptions(new String[] {"-min-steps", "-5"}));
    assertEquals("-min-steps must be between 0 and 10000000, got -5.", absurd.getMessage());
    assertThrows(Exception.class, () -> steps.setOptions(new String[] {"-min-steps", "20000000"}));
    assertEquals(2500, steps.get(TrainingOptions.MIN_STEPS), "a refused value changes nothing");
    assertThrows(IllegalArgumentException.class, () -> sheet.get(TrainingOptions.PATIENCE),
      "an option the sheet does not declare");
  }

  @Test
  void choicesComeFromTheEnumConstants() {
    ChoiceType<ActivationChoice> type = ChoiceType.of(ActivationChoice.class);
    assertEquals(ActivationChoice.values().length, type.tags().length);
    assertEquals("relu, leakyrelu, elu, tanh or sigmoid", type.alternatives());
    assertSame(type.tags(), ChoiceType.of(ActivationChoice.class).tags(), "one tag array per enum");
    OptionSheet sheet = new OptionSheet(SETTINGS);
    SelectedTag tanh = new SelectedTag(ActivationChoice.TANH.ordinal(), type.tags());
    sheet.setTag(NetworkOptions.ACTIVATION, tanh);
    assertEquals(ActivationChoice.TANH, sheet.get(NetworkOptions.ACTIVATION));
    assertEquals("tanh", sheet.tag(NetworkOptions.ACTIVATION).getSelectedTag().getReadable());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> type.parse("activation", "x"));
    assertEquals("Unknown -activation value 'x': use relu, leakyrelu, elu, tanh or sigmoid.", e.getMessage());
  }

  @Test
  void helpShowsSynopsisAndDefault() {
    List<Option> options = new OptionSheet(SETTINGS).listOptions();
    assertEquals("-epochs <n>", options.get(0).synopsis());
    assertTrue(options.get(0).description().endsWith("(default 0)"), options.get(0).description());
    assertEquals(0, options.get(3).numArguments(), "a flag takes no argument");
    assertTrue(options.get(5).description().endsWith("(default: none)"), options.get(5).description());
  }

  @Test
  void defaultsAreCopiedAndValuesSurviveSerialization() throws Exception {
    Setting<NoiseModel> noise = NoiseOptions.NOISE.withDefault(new GaussianNoise());
    List<Setting<?>> settings = SettingList.replacing(SETTINGS, noise);
    OptionSheet a = new OptionSheet(settings);
    OptionSheet b = new OptionSheet(settings);
    assertNotSame(a.get(noise), b.get(noise), "two filters must not share one mutable default");
    a.setOptions(new String[] {"-hidden", "8,4", "-noise", "GaussianNoise -stddev 0.3"});
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(a);
    }
    OptionSheet read;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      read = (OptionSheet) in.readObject();
    }
    assertFalse(read.isDeclared());
    read.declare(settings);
    assertArrayEquals(new int[] {8, 4}, read.get(NetworkOptions.HIDDEN));
    assertEquals(a.getOptions(), read.getOptions());
  }

  @Test
  void learningRateAndValidationFractionRanges() {
    TrainingOptions.LEARNING_RATE.validate(0.001);
    assertEquals("-learning-rate must be a positive number (typically 0.0001 to 0.01), got 0.0.",
      assertThrows(IllegalArgumentException.class, () -> TrainingOptions.LEARNING_RATE.validate(0.0)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> TrainingOptions.LEARNING_RATE.validate(11.0));
    assertThrows(IllegalArgumentException.class, () -> TrainingOptions.LEARNING_RATE.validate(Double.NaN));
    TrainingOptions.VALIDATION_FRACTION.validate(0.0);
    assertEquals("-validation-fraction must be at least 0 and below 1 (e.g. 0.1), got 1.0.",
      assertThrows(IllegalArgumentException.class, () -> TrainingOptions.VALIDATION_FRACTION.validate(1.0))
        .getMessage());
    assertThrows(IllegalArgumentException.class, () -> TrainingOptions.VALIDATION_FRACTION.validate(-0.1));
  }
}
