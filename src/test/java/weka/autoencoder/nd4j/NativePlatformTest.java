package weka.autoencoder.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;


class NativePlatformTest {

  @Test
  void javaPlatformNamesMapToJavaCppNames() {
    assertEquals("linux-x86_64", NativePlatform.name("Linux", "amd64"));
    assertEquals("windows-x86_64", NativePlatform.name("Windows 11", "amd64"));
    assertEquals("macosx-x86_64", NativePlatform.name("Mac OS X", "x86_64"));
    assertEquals("macosx-arm64", NativePlatform.name("Mac OS X", "aarch64"));
    assertEquals("linux-arm64", NativePlatform.name("Linux", "aarch64"));
    assertEquals("windows-x86", NativePlatform.name("Windows 10", "x86"));
  }

  @Test
  void theFivePlatformsWithNativesAreSupported() {
    assertTrue(NativePlatform.isSupported("linux-x86_64"));
    assertTrue(NativePlatform.isSupported("windows-x86_64"));
    assertTrue(NativePlatform.isSupported("macosx-x86_64"));
    assertTrue(NativePlatform.isSupported("macosx-arm64"));
    assertTrue(NativePlatform.isSupported("linux-arm64"));
    assertFalse(NativePlatform.isSupported("windows-x86"));
    assertFalse(NativePlatform.isSupported("windows-arm64"));
    assertFalse(NativePlatform.isSupported("linux-armhf"));
  }

  @Test
  void theUnsupportedMessageNamesThePlatformAndTheWayOut() {
    String message = NativePlatform.unsupportedMessage("windows-x86");
    assertTrue(message.contains("windows-x86"), message);
    assertTrue(message.contains("64-bit Java"), message);
  }

  @Test
  void thisBuildMachineIsSupported() {
    assertTrue(NativePlatform.isSupported(NativePlatform.current()), NativePlatform.current());
  }
}
