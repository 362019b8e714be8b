package weka.autoencoder.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import weka.autoencoder.TestData;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;

/** -condition: which parts are met by conditioning and which by rejection, and the messages for bad conditions. */
class RowConditionTest {

  private static Instances diabetes() throws Exception {
    return TestData.shipped("diabetes.arff");
  }

  private static RowCondition parse(String text) throws Exception {
    Instances data = diabetes();
    return RowCondition.parse(text, data, ColumnStatistics.fit(data), true, true, "Gen");
  }

  private static String error(String text) {
    return assertThrows(IllegalArgumentException.class, () -> parse(text)).getMessage();
  }

  private static Instance row(Instances header, double plas, double age, int cls) {
    double[] v = new double[header.numAttributes()];
    v[header.attribute("plas").index()] = plas;
    v[header.attribute("age").index()] = age;
    v[header.classIndex()] = cls;
    Instance i = new DenseInstance(1.0, v);
    i.setDataset(header);
    return i;
  }

  @Test
  void theClassIsMetByConditioningAndOtherAttributesByRejection() throws Exception {
    Instances data = diabetes();
    RowCondition c = parse("class=tested_positive, age=20..30, plas=..120");
    assertEquals(data.classAttribute().indexOfValue("tested_positive"), c.classLabel());
    assertTrue(c.needsRejection());
    assertTrue(c.describe().contains("class=tested_positive by conditioning"), c.describe());
    assertTrue(c.describe().contains("age=20..30 by rejection"), c.describe());
    assertTrue(c.accepts(row(data, 120, 20, 0)), "ends included; the class part is not checked by rejection");
    assertFalse(c.accepts(row(data, 121, 25, 1)));
    assertFalse(c.accepts(row(data, 100, 31, 1)));
    Instance missing = row(data, 100, 25, 1);
    missing.setMissing(data.attribute("age"));
    assertFalse(c.accepts(missing), "a missing value never meets a condition");
    assertTrue(RowCondition.parse("class=tested_positive", data, ColumnStatistics.fit(data), false, true, "Gen")
      .needsRejection(), "without a class-conditional model the class is met by rejection");
    assertTrue(parse(" ").isEmpty());
    assertTrue(parse("age=25").accepts(row(data, 1, 25, 0)), "a single number");
    assertTrue(parse("AGE=25").accepts(row(data, 1, 25, 0)), "names match case-insensitively when not exact");
  }

  @Test
  void rejectionLabelsFollowTheClassesOfTrainingRowsMeetingTheCondition() throws Exception {
    Instances data = diabetes();
    RowCondition c = parse("plas=160..");
    int meet = 0;
    int positive = 0;
    for (Instance i : data) {
      if (i.value(data.attribute("plas")) >= 160) {
        meet++;
        positive += (int) i.classValue();
      }
    }
    assertEquals(meet / (double) data.numInstances(), c.trainingShare(data), 1e-12);
    assertTrue(positive > meet / 2, "high glucose: mostly positive in the data");
  }

  @Test
  void badConditionsAreNamedWithWhatToChange() {
    assertTrue(error("weight=3").contains("no attribute 'weight'") && error("weight=3").contains("plas"),
      error("weight=3"));
    assertTrue(error("class=maybe").contains("has no value 'maybe'")
      && error("class=maybe").contains("tested_negative, tested_positive"), error("class=maybe"));
    assertTrue(error("age=30..20").contains("impossible range"), error("age=30..20"));
    assertTrue(error("age=200..300").contains("training range [21, 81]"), error("age=200..300"));
    assertTrue(error("age=30.2..30.8").contains("whole numbers only"), error("age=30.2..30.8"));
    assertTrue(error("age=young").contains("not a number"), error("age=young"));
    assertTrue(error("age").contains("is not attribute=value"), error("age"));
    assertTrue(error("age=20..30,age=40..50").contains("twice"), error("age=20..30,age=40..50"));
  }

  @Test
  void withoutClippingARangeOutsideTheTrainingRangeIsAllowed() throws Exception {
    Instances data = diabetes();
    assertTrue(RowCondition.parse("age=82..90", data, ColumnStatistics.fit(data), true, false, "Gen")
      .needsRejection());
  }
}
