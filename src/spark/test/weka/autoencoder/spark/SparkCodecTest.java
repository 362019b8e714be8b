package weka.autoencoder.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.spark.api.java.JavaRDD;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import weka.autoencoder.codec.ColumnSummaries;
import weka.autoencoder.codec.EncodedBatch;
import weka.autoencoder.codec.Normalization;
import weka.autoencoder.codec.TabularCodec;
import weka.core.Instances;

/**
 * The codec the Spark job fits from partition summaries is the one the Weka filter fits on the same rows, for every
 * scaling; CSV rows are read as the ARFF header types them, with a clear message for a value that does not fit.
 */
class SparkCodecTest {

  @Test
  void theDistributedCodecEqualsTheWekaCodecOnTheSameRows(@TempDir Path dir) throws Exception {
    Instances data = SparkTestData.lowRank(3000, 0.05, 11);
    File[] files = SparkTestData.write(data, dir.toFile(), 3);
    Instances header = TypedData.header(SparkTestData.spark(), files[1].getPath(), "last");
    JavaRDD<Instances> chunks = TypedData.chunks(SparkTestData.spark(), files[0].getPath(), header, 128, 5);
    assertTrue(chunks.getNumPartitions() >= 3, "read in several partitions: " + chunks.getNumPartitions());
    ColumnSummaries distributed = chunks.map(ColumnSummaries::of).reduce(ColumnSummaries::merge);
    ColumnSummaries local = ColumnSummaries.of(data);
    assertEquals(3000, distributed.rows());
    for (int a = 0; a < data.numAttributes(); a++) {
      assertEquals(local.observed(a), distributed.observed(a), "observed " + a);
      assertEquals(local.missingRate(a), distributed.missingRate(a), 0, "missing rate " + a);
      if (data.attribute(a).isNominal()) {
        assertArrayEquals(local.labelCounts(a), distributed.labelCounts(a), "labels " + a);
      } else {
        assertEquals(local.min(a), distributed.min(a), 0, "min " + a);
        assertEquals(local.max(a), distributed.max(a), 0, "max " + a);
        assertEquals(local.mean(a), distributed.mean(a), 1e-12 * Math.abs(local.mean(a)), "mean " + a);
        assertEquals(local.sd(a), distributed.sd(a), 1e-9 * local.sd(a), "sd " + a);
      }
    }
    assertTrue(distributed.missingRate(0) > 0.02, "the data has missing values");
    for (Normalization normalization : Normalization.values()) {
      TabularCodec weka = TabularCodec.fit(data, normalization);
      TabularCodec spark = TabularCodec.fit(header, distributed, normalization);
      assertEquals(weka.width(), spark.width());
      EncodedBatch expected = weka.encode(data);
      EncodedBatch actual = spark.encode(data);
      assertArrayEquals(expected.observed(), actual.observed(), normalization + ": observed mask");
      float[] e = expected.values();
      float[] v = actual.values();
      for (int i = 0; i < e.length; i++) {
        assertEquals(e[i], v[i], 1e-6f * Math.max(1, Math.abs(e[i])), normalization + ": value " + i);
      }
      assertArrayEquals(weka.numericRange(expected), spark.numericRange(actual), 1e-6f, normalization + ": range");
    }
  }

  @Test
  void csvValuesAreReadAsTheHeaderTypesThem(@TempDir Path dir) throws Exception {
    Instances data = SparkTestData.lowRank(5, 0, 3);
    CsvRows rows = new CsvRows(data);
    String line = CsvRows.format(data.instance(0), data);
    assertArrayEquals(data.instance(0).toDoubleArray(), rows.parse(line).toDoubleArray(), 0);
    assertEquals(null, rows.parse("x0,x1,x2,x3,x4,x5,x6,x7,colour,class"), "a line of names is skipped");
    assertTrue(rows.parse("1,2,?,,5,6,7,8,'green',\"no\"").isMissing(3), "empty is missing");
    Exception e = assertThrows(IllegalArgumentException.class, () -> rows.parse("1,2,3,4,5,6,7,8,purple,no"));
    assertTrue(e.getMessage().contains("the value 'purple' of attribute 'colour' is not one of its labels"),
      e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> rows.parse("1,2,3,4,5,6,7,8,red"));
    assertTrue(e.getMessage().contains("has 9 values, but the header lists 10 attributes"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> rows.parse("1,2,3,abc,5,6,7,8,red,no"));
    assertTrue(e.getMessage().contains("'abc' of attribute 'x3' cannot be read as numeric"), e.getMessage());

    File bad = dir.resolve("bad.arff").toFile();
    Files.write(bad.toPath(), "not an arff file\n".getBytes());
    e = assertThrows(IllegalArgumentException.class,
      () -> TypedData.header(SparkTestData.spark(), bad.getPath(), "last"));
    assertTrue(e.getMessage().startsWith("the header file " + bad.getPath() + " is not an ARFF header"),
      e.getMessage());
  }
}
