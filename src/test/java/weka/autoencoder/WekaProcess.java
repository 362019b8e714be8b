package weka.autoencoder;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs Weka in a separate JVM with only Weka's own classpath and a private WEKA_HOME, as a user's Weka would, so
 * the package is reached through Weka's package loader and its class-loader isolation.
 */
public final class WekaProcess {

  /** What a finished process left behind. */
  public static final class Result {
    public final int exitCode;
    public final String output;

    Result(int exitCode, String output) {
      this.exitCode = exitCode;
      this.output = output;
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n" + output;
    }
  }

  private final Path m_wekaHome;
  private final String m_classpath;
  private final java.util.Map<String, String> m_environment = new java.util.HashMap<>();

  /**
   * @param wekaHome the private WEKA_HOME
   * @throws Exception if Weka's classpath file written by the Maven build is missing
   */
  public WekaProcess(Path wekaHome) throws Exception {
    this(wekaHome, null, null, null);
  }

  /**
   * @param wekaHome the private WEKA_HOME
   * @param variable an environment variable to set (e.g. DISPLAY), or null
   * @param value its value
   * @param extraClasspath a folder of test classes (e.g. a GUI driver) put after Weka's jars, or null
   * @throws Exception if Weka's classpath file written by the Maven build is missing
   */
  public WekaProcess(Path wekaHome, String variable, String value, String extraClasspath) throws Exception {
    m_wekaHome = wekaHome;
    if (variable != null) {
      m_environment.put(variable, value);
    }
    String jars = String.join(File.pathSeparator, wekaJars());
    m_classpath = extraClasspath == null ? jars : jars + File.pathSeparator + extraClasspath;
  }

  /**
   * The usual start of an installed-package test: a private WEKA_HOME as the folder "wekahome" of {@code work}, and
   * the built package installed into it.
   *
   * @param work a scratch folder of the test
   * @return a Weka process for that home
   * @throws Exception if the home cannot be made or the install fails (the test then fails)
   */
  public static WekaProcess withPackageInstalled(Path work) throws Exception {
    Path home = work.resolve("wekahome");
    Files.createDirectories(home);
    WekaProcess weka = new WekaProcess(home);
    weka.installPackage();
    return weka;
  }

  /** @return the private WEKA_HOME this process runs Weka with */
  public Path wekaHome() {
    return m_wekaHome;
  }

  /**
   * @return the jars of Weka's classpath as the Maven build wrote it (system property {@code weka.classpath.file});
   *         Maven lists a .pom entry among Weka's dependencies, which breaks Weka's class scanning: jars only
   * @throws Exception if that file is missing
   */
  public static List<String> wekaJars() throws Exception {
    String file = System.getProperty("weka.classpath.file", "target/weka.classpath");
    String raw = new String(Files.readAllBytes(Paths.get(file)), StandardCharsets.UTF_8).trim();
    return Arrays.stream(raw.split(File.pathSeparator)).filter(p -> p.endsWith(".jar"))
      .collect(Collectors.toList());
  }

  /**
   * Installs the package zip built by {@code mvn package} (system property {@code package.zip}) into this process's
   * WEKA_HOME with Weka's package manager, offline, and fails the test when that does not work.
   */
  public void installPackage() throws Exception {
    String zip = System.getProperty("package.zip");
    org.junit.jupiter.api.Assertions.assertTrue(zip != null && Files.exists(Paths.get(zip)),
      "package zip built by mvn package: " + zip);
    Result installed = run(300, "weka.core.WekaPackageManager", "-offline", "-install-package", zip);
    org.junit.jupiter.api.Assertions.assertEquals(0, installed.exitCode, installed.output);
  }

  /** Runs {@code java <mainClass> <args>} and waits up to {@code timeoutSeconds}. */
  public Result run(int timeoutSeconds, String mainClass, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx2g");
    command.add("-DWEKA_HOME=" + m_wekaHome);
    command.add("-Dweka.packageManager.offline=true");
    if (!m_environment.containsKey("DISPLAY")) {
      command.add("-Djava.awt.headless=true");
    }
    command.add("-cp");
    command.add(m_classpath);
    command.add(mainClass);
    command.addAll(Arrays.asList(args));
    return execute(command, m_wekaHome, m_environment, timeoutSeconds);
  }

  /**
   * Runs a command with WEKA_HOME and the given environment, its output and errors collected in a temporary log,
   * and fails the test when it does not finish in time.
   */
  public static Result execute(List<String> command, Path wekaHome, java.util.Map<String, String> environment,
    int timeoutSeconds) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("WEKA_HOME", wekaHome.toString());
    builder.environment().putAll(environment);
    Path log = Files.createTempFile("weka-process", ".log");
    builder.redirectOutput(log.toFile());
    Process process = builder.start();
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("Weka did not finish in " + timeoutSeconds + " s: " + String.join(" ", command)
        + "\n" + new String(Files.readAllBytes(log), StandardCharsets.UTF_8));
    }
    String output = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    Files.deleteIfExists(log);
    return new Result(process.exitValue(), output);
  }
}
