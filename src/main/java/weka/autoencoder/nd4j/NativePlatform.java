package weka.autoencoder.nd4j;

import java.util.Locale;

/**
 * Tells whether this JVM runs on a platform for which Deeplearning4j 1.0.0-M2.1 ships native code.
 *
 * <p>ND4J has natives for 64-bit x86 Linux, Windows and macOS and for 64-bit ARM macOS (Apple Silicon) and Linux.
 * On anything else (32-bit Java, 32-bit ARM, other CPUs) its first use fails deep inside JavaCPP or hangs, so the
 * package checks first and says in plain words what the user can do.
 */
public final class NativePlatform {

  private NativePlatform() {
  }

  /** @return the JavaCPP platform name of this JVM, e.g. {@code linux-x86_64}. */
  public static String current() {
    return name(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
  }

  /** Maps Java's os.name / os.arch to JavaCPP's platform names. */
  static String name(String osName, String osArch) {
    String os = osName.toLowerCase(Locale.ROOT);
    String arch = osArch.toLowerCase(Locale.ROOT);
    String family;
    if (os.startsWith("windows")) {
      family = "windows";
    } else if (os.startsWith("mac") || os.startsWith("darwin")) {
      family = "macosx";
    } else if (os.startsWith("linux")) {
      family = "linux";
    } else {
      family = os.replace(' ', '_');
    }
    String cpu;
    if (arch.equals("amd64") || arch.equals("x86_64") || arch.equals("x86-64")) {
      cpu = "x86_64";
    } else if (arch.equals("aarch64") || arch.equals("arm64")) {
      cpu = "arm64";
    } else if (arch.matches("i[3-6]86|x86")) {
      cpu = "x86";
    } else {
      cpu = arch;
    }
    return family + "-" + cpu;
  }

  /** @return true when Deeplearning4j has native code for the given platform. */
  public static boolean isSupported(String platform) {
    return platform.equals("linux-x86_64") || platform.equals("windows-x86_64")
      || platform.equals("macosx-x86_64") || platform.equals("macosx-arm64") || platform.equals("linux-arm64");
  }

  /**
   * Throws a readable error when this machine cannot run the package.
   *
   * @throws UnsupportedOperationException naming the platform and what to do instead
   */
  public static void requireSupported() {
    String platform = current();
    if (!isSupported(platform)) {
      throw new UnsupportedOperationException(unsupportedMessage(platform));
    }
  }

  static String unsupportedMessage(String platform) {
    return "The autoencoders package cannot run on this machine (" + platform + "): Deeplearning4j 1.0.0-M2.1 "
      + "has native code only for linux-x86_64, windows-x86_64, macosx-x86_64, macosx-arm64 and linux-arm64. "
      + "Run Weka with a 64-bit Java on one of those, and install the autoencoders build for it.";
  }
}
