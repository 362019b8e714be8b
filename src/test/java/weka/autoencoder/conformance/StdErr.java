package weka.autoencoder.conformance;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Captures what is printed to System.err (where the filters print their progress lines) until closed; the previous
 * stream is restored on close.
 */
final class StdErr implements AutoCloseable {

  private final PrintStream m_previous;
  private final ByteArrayOutputStream m_buffer = new ByteArrayOutputStream();

  private StdErr() {
    m_previous = System.err;
    System.setErr(new PrintStream(m_buffer, true, StandardCharsets.UTF_8));
  }

  /** Starts capturing; use in try-with-resources. */
  static StdErr capture() {
    return new StdErr();
  }

  /** @return everything printed so far */
  String text() {
    synchronized (m_buffer) {
      return new String(m_buffer.toByteArray(), StandardCharsets.UTF_8);
    }
  }

  /** @return the lines printed so far that start with {@code prefix} */
  List<String> linesStartingWith(String prefix) {
    List<String> lines = new ArrayList<>();
    for (String line : text().split("\\R")) {
      if (line.startsWith(prefix)) {
        lines.add(line);
      }
    }
    return lines;
  }

  /** @return true when a line starts with "{@code who}: epoch {@code epoch}/" */
  boolean hasEpochLine(String who, int epoch) {
    return !linesStartingWith(who + ": epoch " + epoch + "/").isEmpty();
  }

  @Override
  public void close() {
    System.err.flush();
    System.setErr(m_previous);
  }
}
