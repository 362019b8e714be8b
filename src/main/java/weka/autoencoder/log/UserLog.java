package weka.autoencoder.log;

import java.io.PrintStream;

import weka.core.logging.Logger;

/**
 * Writes a line where a Weka user sees it, whichever way Weka runs: on standard error for the command line and in
 * Weka's log for the Explorer and KnowledgeFlow (their Log panels). One place, so every message the package shows
 * reaches both.
 */
public final class UserLog {

  private UserLog() {
  }

  /** Writes an information line to standard error and to Weka's log. */
  public static void info(String message) {
    line(System.err, Logger.Level.INFO, message);
  }

  /**
   * @param out where the line goes besides Weka's log
   * @param level its level in Weka's log
   * @param message the whole line, already starting with who says it
   */
  public static void line(PrintStream out, Logger.Level level, String message) {
    out.println(message);
    out.flush();
    Logger.log(level, message);
  }
}
