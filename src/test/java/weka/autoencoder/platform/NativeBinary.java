package weka.autoencoder.platform;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads just enough of a native library's header to tell what it was built for, and which libraries it needs:
 * ELF (Linux: machine, DT_NEEDED), Mach-O (macOS: CPU type, LC_LOAD_DYLIB) and PE (Windows: machine).
 */
final class NativeBinary {

  /** Object format and CPU, e.g. "ELF x86_64", "Mach-O arm64", "PE x86_64". */
  final String kind;
  /** Libraries the loader must find: DT_NEEDED names, or Mach-O install names; empty for PE. */
  final List<String> needed;

  private NativeBinary(String kind, List<String> needed) {
    this.kind = kind;
    this.needed = needed;
  }

  static NativeBinary read(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    if (bytes.length > 64 && b.getInt(0) == 0x464c457f) {
      return elf(b);
    }
    if (bytes.length > 32 && b.getInt(0) == 0xfeedfacf) {
      return machO(b);
    }
    if (bytes.length > 32 && b.order(ByteOrder.BIG_ENDIAN).getInt(0) == 0xcafebabe) {
      return universal(bytes, b);
    }
    b.order(ByteOrder.LITTLE_ENDIAN);
    if (bytes.length > 64 && b.getShort(0) == 0x5a4d) {
      int pe = b.getInt(0x3c);
      if (b.getInt(pe) == 0x00004550) {
        int machine = b.getShort(pe + 4) & 0xffff;
        return new NativeBinary("PE " + (machine == 0x8664 ? "x86_64" : machine == 0xaa64 ? "arm64"
          : "machine 0x" + Integer.toHexString(machine)), new ArrayList<>());
      }
    }
    return new NativeBinary("unknown", new ArrayList<>());
  }

  private static NativeBinary elf(ByteBuffer b) {
    if (b.get(4) != 2 || b.get(5) != 1) {
      return new NativeBinary("ELF not 64-bit little-endian", new ArrayList<>());
    }
    int machine = b.getShort(18) & 0xffff;
    String cpu = machine == 0x3e ? "x86_64" : machine == 0xb7 ? "arm64" : "machine 0x" + Integer.toHexString(machine);
    long shoff = b.getLong(0x28);
    int shentsize = b.getShort(0x3a) & 0xffff;
    int shnum = b.getShort(0x3c) & 0xffff;
    List<String> needed = new ArrayList<>();
    for (int i = 0; i < shnum; i++) {
      int sh = (int) (shoff + (long) i * shentsize);
      if (b.getInt(sh + 4) != 6) { // SHT_DYNAMIC
        continue;
      }
      long offset = b.getLong(sh + 0x18);
      long size = b.getLong(sh + 0x20);
      int link = b.getInt(sh + 0x28);
      int strSection = (int) (shoff + (long) link * shentsize);
      long strOffset = b.getLong(strSection + 0x18);
      for (long e = offset; e + 16 <= offset + size; e += 16) {
        long tag = b.getLong((int) e);
        if (tag == 0) {
          break;
        }
        if (tag == 1) { // DT_NEEDED
          needed.add(cString(b, (int) (strOffset + b.getLong((int) e + 8))));
        }
      }
    }
    return new NativeBinary("ELF " + cpu, needed);
  }

  private static NativeBinary machO(ByteBuffer b) {
    int cpuType = b.getInt(4);
    String cpu = cpuType == 0x01000007 ? "x86_64" : cpuType == 0x0100000c ? "arm64"
      : "cputype 0x" + Integer.toHexString(cpuType);
    int ncmds = b.getInt(16);
    int at = 32;
    List<String> needed = new ArrayList<>();
    for (int i = 0; i < ncmds; i++) {
      int cmd = b.getInt(at);
      int size = b.getInt(at + 4);
      if (cmd == 0xc || cmd == 0x80000018 || cmd == 0x8000001f) { // LC_LOAD_DYLIB, _WEAK_, LC_REEXPORT_DYLIB
        needed.add(cString(b, at + b.getInt(at + 8)));
      }
      at += size;
    }
    return new NativeBinary("Mach-O " + cpu, needed);
  }

  /** A macOS universal ("fat") file: one Mach-O slice per CPU; the kind lists the slices' CPUs. */
  private static NativeBinary universal(byte[] bytes, ByteBuffer b) {
    int count = b.getInt(4);
    List<String> cpus = new ArrayList<>();
    List<String> needed = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int offset = b.getInt(8 + 20 * i + 8);
      int size = b.getInt(8 + 20 * i + 12);
      byte[] slice = java.util.Arrays.copyOfRange(bytes, offset, offset + size);
      NativeBinary one = read(slice);
      cpus.add(one.kind.replace("Mach-O ", ""));
      needed.addAll(one.needed);
    }
    return new NativeBinary("Mach-O universal " + String.join(",", cpus), needed);
  }

  /** @return true when this library runs on the given format and CPU, e.g. "Mach-O", "x86_64". */
  boolean isFor(String format, String cpu) {
    if (kind.equals(format + " " + cpu)) {
      return true;
    }
    return kind.startsWith(format + " universal ") && java.util.Arrays.asList(kind.substring((format
      + " universal ").length()).split(",")).contains(cpu);
  }

  private static String cString(ByteBuffer b, int at) {
    int end = at;
    while (b.get(end) != 0) {
      end++;
    }
    byte[] name = new byte[end - at];
    for (int i = 0; i < name.length; i++) {
      name[i] = b.get(at + i);
    }
    return new String(name, StandardCharsets.UTF_8);
  }
}
