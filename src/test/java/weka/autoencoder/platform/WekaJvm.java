package weka.autoencoder.platform;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import weka.autoencoder.WekaProcess;

/**
 * A Weka JVM for the platform tests: like {@link weka.autoencoder.WekaProcess}, but with a chosen Weka jar (3.8 or
 * 3.9), online or offline package manager, and extra system properties (the repository URL).
 *
 * <p>Online Weka JVMs get a hosts file that knows only {@code localhost}: every name lookup except that fails, so
 * the package manager can reach the 127.0.0.1 repository of the test and nothing else (Weka 3.8 also asks
 * www.cs.waikato.ac.nz for a mirror list when it is online).
 */
final class WekaJvm {

  private final Path m_wekaHome;
  private final String m_classpath;
  private final boolean m_offline;
  private final List<String> m_properties = new ArrayList<>();

  /**
   * @param wekaHome the private WEKA_HOME
   * @param wekaJar the Weka jar to put first instead of weka-stable 3.8.6, or null for the build's own
   * @param offline whether the package manager stays offline
   */
  WekaJvm(Path wekaHome, Path wekaJar, boolean offline) throws Exception {
    m_wekaHome = wekaHome;
    m_offline = offline;
    List<String> jars = WekaProcess.wekaJars();
    if (wekaJar != null) {
      boolean replaced = jars.removeIf(p -> Paths.get(p).getFileName().toString().startsWith("weka-stable-"));
      if (!replaced) {
        throw new IllegalStateException("no weka-stable jar in Weka's classpath: " + jars);
      }
      jars.add(0, wekaJar.toString());
    }
    m_classpath = String.join(File.pathSeparator, jars);
    if (!offline) {
      Path hosts = wekaHome.getParent().resolve("hosts-localhost-only");
      Files.write(hosts, "127.0.0.1 localhost\n".getBytes(StandardCharsets.US_ASCII));
      m_properties.add("-Djdk.net.hosts.file=" + hosts);
    }
  }

  /** Adds {@code -Dname=value} to every later run. */
  WekaJvm property(String name, String value) {
    m_properties.add("-D" + name + "=" + value);
    return this;
  }

  Path home() {
    return m_wekaHome;
  }

  /** Runs {@code java <mainClass> <args>} and waits up to {@code timeoutSeconds}. */
  WekaProcess.Result run(int timeoutSeconds, String mainClass, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx2g");
    command.add("--add-opens");
    command.add("java.base/sun.net.www.protocol.jar=ALL-UNNAMED");
    command.add("--add-opens");
    command.add("java.base/java.lang=ALL-UNNAMED");
    command.add("-DWEKA_HOME=" + m_wekaHome);
    command.add("-Dweka.packageManager.offline=" + m_offline);
    command.add("-Djava.awt.headless=true");
    command.addAll(m_properties);
    command.add("-cp");
    command.add(m_classpath);
    command.add(mainClass);
    command.addAll(Arrays.asList(args));
    return WekaProcess.execute(command, m_wekaHome, java.util.Collections.emptyMap(), timeoutSeconds);
  }
}
