package weka.autoencoder.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import weka.autoencoder.TestData;
import weka.autoencoder.WekaProcess;
import weka.core.Instances;

/**
 * The real Weka Explorer in a real window (an Xvfb display), with the package installed in a temporary WEKA_HOME:
 * choose Autoencoder in the object editor, apply it, stop a long training. Screenshots go to target/screenshots.
 */
class ExplorerGuiIT {

  /** Deleted when the tests pass, kept for a look when one fails: it holds an installed package (about 350 MB). */
  @TempDir(cleanup = CleanupMode.ON_SUCCESS)
  static Path s_work;

  private static Process s_xvfb;
  private static String s_display;
  private static WekaProcess s_weka;
  private static Path s_data;
  private static Path s_home;

  @BeforeAll
  static void startDisplayAndInstall() throws Exception {
    boolean ci = "true".equals(System.getenv("CI"));
    boolean haveXvfb = Files.isExecutable(Paths.get("/usr/bin/Xvfb"));
    if (ci) {
      assertTrue(haveXvfb, "CI must install Xvfb (.ci/run does: apt-get install xvfb)");
    }
    Assumptions.assumeTrue(haveXvfb, "Xvfb is not installed: GUI tests skipped (apt-get install xvfb)");
    s_display = ":" + (90 + (int) (ProcessHandle.current().pid() % 9));
    s_xvfb = new ProcessBuilder("/usr/bin/Xvfb", s_display, "-screen", "0", "1280x1024x24", "-nolisten", "tcp")
      .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    // Ready when its socket is there: a fixed pause was sometimes too short, and the Explorer then found no display.
    Path socket = Paths.get("/tmp/.X11-unix/X" + s_display.substring(1));
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (s_xvfb.isAlive() && !Files.exists(socket) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertTrue(s_xvfb.isAlive() && Files.exists(socket), "Xvfb started on " + s_display + " (socket " + socket + ")");

    Path home = s_work.resolve("wekahome");
    Files.createDirectories(home);
    s_home = home;
    s_weka = new WekaProcess(home, "DISPLAY", s_display,
      driverClasses(Paths.get(System.getProperty("test.classes", "target/test-classes")), s_work.resolve("driver"))
        .toString());
    s_weka.installPackage();
    Instances digits = TestData.mnist(300);
    s_data = TestData.saveArff(digits, s_work.resolve("mnist-300.arff"));
  }

  /**
   * Copies the test classes the GUI driver needs, leaving out the adapters' tests: they sit in Weka's own
   * discovered packages (weka.filters..., weka.datagenerators...), where Weka's class discovery would try to load
   * them from its class path and fail on the package classes they refer to.
   */
  private static Path driverClasses(Path testClasses, Path into) throws Exception {
    try (java.util.stream.Stream<Path> files = Files.walk(testClasses)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String relative = testClasses.relativize(file).toString().replace(File.separatorChar, '/');
        if (Files.isRegularFile(file) && !relative.startsWith("weka/filters/")
          && !relative.startsWith("weka/datagenerators/")) {
          Path target = into.resolve(relative);
          Files.createDirectories(target.getParent());
          Files.copy(file, target);
        }
      }
    }
    return into;
  }

  @AfterAll
  static void stopDisplay() {
    if (s_xvfb != null) {
      s_xvfb.destroy();
    }
  }

  private static Map<String, String> results(String output) {
    Map<String, String> results = new HashMap<>();
    Matcher m = Pattern.compile("(?m)^RESULT (\\w+)=(.*)$").matcher(output);
    while (m.find()) {
      results.put(m.group(1), m.group(2).trim());
    }
    return results;
  }

  private static int colours(File png) throws Exception {
    BufferedImage image = ImageIO.read(png);
    Set<Integer> seen = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        seen.add(image.getRGB(x, y));
      }
    }
    return seen.size();
  }

  @Test
  void autoencoderChosenInTheObjectEditorAndAppliedOnThePreprocessPanel() throws Exception {
    File shot = new File("target/screenshots/explorer-autoencoder-applied.png").getAbsoluteFile();
    WekaProcess.Result run = s_weka.run(600, ExplorerDriver.class.getName(), "apply", s_data.toString(),
      shot.getPath(), "weka.filters.unsupervised.attribute.Autoencoder", "-code-size", "12", "-hidden", "32",
      "-epochs", "3");
    Map<String, String> r = results(run.output);
    assertEquals(0, run.exitCode, run.output);
    assertEquals("true", r.get("listed"), "Autoencoder is in the object editor's list:\n" + run.output);
    assertEquals("13", r.get("attributes"), run.output);
    assertEquals("300", r.get("instances"));
    assertEquals("code_0", r.get("firstAttribute"));
    assertEquals("digit", r.get("lastAttribute"));
    assertTrue(shot.isFile() && colours(shot) > 20, "screenshot of the panel, not blank");
  }

  @Test
  void theShippedFlowOpensInTheKnowledgeFlow() throws Exception {
    File shot = new File("target/screenshots/knowledgeflow-autoencoder-vs-pca.png").getAbsoluteFile();
    Path flow = s_home.resolve("packages/autoencoders/flows/autoencoder-vs-pca.kf");
    WekaProcess.Result run = s_weka.run(300, ExplorerDriver.class.getName(), "flow", flow.toString(),
      shot.getPath());
    Map<String, String> r = results(run.output);
    assertEquals(0, run.exitCode, run.output);
    assertEquals("12", r.get("steps"), "all steps of the flow are on the canvas:\n" + run.output);
    assertTrue(shot.isFile() && colours(shot) > 20, "screenshot of the flow");
  }

  @Test
  void stopDuringALongTrainingLeavesAUsablePanel() throws Exception {
    File shot = new File("target/screenshots/explorer-after-stop.png").getAbsoluteFile();
    WekaProcess.Result run = s_weka.run(600, ExplorerDriver.class.getName(), "stop", s_data.toString(),
      shot.getPath(), "weka.filters.unsupervised.attribute.Autoencoder", "-code-size", "12", "-epochs", "100000",
      "-validation-fraction", "0");
    Map<String, String> r = results(run.output);
    assertEquals(0, run.exitCode, run.output);
    assertEquals("true", r.get("progressWindow"), "a progress window shows while training:\n" + run.output);
    assertTrue(Long.parseLong(r.get("stoppedAfterMillis")) < 10_000, "Stop ends training promptly: " + run.output);
    assertEquals("true", r.get("progressWindowClosed"), run.output);
    assertEquals("785 before=785", r.get("attributesAfterStop"), "the data is unchanged after Stop");
    assertEquals("6", r.get("attributes"), "a later Apply works: 5 codes + class\n" + run.output);
    File progress = new File(shot.getPath().replace(".png", "-progress.png"));
    assertTrue(progress.isFile() && colours(progress) > 5, "screenshot of the progress window");
  }
}
