package weka.autoencoder.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import weka.autoencoder.WekaProcess;

/**
 * A user's install by name: the package repository the build wrote (Weka's own RepositoryIndexGenerator lists) is
 * served by a static HTTP server on 127.0.0.1, Weka is pointed at it with
 * {@code -Dweka.core.wekaPackageRepositoryURL}, lists the package as available, installs {@code autoencoders} by
 * name (downloading the zip the repository names) and runs a filter from it. Also: the URL set in
 * {@code $WEKA_HOME/props/PackageRepository.props} (what Weka's GUI reads), the default repository's URLs, and the
 * Precludes entry against wekaDeeplearning4j, at install and at load time.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RepositoryInstallIT {

  private static final String PLATFORM = System.getProperty("package.platform", "linux-x86_64");
  private static final String VERSION = System.getProperty("package.version", "0.1.0");

  private static HttpServer s_server;
  private static final List<String> s_requests = new CopyOnWriteArrayList<>();
  private static String s_repositoryUrl;
  /** Deleted when the tests pass, kept for a look when one fails: it holds an installed package (about 350 MB). */
  @TempDir(cleanup = CleanupMode.ON_SUCCESS)
  static Path s_work;
  private static WekaJvm s_weka;

  @BeforeAll
  static void serveTheRepository() throws Exception {
    Path root = Paths.get(System.getProperty("it.repository.dir", "target/it-repository"));
    assertTrue(Files.isRegularFile(root.resolve(PLATFORM).resolve("packageListWithVersion.txt")),
      "the build writes the test's repository into " + root);
    int port = Integer.parseInt(System.getProperty("it.repository.port"));
    s_server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 0);
    s_server.createContext("/", exchange -> serve(root, exchange));
    s_server.start();
    s_repositoryUrl = "http://127.0.0.1:" + port + "/" + PLATFORM;
    Files.createDirectories(s_work.resolve("wekahome"));
    s_weka = new WekaJvm(s_work.resolve("wekahome"), null, false)
      .property("weka.core.wekaPackageRepositoryURL", s_repositoryUrl);
  }

  /** A static file server: GET of a file below the root, 404 for anything else. */
  private static void serve(Path root, HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    s_requests.add(exchange.getRequestMethod() + " " + path);
    Path file = root.resolve(path.substring(1)).normalize();
    if (!file.startsWith(root) || !Files.isRegularFile(file)) {
      byte[] body = ("not found: " + path).getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(404, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
      return;
    }
    exchange.sendResponseHeaders(200, Files.size(file));
    try (OutputStream out = exchange.getResponseBody()) {
      Files.copy(file, out);
    }
  }

  @AfterAll
  static void stop() {
    if (s_server != null) {
      s_server.stop(0);
    }
  }

  @Test
  @Order(1)
  void theRepositoryListsOneAutoencodersPackageForThisPlatform() throws Exception {
    Path repository = Paths.get(System.getProperty("it.repository.dir")).resolve(PLATFORM);
    assertEquals("autoencoders", read(repository.resolve("packageList.txt")).trim());
    assertEquals("autoencoders:" + VERSION, read(repository.resolve("packageListWithVersion.txt")).trim());
    String latest = read(repository.resolve("autoencoders/Latest.props"));
    assertEquals(latest, read(repository.resolve("autoencoders/" + VERSION + ".props")));
    assertTrue(latest.contains("PackageURL=" + s_repositoryUrl + "/autoencoders-" + VERSION + "-" + PLATFORM
      + ".zip"), latest);
    assertTrue(Files.isRegularFile(repository.resolve("autoencoders-" + VERSION + "-" + PLATFORM + ".zip")));
  }

  @Test
  @Order(2)
  void wekaListsThePackageAsAvailableFromTheRepository() throws Exception {
    WekaProcess.Result listed = s_weka.run(300, "weka.core.WekaPackageManager", "-list-packages", "available");
    assertEquals(0, listed.exitCode, listed.toString());
    assertTrue(listed.output.matches("(?s).*" + Pattern.quote(VERSION) + "\\s+No\\s+autoencoders: Deep "
      + "autoencoders.*"), listed.toString());
    assertTrue(s_requests.stream().anyMatch(r -> r.equals("GET /" + PLATFORM + "/repo.zip")), s_requests.toString());
  }

  @Test
  @Order(3)
  void installingByNameDownloadsTheZipAndLoadsThePackage() throws Exception {
    WekaProcess.Result installed = s_weka.run(600, "weka.core.WekaPackageManager", "-install-package", "autoencoders");
    assertEquals(0, installed.exitCode, installed.toString());
    assertTrue(s_requests.contains("GET /" + PLATFORM + "/autoencoders-" + VERSION + "-" + PLATFORM + ".zip"),
      "the zip came from the repository's PackageURL: " + s_requests);
    Path packageDir = s_weka.home().resolve("packages/autoencoders");
    assertTrue(Files.isRegularFile(packageDir.resolve("autoencoders.jar")), installed.toString());
    assertTrue(read(packageDir.resolve("Description.props")).contains("OSArch=amd64")
      || !PLATFORM.equals("linux-x86_64"));

    WekaProcess.Result listed = s_weka.run(300, "weka.core.WekaPackageManager", "-list-packages", "installed");
    Matcher line = Pattern.compile("(?m)^" + Pattern.quote(VERSION) + "\\s+(\\S+)\\s+(Yes|No)\\s+autoencoders:.*$")
      .matcher(listed.output);
    assertTrue(line.find(), listed.toString());
    assertEquals("Yes", line.group(2), "loaded: " + line.group());
    assertEquals(VERSION, line.group(1), "installed from the repository, so Weka knows its repository version");
  }

  @Test
  @Order(4)
  void theInstalledPackageRunsAFilter() throws Exception {
    Path data = s_work.resolve("small.arff");
    StringBuilder arff = new StringBuilder("@relation small\n@attribute a numeric\n@attribute b numeric\n"
      + "@attribute c numeric\n@attribute d numeric\n@data\n");
    java.util.Random random = new java.util.Random(3);
    for (int i = 0; i < 60; i++) {
      double t = random.nextDouble();
      arff.append(t).append(',').append(1 - t).append(',').append(t * t).append(',').append(random.nextDouble())
        .append('\n');
    }
    Files.write(data, arff.toString().getBytes(StandardCharsets.UTF_8));
    Path out = s_work.resolve("small-code.arff");
    WekaProcess.Result run = s_weka.run(300, "weka.Run", ".Autoencoder", "-i", data.toString(), "-o", out.toString(),
      "-code-size", "2", "-hidden", "8", "-epochs", "3");
    assertEquals(0, run.exitCode, run.toString());
    assertTrue(run.output.contains("Autoencoder: epoch 1/3"), run.toString());
    String coded = read(out);
    assertTrue(coded.contains("@attribute code_1 numeric"), coded);
    assertFalse(coded.contains("@attribute a "), coded);
  }

  @Test
  @Order(5)
  void theUrlInPackageRepositoryPropsIsWhatWekasGuiUses() throws Exception {
    Path home = s_work.resolve("wekahome-props");
    Files.createDirectories(home.resolve("props"));
    Files.write(home.resolve("props/PackageRepository.props"),
      ("weka.core.wekaPackageRepositoryURL=" + s_repositoryUrl + "\n").getBytes(StandardCharsets.UTF_8));
    s_requests.clear();
    WekaJvm weka = new WekaJvm(home, null, false);
    WekaProcess.Result listed = weka.run(300, "weka.core.WekaPackageManager", "-list-packages", "available");
    assertEquals(0, listed.exitCode, listed.toString());
    assertTrue(listed.output.contains("autoencoders: Deep autoencoders"), listed.toString());
    assertTrue(s_requests.contains("GET /" + PLATFORM + "/repo.zip"), s_requests.toString());
  }

  @Test
  @Order(6)
  void theDefaultRepositoryNamesTheZipUnderRepositoryUrl() throws Exception {
    // Weka 3.8.6 cannot read a repository from a file: URL (its proxy lookup throws "protocol = file host = null"),
    // so the default build writes dist/repository for http://127.0.0.1:8000 (e.g. python3 -m http.server).
    Path repository = Paths.get(System.getProperty("repository.dir", "dist/repository")).resolve(PLATFORM);
    String latest = read(repository.resolve("autoencoders/Latest.props"));
    String url = System.getProperty("repository.url", "http://127.0.0.1:8000");
    assertTrue(latest.contains("PackageURL=" + url + "/" + PLATFORM + "/autoencoders-" + VERSION + "-" + PLATFORM
      + ".zip"), latest);
    assertEquals("autoencoders:" + VERSION, read(repository.resolve("packageListWithVersion.txt")).trim());
  }

  @Test
  @Order(7)
  void wekaDeeplearning4jPrecludesTheInstallAndTheLoad() throws Exception {
    // A stand-in for an installed wekaDeeplearning4j (only its Description.props matters to Weka's checks).
    Path home = s_work.resolve("wekahome-dl4j");
    writeWekaDeeplearning4j(home);
    WekaJvm weka = new WekaJvm(home, null, false)
      .property("weka.core.wekaPackageRepositoryURL", s_repositoryUrl);
    WekaProcess.Result refused = weka.run(300, "weka.core.WekaPackageManager", "-install-package", "autoencoders");
    assertTrue(refused.output.contains("autoencoders cannot be installed because it precludes the following "
      + "packages"), refused.toString());
    assertTrue(refused.output.contains("wekaDeeplearning4j"), refused.toString());
    assertFalse(Files.exists(home.resolve("packages/autoencoders/autoencoders.jar")), refused.toString());

    // Installed first, then wekaDeeplearning4j arrives: Weka no longer loads autoencoders, and says why.
    writeWekaDeeplearning4j(s_weka.home());
    // Weka's own install would refresh its cache of installed packages; the stand-in was copied in by hand
    Files.deleteIfExists(s_weka.home().resolve("packages/installedPackageCache.ser"));
    WekaJvm offline = new WekaJvm(s_weka.home(), null, true);
    WekaProcess.Result skipped = offline.run(300, "weka.Run", ".Autoencoder", "-h");
    assertTrue(skipped.output.contains("Skipping package autoencoders because it precludes one or more packages "
      + "that are already installed"), skipped.toString());
  }

  private static void writeWekaDeeplearning4j(Path home) throws IOException {
    Path dir = home.resolve("packages/wekaDeeplearning4j");
    Files.createDirectories(dir);
    Files.write(dir.resolve("Description.props"), ("PackageName=wekaDeeplearning4j\nVersion=1.7.2\n"
      + "Title=Weka wrappers for Deeplearning4j\nAuthor=x\nMaintainer=x\nLicense=GPL 3.0\nDescription=stand-in\n"
      + "PackageURL=http://127.0.0.1:1/none.zip\nDepends=weka (>=3.8.0)\n").getBytes(StandardCharsets.UTF_8));
  }

  private static String read(Path file) throws IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }
}
