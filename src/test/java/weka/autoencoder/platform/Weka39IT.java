package weka.autoencoder.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import weka.autoencoder.WekaProcess;

/**
 * The same package zip in Weka 3.9 (weka-dev 3.9.6 from Maven Central, with the dependencies weka-stable 3.8.6 also
 * has): installed with 3.9's package manager, listed as loaded, a filter and the generator run from it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Weka39IT {

  /** Deleted when the tests pass, kept for a look when one fails: it holds an installed package (about 350 MB). */
  @TempDir(cleanup = CleanupMode.ON_SUCCESS)
  static Path s_work;
  private static WekaJvm s_weka;

  @BeforeAll
  static void install() throws Exception {
    Path jar = Paths.get(System.getProperty("weka.dev.jar", "target/weka-dev/weka-dev-3.9.6.jar"));
    assertTrue(Files.isRegularFile(jar), "weka-dev jar copied by the build: " + jar);
    Files.createDirectories(s_work.resolve("wekahome"));
    s_weka = new WekaJvm(s_work.resolve("wekahome"), jar, true);
    String zip = System.getProperty("package.zip");
    WekaProcess.Result installed = s_weka.run(600, "weka.core.WekaPackageManager", "-offline", "-install-package", zip);
    assertEquals(0, installed.exitCode, installed.toString());
  }

  @Test
  @Order(1)
  void itIsWeka396ThatRuns() throws Exception {
    WekaProcess.Result version = s_weka.run(120, "weka.core.Version");
    assertTrue(version.output.trim().startsWith("3.9.6"), version.toString());
  }

  @Test
  @Order(2)
  void weka39ListsThePackageAsLoaded() throws Exception {
    WekaProcess.Result listed = s_weka.run(300, "weka.core.WekaPackageManager", "-offline", "-list-packages",
      "installed");
    assertEquals(0, listed.exitCode, listed.toString());
    Matcher line = Pattern.compile("(?m)^\\S+\\s+\\S+\\s+(Yes|No)\\s+autoencoders:.*$").matcher(listed.output);
    assertTrue(line.find(), listed.toString());
    assertEquals("Yes", line.group(1), line.group());
  }

  @Test
  @Order(3)
  void aFilterRunsInWeka39() throws Exception {
    Path out = s_work.resolve("diabetes-code.arff");
    WekaProcess.Result run = s_weka.run(300, "weka.Run", ".Autoencoder", "-i", dataset("diabetes.arff"), "-o",
      out.toString(), "-c", "last", "-code-size", "3", "-hidden", "16", "-epochs", "3");
    assertEquals(0, run.exitCode, run.toString());
    String coded = new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
    assertTrue(coded.contains("@attribute code_2 numeric"), coded.substring(0, Math.min(600, coded.length())));
    assertEquals(768, dataLines(coded));
  }

  @Test
  @Order(4)
  void theGeneratorRunsInWeka39() throws Exception {
    Path out = s_work.resolve("generated.arff");
    WekaProcess.Result run = s_weka.run(300, "weka.Run", ".VariationalAutoencoderGenerator", "-training-file",
      dataset("diabetes.arff"), "-n", "25", "-S", "2", "-epochs", "5", "-hidden", "16", "-code-size", "2", "-o",
      out.toString());
    assertEquals(0, run.exitCode, run.toString());
    String generated = new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
    assertTrue(generated.matches("(?s).*@attribute '?class'? \\{ ?tested_negative, ?tested_positive\\}.*"),
      generated.substring(0, Math.min(600, generated.length())));
    assertEquals(25, dataLines(generated));
  }

  private static String dataset(String name) {
    return Paths.get(System.getProperty("datasets.dir", "datasets"), name).toString();
  }

  private static int dataLines(String arff) {
    String data = arff.substring(arff.toLowerCase().indexOf("@data") + 5);
    int n = 0;
    for (String line : data.split("\n")) {
      if (!line.trim().isEmpty() && !line.startsWith("%")) {
        n++;
      }
    }
    return n;
  }
}
