package weka.autoencoder.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OptionValuesTest {

  @Test
  void valuesAreReadAndRemovedAndAbsentOnesTakeTheDefault() throws Exception {
    String[] options = {"-epochs", " 12 ", "-learning-rate", "0.01"};
    assertEquals(12, OptionValues.whole("epochs", options, 5));
    assertEquals(0.01, OptionValues.number("learning-rate", options, 0.001), 1e-12);
    assertEquals(5, OptionValues.whole("epochs", options, 5), "read options are consumed, as Weka expects");
    assertEquals(0.5, OptionValues.number("stddev", options, 0.5), 1e-12);
  }

  @Test
  void malformedNumbersNameTheOption() {
    IllegalArgumentException whole = assertThrows(IllegalArgumentException.class,
      () -> OptionValues.whole("batch-size", new String[] {"-batch-size", "1.5"}, 64));
    assertEquals("-batch-size needs a whole number, got '1.5'.", whole.getMessage());
    IllegalArgumentException number = assertThrows(IllegalArgumentException.class,
      () -> OptionValues.number("kl-weight", new String[] {"-kl-weight", "high"}, 1));
    assertTrue(number.getMessage().startsWith("-kl-weight needs a number"), number.getMessage());
  }

  @Test
  void probabilitiesMustLieInZeroToOne() {
    assertEquals(0.25, OptionValues.probability("probability", 0.25), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> OptionValues.probability("probability", 1.0));
    assertThrows(IllegalArgumentException.class, () -> OptionValues.probability("probability", Double.NaN));
  }

  @Test
  void boundsNameTheOptionAndTheValue() {
    OptionValues.requireAtLeast("epochs", 1, 1);
    IllegalArgumentException whole = assertThrows(IllegalArgumentException.class,
      () -> OptionValues.requireAtLeast("epochs", 0, 1));
    assertEquals("-epochs must be at least 1, got 0.", whole.getMessage());
    OptionValues.requireAtLeast("kl-weight", 0.0, 0);
    IllegalArgumentException decimal = assertThrows(IllegalArgumentException.class,
      () -> OptionValues.requireAtLeast("kl-weight", -0.5, 0));
    assertEquals("-kl-weight must be at least 0, got -0.5.", decimal.getMessage());
    assertThrows(IllegalArgumentException.class,
      () -> OptionValues.requireAtLeast("kl-weight", Double.POSITIVE_INFINITY, 0));
    assertThrows(IllegalArgumentException.class, () -> OptionValues.requireAtLeast("kl-weight", Double.NaN, 0));
  }
}
