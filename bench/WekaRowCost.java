import weka.core.DenseInstance;
import weka.core.Instances;
import weka.filters.AllFilter;
import weka.filters.Filter;

/**
 * What Weka alone costs per output row when a filter returns 785-value rows (issue 15: is writing reconstructions
 * into Weka instances what keeps the denoising filter behind PyTorch?). Times a pass-through filter through
 * {@code Filter.useFilter}, and building the same rows as this package's filters do (a new {@code double[]} per row,
 * a {@code DenseInstance}, {@code Instances.add}), on the 2,000 MNIST test digits; 5 rounds, best of 3 each.
 *
 * <p>Usage (from the repository root): {@code WekaRowCost}
 */
public final class WekaRowCost {

  private WekaRowCost() {
  }

  public static void main(String[] args) throws Exception {
    Instances test = BenchSupport.load("datasets/mnist-test.arff.gz");
    int rows = test.numInstances();
    for (int round = 0; round < 5; round++) {
      double passThrough = Double.MAX_VALUE;
      double building = Double.MAX_VALUE;
      for (int k = 0; k < 3; k++) {
        AllFilter filter = new AllFilter();
        filter.setInputFormat(test);
        long start = System.nanoTime();
        Instances out = Filter.useFilter(test, filter);
        passThrough = Math.min(passThrough, (System.nanoTime() - start) / 1e9);
        check(out, rows);
        start = System.nanoTime();
        Instances built = new Instances(test, rows);
        for (int i = 0; i < rows; i++) {
          double[] values = new double[test.numAttributes()];
          System.arraycopy(test.instance(i).toDoubleArray(), 0, values, 0, values.length);
          built.add(new DenseInstance(1.0, values));
        }
        building = Math.min(building, (System.nanoTime() - start) / 1e9);
        check(built, rows);
      }
      System.out.printf(java.util.Locale.ROOT, "RESULT round=%d pass_through_us_per_row=%.2f building_us_per_row=%.2f%n",
        round, passThrough * 1e6 / rows, building * 1e6 / rows);
    }
  }

  private static void check(Instances out, int rows) {
    if (out.numInstances() != rows) {
      throw new IllegalStateException(out.numInstances() + " rows out of " + rows);
    }
  }
}
