package weka.autoencoder.filter;

import java.io.PrintStream;

import weka.autoencoder.log.UserLog;
import weka.autoencoder.train.EpochReport;
import weka.autoencoder.train.ProgressListener;
import weka.core.logging.Logger;

/**
 * Shows training progress where a Weka user sees it: one line per epoch on standard error (the command line) and in
 * Weka's log. Lines closer together than a second are skipped, apart from the last epoch, so fast runs stay readable.
 */
public final class LoggingProgress implements ProgressListener {

  private static final long MIN_MILLIS_BETWEEN_LINES = 1000;

  private final String m_name;
  private final PrintStream m_out;
  private long m_lastLineAt = Long.MIN_VALUE;

  /**
   * @param name what is training, e.g. "Autoencoder", put before every line
   * @param out where lines go besides Weka's log (standard error from the command line)
   */
  public LoggingProgress(String name, PrintStream out) {
    m_name = name;
    m_out = out;
  }

  @Override
  public void epochFinished(EpochReport report) {
    long now = report.elapsedMillis();
    if (report.epoch() == 1 || report.epoch() == report.maxEpochs()
      || now - m_lastLineAt >= MIN_MILLIS_BETWEEN_LINES) {
      m_lastLineAt = now;
      line(report.describe());
    }
  }

  @Override
  public void trainingFinished(String summary) {
    line(summary);
  }

  /** Prints "Name: warning: ..." and logs it as a Weka warning. */
  @Override
  public void warning(String message) {
    line("warning: " + message, Logger.Level.WARNING);
  }

  private void line(String text) {
    line(text, Logger.Level.INFO);
  }

  private void line(String text, Logger.Level level) {
    UserLog.line(m_out, level, m_name + ": " + text);
  }
}
