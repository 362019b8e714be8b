import weka.core.*; import weka.filters.Filter; import weka.filters.unsupervised.attribute.RecurrentAutoencoder; import java.io.*;
/**
 * Checks the README's relational example (datasets/co2-years.arff, one bag of weekly CO2 readings per year): trains
 * RecurrentAutoencoder with {@code -code-size 8 -units 32 -output reconstruction} plus the options given, and prints
 * the RMSE of the rebuilt CO2 values (ppm) and the share of quarter labels rebuilt right, over the observed weeks.
 *
 * <p>Usage (from the repository root): {@code RelationalExampleCheck [more RecurrentAutoencoder options]}, e.g.
 * with none (the defaults) and with {@code -batch-size 8 -learning-rate 0.005} (the README's advice).
 */
public final class RelationalExampleCheck {
  public static void main(String[] a) throws Exception {
    Instances data = new Instances(new FileReader("datasets/co2-years.arff")); data.setClassIndex(data.numAttributes()-1);
    RecurrentAutoencoder f = new RecurrentAutoencoder();
    String[] base = {"-code-size", "8", "-units", "32", "-output", "reconstruction", "-threads", "2"};
    String[] extra = a.length > 0 ? a : new String[0];
    String[] opts = new String[base.length + extra.length]; System.arraycopy(base,0,opts,0,base.length); System.arraycopy(extra,0,opts,base.length,extra.length);
    f.setOptions(opts); f.setInputFormat(data);
    long t = System.nanoTime(); Instances out = Filter.useFilter(data, f); double s = (System.nanoTime()-t)/1e9;
    int rel = -1; for (int i = 0; i < data.numAttributes(); i++) if (data.attribute(i).isRelationValued()) rel = i;
    double se = 0; int n = 0, right = 0, labels = 0;
    for (int i = 0; i < data.numInstances(); i++) {
      Instances in = data.instance(i).relationalValue(rel), re = out.instance(i).relationalValue(rel);
      for (int r = 0; r < in.numInstances(); r++) {
        if (!in.instance(r).isMissing(0)) { double d = in.instance(r).value(0) - re.instance(r).value(0); se += d*d; n++; }
        if (!in.instance(r).isMissing(1)) { labels++; if (in.instance(r).value(1) == re.instance(r).value(1)) right++; }
      }
    }
    System.out.printf("RESULT options=%s co2_rmse_ppm=%.3f quarter_accuracy=%.3f seconds=%.1f%n", String.join(" ", extra), Math.sqrt(se/n), right/(double)labels, s);
  }
}
