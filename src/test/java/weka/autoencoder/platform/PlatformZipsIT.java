package weka.autoencoder.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import weka.core.WekaPackageManager;
import weka.core.packageManagement.DefaultPackage;

/**
 * The contents of every platform's zip, for the platforms that cannot be run here (macOS) as well as the others:
 * each native library of the zip is for that platform's OS and CPU (read from its ELF / Mach-O / PE header), sits in
 * that platform's folder of its jar, and every library it needs is either in the zip or part of the operating
 * system; and Weka's own OS/arch check admits exactly the machines of that platform.
 *
 * <p>{@code platforms.required} (default: the build's platform; {@code src/scripts/build-all-platforms.sh}: all five)
 * names the zips that must exist: a missing one fails, it is never skipped. Any other platform zip in dist/ is
 * checked too.
 */
class PlatformZipsIT {

  /** A Java os.name / os.arch pair, and the platform whose zip must run there (null: none). */
  private static final String[][] MACHINES = {
    {"Linux", "amd64", "linux-x86_64"},
    {"Windows 11", "amd64", "windows-x86_64"},
    {"Windows 10", "amd64", "windows-x86_64"},
    {"Mac OS X", "x86_64", "macosx-x86_64"},
    {"Mac OS X", "aarch64", "macosx-arm64"},
    {"Linux", "aarch64", "linux-arm64"},
    {"Windows 10", "x86", null},
    {"Windows 11", "aarch64", null},
    {"Linux", "i386", null},
    {"Linux", "arm", null},
    {"Linux", "ppc64le", null},
    {"FreeBSD", "amd64", null},
  };

  /** Libraries each platform's zip must hold (JavaCPP, ND4J and OpenBLAS, JNI wrapper and library). */
  private static final Map<String, List<String>> REQUIRED = new HashMap<>();
  static {
    List<String> unix = Arrays.asList("libjnijavacpp", "libjnind4jcpu", "libnd4jcpu", "libjniopenblas_nolapack",
      "libopenblas");
    REQUIRED.put("linux-x86_64", unix);
    REQUIRED.put("linux-arm64", unix);
    REQUIRED.put("macosx-x86_64", unix);
    REQUIRED.put("macosx-arm64", unix);
    REQUIRED.put("windows-x86_64", Arrays.asList("jnijavacpp", "jnind4jcpu", "libnd4jcpu", "jniopenblas_nolapack",
      "libopenblas"));
  }

  /**
   * JavaCPP-style native jars: lib/name-version-platform.jar. (JNA's jar, used by oshi, carries its small
   * jnidispatch library for every OS and picks one itself; it has no platform classifier.)
   */
  private static final Pattern NATIVE_JAR =
    Pattern.compile("lib/.*-((?:linux|macosx|windows|android|ios)-[a-z0-9_]+)\\.jar");

  /** Libraries every Linux system has (glibc, zlib, the GCC runtime). */
  private static final Set<String> LINUX_SYSTEM = new TreeSet<>(Arrays.asList("libc.so.6", "libm.so.6",
    "libdl.so.2", "libpthread.so.0", "librt.so.1", "libz.so.1", "libstdc++.so.6", "libgcc_s.so.1", "ld-linux-x86-64.so.2",
    "ld-linux-aarch64.so.1"));

  /**
   * Libraries a platform's natives take from the operating system beyond the usual ones: ND4J's linux-arm64
   * build links the system's GNU OpenMP runtime (Debian/Ubuntu package libgomp1; the emulated run in
   * src/scripts/run-arm64-emulated.sh fails without it).
   */
  private static final Map<String, Set<String>> SYSTEM_EXTRA = new HashMap<>();
  static {
    SYSTEM_EXTRA.put("linux-arm64", new TreeSet<>(Arrays.asList("libgomp.so.1")));
  }

  @TestFactory
  List<DynamicTest> everyPlatformZip() throws IOException {
    Path dist = Paths.get(System.getProperty("dist.dir", "dist"));
    String version = System.getProperty("package.version", "0.1.0");
    Map<String, Path> zips = new TreeMap<>();
    String required = System.getProperty("platforms.required", System.getProperty("package.platform", ""));
    for (String platform : required.split(",")) {
      if (!platform.trim().isEmpty()) {
        zips.put(platform.trim(), dist.resolve("autoencoders-" + version + "-" + platform.trim() + ".zip"));
      }
    }
    assertFalse(zips.isEmpty(), "platforms.required names no platform");
    if (Files.isDirectory(dist)) {
      try (DirectoryStream<Path> found = Files.newDirectoryStream(dist, "autoencoders-" + version + "-*.zip")) {
        for (Path zip : found) {
          String name = zip.getFileName().toString();
          zips.putIfAbsent(name.substring(("autoencoders-" + version + "-").length(), name.length() - 4), zip);
        }
      }
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, Path> zip : zips.entrySet()) {
      tests.add(DynamicTest.dynamicTest(zip.getKey(), () -> check(zip.getKey(), zip.getValue())));
    }
    return tests;
  }

  private static void check(String platform, Path zip) throws Exception {
    assertTrue(REQUIRED.containsKey(platform), "unknown platform " + platform);
    assertTrue(Files.isRegularFile(zip), "the zip for " + platform + " was not built: " + zip);
    Properties props = new Properties();
    Map<String, byte[]> natives = new LinkedHashMap<>();
    Map<String, String> nativeFolders = new LinkedHashMap<>();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      try (InputStream in = file.getInputStream(file.getEntry("Description.props"))) {
        props.load(in);
      }
      assertTrue(file.getEntry("autoencoders.jar") != null, "autoencoders.jar in " + zip);
      for (ZipEntry entry : file.stream().collect(Collectors.toList())) {
        Matcher classifier = NATIVE_JAR.matcher(entry.getName());
        if (classifier.matches()) {
          assertEquals(platform, classifier.group(1), "a native jar of another platform: " + entry.getName());
          readNatives(file, entry, natives, nativeFolders);
        }
      }
    }
    assertEquals("autoencoders", props.getProperty("PackageName"));
    assertEquals("wekaDeeplearning4j", props.getProperty("Precludes"));
    assertAdmitsExactlyItsMachines(platform, props);

    assertTrue(natives.size() >= REQUIRED.get(platform).size(), "native libraries in " + zip + ": " + natives.keySet());
    // every native library: this platform's folder, this platform's object format and CPU
    String expectedKind = platform.startsWith("linux") ? "ELF" : platform.startsWith("macosx") ? "Mach-O" : "PE";
    String expectedCpu = platform.endsWith("arm64") ? "arm64" : "x86_64";
    Set<String> names = new TreeSet<>();
    for (Map.Entry<String, byte[]> lib : natives.entrySet()) {
      String path = lib.getKey();
      assertEquals(platform, nativeFolders.get(path), "folder of " + path);
      NativeBinary binary = NativeBinary.read(lib.getValue());
      assertTrue(binary.isFor(expectedKind, expectedCpu), path + " is " + binary.kind + ", not " + expectedKind + " "
        + expectedCpu);
      names.add(fileName(path));
    }
    for (String library : REQUIRED.get(platform)) {
      assertTrue(names.stream().anyMatch(n -> n.startsWith(library + ".") || n.equals(library + ".dll")),
        platform + " zip lacks " + library + ": " + names);
    }
    // every library they need is in the zip or part of the operating system
    for (Map.Entry<String, byte[]> lib : natives.entrySet()) {
      for (String needed : NativeBinary.read(lib.getValue()).needed) {
        String base = needed.substring(needed.lastIndexOf('/') + 1);
        boolean system = platform.startsWith("linux")
          ? LINUX_SYSTEM.contains(needed) || SYSTEM_EXTRA.getOrDefault(platform, new TreeSet<>()).contains(needed)
          : needed.startsWith("/usr/lib/") || needed.startsWith("/System/Library/");
        // JavaCPP links libopenblas_nolapack to the bundled libopenblas when it unpacks them (its preload alias)
        String wanted = stem(base).equals("libopenblas_nolapack") ? base.replace("_nolapack", "") : base;
        boolean bundled = names.contains(wanted) || names.stream().anyMatch(n -> sameLibrary(n, wanted));
        assertTrue(system || bundled, fileName(lib.getKey()) + " needs " + needed + ", which is neither in the "
          + platform + " zip nor a system library; zip has " + names);
      }
    }
  }

  /** macOS install names carry a version (libopenblas.0.dylib) that the file may not: compare the stems. */
  private static boolean sameLibrary(String file, String needed) {
    return stem(file).equals(stem(needed));
  }

  private static String stem(String name) {
    return name.replaceAll("(\\.[0-9]+)*\\.(dylib|so)(\\.[0-9]+)*$", "");
  }

  private static void assertAdmitsExactlyItsMachines(String platform, Properties props) throws Exception {
    Map<String, Object> meta = new HashMap<>();
    for (String key : props.stringPropertyNames()) {
      meta.put(key, props.getProperty(key));
    }
    if (System.getProperty("WEKA_HOME") == null) {
      System.setProperty("WEKA_HOME", Files.createTempDirectory("platform-zips-wekahome").toString());
    }
    DefaultPackage pkg = new DefaultPackage(null, null, meta);
    String osName = System.getProperty("os.name");
    String osArch = System.getProperty("os.arch");
    List<String> wrong = new ArrayList<>();
    try {
      for (String[] machine : MACHINES) {
        System.setProperty("os.name", machine[0]);
        System.setProperty("os.arch", machine[1]);
        boolean admitted = WekaPackageManager.osAndArchCheck(pkg);
        if (admitted != platform.equals(machine[2])) {
          wrong.add(machine[0] + "/" + machine[1] + (admitted ? " admitted" : " refused"));
        }
      }
    } finally {
      System.setProperty("os.name", osName);
      System.setProperty("os.arch", osArch);
    }
    assertTrue(wrong.isEmpty(), platform + " zip (OSName=" + props.getProperty("OSName") + ", OSArch="
      + props.getProperty("OSArch") + "): " + wrong);
  }

  private static void readNatives(ZipFile file, ZipEntry jar, Map<String, byte[]> natives,
    Map<String, String> folders) throws IOException {
    try (ZipInputStream in = new ZipInputStream(file.getInputStream(jar))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        String name = entry.getName();
        if (!entry.isDirectory() && name.matches(".*\\.(so|dylib|dll)(\\.[0-9]+)*$")) {
          String path = fileName(jar.getName()) + "!/" + name;
          byte[] bytes = in.readAllBytes();
          natives.put(path, bytes);
          String[] parts = name.split("/");
          folders.put(path, parts.length > 1 ? parts[parts.length - 2] : "(top level)");
        }
      }
    }
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
