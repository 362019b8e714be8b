package weka.autoencoder.generate;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import weka.core.Instance;
import weka.core.Instances;

/**
 * Generates rows that meet a {@link RowCondition} and pass the {@link PrivacyGuard}: every rejected row is drawn
 * again (with its class label kept) for at most {@value #MAX_ROUNDS} rounds. Rounds draw several candidates per
 * missing row when most candidates are being rejected, so a rare condition needs few rounds. Counts what was
 * rejected and why, for the log and the ARFF comment; fails with a message saying what to change when rows are
 * still missing after the last round.
 */
public final class GuardedGeneration {

  /** Rounds of redraws at most. */
  static final int MAX_ROUNDS = 100;
  /** Candidates drawn per missing row in one round at most. */
  static final int MAX_CANDIDATES = 64;

  private final Instances m_rows;
  private final int m_privacyRejected;
  private final int m_conditionRejected;
  private final int m_drawn;

  private GuardedGeneration(Instances rows, int privacyRejected, int conditionRejected, int drawn) {
    m_rows = rows;
    m_privacyRejected = privacyRejected;
    m_conditionRejected = conditionRejected;
    m_drawn = drawn;
  }

  /**
   * @param model the model
   * @param header the output header (the training header, perhaps renamed)
   * @param labels the class label of every row (class-conditional model) or null
   * @param count rows wanted
   * @param condition what every row must meet
   * @param guard the privacy guard
   * @param sampling temperature, clipping, threads
   * @param random source of every draw
   * @return the rows (in order) and the counts
   * @throws Exception when ND4J fails, or rows are still rejected after the last round
   */
  public static GuardedGeneration run(GeneratorModel model, Instances header, int[] labels, int count,
    RowCondition condition, PrivacyGuard guard, Sampling sampling, Random random, String who) throws Exception {
    Instance[] slots = new Instance[count];
    int[] pending = new int[count];
    for (int i = 0; i < count; i++) {
      pending[i] = i;
    }
    int pendingCount = count;
    int privacy = 0;
    int rejectedByCondition = 0;
    int drawn = 0;
    int accepted = 0;
    int candidates = 1;
    for (int round = 0; round < MAX_ROUNDS && pendingCount > 0; round++) {
      int n = pendingCount * candidates;
      int[] roundLabels = labels == null ? null : new int[n];
      if (labels != null) {
        for (int k = 0; k < n; k++) {
          roundLabels[k] = labels[pending[k / candidates]];
        }
      }
      Instances drawnRows = model.generateAll(header, roundLabels, n, sampling.temperature(), sampling.clip(),
        sampling.threads(), random, sampling.matching());
      drawn += n;
      int stillPending = 0;
      for (int p = 0; p < pendingCount; p++) {
        int slot = pending[p];
        for (int c = 0; c < candidates && slots[slot] == null; c++) {
          Instance row = drawnRows.instance(p * candidates + c);
          if (!condition.accepts(row)) {
            rejectedByCondition++;
          } else if (guard.rejects(row)) {
            privacy++;
          } else {
            slots[slot] = row;
            accepted++;
          }
        }
        if (slots[slot] == null) {
          pending[stillPending++] = slot;
        }
      }
      pendingCount = stillPending;
      int tried = privacy + rejectedByCondition + accepted;
      candidates = (int) Math.min(MAX_CANDIDATES, Math.max(1, Math.ceil(tried / (double) Math.max(1, accepted))));
    }
    if (pendingCount > 0) {
      throw new IllegalArgumentException(failure(who, count, pendingCount, drawn, privacy, rejectedByCondition,
        condition, guard));
    }
    Instances rows = new Instances(header, count);
    rows.addAll(Arrays.asList(slots));
    return new GuardedGeneration(rows, privacy, rejectedByCondition, drawn);
  }

  private static String failure(String who, int count, int missing, int drawn, int privacy, int byCondition,
    RowCondition condition, PrivacyGuard guard) {
    StringBuilder b = new StringBuilder(who).append(": ").append(missing).append(" of the ").append(count)
      .append(" rows could not be generated after ").append(drawn).append(" draws (").append(byCondition)
      .append(" missed the condition, ").append(privacy).append(" were too close to a training row). ");
    if (byCondition >= privacy) {
      b.append("The condition '").append(condition.describe()).append("' is too rare for this model: widen it.");
    } else {
      b.append(String.format(Locale.ROOT, "Most rows came within %s of a training row: lower -min-distance, raise "
        + "-temperature, or give -allow-copies if copies of training rows may be shared.",
        PrivacyGuard.format(guard.minDistance())));
    }
    return b.toString();
  }

  /** @return the generated rows */
  public Instances rows() {
    return m_rows;
  }

  /** @return rows rejected and drawn again by the privacy guard */
  public int privacyRejected() {
    return m_privacyRejected;
  }

  /** @return rows rejected and drawn again because they missed the condition */
  public int conditionRejected() {
    return m_conditionRejected;
  }

  /** @return rows drawn in all */
  public int drawn() {
    return m_drawn;
  }

  /** How rows are drawn: temperature, clipping to the training range, ND4J threads, marginal matching. */
  public static final class Sampling {
    private final double m_temperature;
    private final boolean m_clip;
    private final int m_threads;
    private final MarginalMatching m_matching;

    /** @param matching the marginal matching, or null for values as decoded */
    public Sampling(double temperature, boolean clip, int threads, MarginalMatching matching) {
      m_temperature = temperature;
      m_clip = clip;
      m_threads = threads;
      m_matching = matching;
    }

    /** @return the marginal matching, or null */
    public MarginalMatching matching() {
      return m_matching;
    }

    public double temperature() {
      return m_temperature;
    }

    public boolean clip() {
      return m_clip;
    }

    public int threads() {
      return m_threads;
    }
  }
}
