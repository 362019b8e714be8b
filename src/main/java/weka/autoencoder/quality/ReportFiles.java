package weka.autoencoder.quality;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;

/**
 * Where {@code -report <file>} puts the two forms of a report: the Markdown text in the file named (or beside it,
 * with .md, when the name ends in .arff or .csv), the table as ARFF beside it
 * ({@code <name>-table.arff}, so that {@code -report data.md -o data.arff} do not collide), or in the .arff/.csv named.
 */
public final class ReportFiles {

  private final File m_text;
  private final File m_table;

  private ReportFiles(File text, File table) {
    m_text = text;
    m_table = table;
  }

  /** @return the text and table files for the name a user gave */
  public static ReportFiles forName(File file) {
    String name = file.getName();
    String lower = name.toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    File dir = file.getAbsoluteFile().getParentFile();
    if (lower.endsWith(".arff") || lower.endsWith(".csv")) {
      return new ReportFiles(new File(dir, base + ".md"), file);
    }
    return new ReportFiles(file, new File(dir, base + "-table.arff"));
  }

  public File text() {
    return m_text;
  }

  public File table() {
    return m_table;
  }

  /** Writes both files. */
  public void write(QualityReport report, String markdown) throws IOException {
    Files.write(m_text.toPath(), markdown.getBytes(StandardCharsets.UTF_8));
    ReportTable.write(report, m_table);
  }
}
