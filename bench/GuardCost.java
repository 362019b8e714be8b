import java.util.Locale;
import java.util.Random;

import weka.autoencoder.quality.ClosestRecords;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;

/**
 * What the privacy guard and the report's distance to closest record cost: for each file, 5,000 "generated" rows
 * (training rows with every numeric value moved by up to 5 % of its range and one in ten nominal values changed) are
 * checked against all training rows, as the guard does (is any row closer than 0.01?) and as the report does (the
 * exact closest distance). Prints "COST name trainingRows attributes guard_ms dcr_ms".
 */
public class GuardCost {

  public static void main(String[] args) throws Exception {
    for (String file : args) {
      Instances train = SyntheticBenchmark.load(file);
      Instances rows = perturbed(train, 5000, new Random(1));
      ClosestRecords closest = new ClosestRecords(train);
      long start = System.nanoTime();
      int rejected = 0;
      for (Instance row : rows) {
        rejected += closest.hasRowCloserThan(row, 0.01) ? 1 : 0;
      }
      double guard = (System.nanoTime() - start) / 1e6;
      start = System.nanoTime();
      closest.distances(rows);
      double dcr = (System.nanoTime() - start) / 1e6;
      System.out.printf(Locale.ROOT, "COST %s %d rows x %d attributes: guard %.0f ms (%d of 5000 closer than 0.01), "
        + "exact closest distances %.0f ms%n", train.relationName(), train.numInstances(), train.numAttributes(),
        guard, rejected, dcr);
    }
  }

  private static Instances perturbed(Instances train, int count, Random random) {
    Instances rows = new Instances(train, count);
    double[] range = new double[train.numAttributes()];
    for (int a = 0; a < range.length; a++) {
      if (train.attribute(a).isNumeric()) {
        range[a] = train.attributeStats(a).numericStats.max - train.attributeStats(a).numericStats.min;
      }
    }
    for (int i = 0; i < count; i++) {
      double[] v = train.instance(random.nextInt(train.numInstances())).toDoubleArray();
      for (int a = 0; a < v.length; a++) {
        if (train.attribute(a).isNumeric()) {
          v[a] += (random.nextDouble() - 0.5) * 0.1 * range[a];
        } else if (train.attribute(a).isNominal() && random.nextDouble() < 0.1) {
          v[a] = random.nextInt(train.attribute(a).numValues());
        }
      }
      rows.add(new DenseInstance(1.0, v));
    }
    return rows;
  }
}
