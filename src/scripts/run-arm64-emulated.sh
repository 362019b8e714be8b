#!/usr/bin/env bash
# Runs the linux-arm64 package for real on an x86_64 Linux machine, under QEMU user-mode emulation:
#   1. fetches Debian's qemu-user-static and an arm64 sysroot (libc, libstdc++, libgomp, OpenJDK 17 JRE) with a
#      private apt configuration (nothing is installed on the host; everything lands in the work folder),
#   2. builds the linux-arm64 zip (mvn package -Djavacpp.platform=linux-arm64),
#   3. with the arm64 Java: installs the zip into a fresh WEKA_HOME with Weka's package manager, lists it as loaded,
#      trains a small Autoencoder and a VariationalAutoencoder from the Weka command line and checks their output,
#   4. checks that the same arm64 Weka refuses the linux-x86_64 zip with Weka's own OS/arch message.
# Usage (from the repository root, on Debian/Ubuntu x86_64 with apt-get): bash src/scripts/run-arm64-emulated.sh
# Work folder: $ARM64_WORK (default target/arm64, about 1 GB). The log goes to $ARM64_WORK/run.log.
# Exit status 0 only if every check passed.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
work=${ARM64_WORK:-target/arm64}
mkdir -p "$work"
work=$(cd "$work" && pwd)
log="$work/run.log"
: > "$log"
exec > >(tee -a "$log") 2>&1
start_all=$(date +%s)
step() { echo; echo "== $* ($(( $(date +%s) - start_all )) s)"; }
fail() { echo "FAILED: $*"; exit 1; }

if [ "$(uname -m)" != "x86_64" ]; then
  fail "this script emulates arm64 on an x86_64 machine; this one is $(uname -m)"
fi
command -v apt-get >/dev/null || fail "apt-get is needed to fetch qemu-user-static and the arm64 sysroot"
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
[ -f "$keyring" ] || fail "Debian's archive keyring $keyring is missing (apt-get install debian-archive-keyring)"

step "1. qemu-user-static and an arm64 sysroot (private apt configuration in $work/apt)"
apt_dir="$work/apt"
sysroot="$work/sysroot"
qemu="$work/qemu/usr/bin/qemu-aarch64-static"
java_arm="$sysroot/usr/lib/jvm/java-17-openjdk-arm64/bin/java"
if [ ! -x "$qemu" ] || [ ! -x "$java_arm" ]; then
  mkdir -p "$apt_dir"/{lists/partial,cache/archives/partial,etc/preferences.d,etc/sources.list.d,debs}
  : > "$apt_dir/status"
  mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
  security=${DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
  cat > "$apt_dir/etc/sources.list" <<EOF
deb [arch=arm64,amd64 signed-by=$keyring] $mirror bookworm main
deb [arch=arm64,amd64 signed-by=$keyring] $mirror bookworm-updates main
deb [arch=arm64,amd64 signed-by=$keyring] $security bookworm-security main
EOF
  cat > "$apt_dir/apt.conf" <<EOF
APT::Architecture "arm64";
APT::Architectures { "arm64"; "amd64"; };
Dir::State "$apt_dir";
Dir::State::Lists "$apt_dir/lists";
Dir::State::status "$apt_dir/status";
Dir::Cache "$apt_dir/cache";
Dir::Etc::SourceList "$apt_dir/etc/sources.list";
Dir::Etc::SourceParts "$apt_dir/etc/sources.list.d";
Dir::Etc::Preferences "$apt_dir/etc/preferences";
Dir::Etc::PreferencesParts "$apt_dir/etc/preferences.d";
Debug::NoLocking "true";
APT::Sandbox::User "root";
EOF
  export APT_CONFIG="$apt_dir/apt.conf"
  apt-get update -qq
  (cd "$apt_dir/debs" && rm -f ./*.deb && apt-get download -qq qemu-user-static:amd64 \
    libc6:arm64 libgcc-s1:arm64 libstdc++6:arm64 zlib1g:arm64 libgomp1:arm64 gcc-12-base:arm64 \
    openjdk-17-jre-headless:arm64)
  unset APT_CONFIG
  ls -l "$apt_dir/debs"
  rm -rf "$work/qemu" "$sysroot"
  mkdir -p "$work/qemu" "$sysroot"
  dpkg-deb --fsys-tarfile "$apt_dir"/debs/qemu-user-static_*_amd64.deb | tar -x -C "$work/qemu" ./usr/bin/qemu-aarch64-static
  for deb in "$apt_dir"/debs/*_arm64.deb; do
    dpkg-deb -x "$deb" "$sysroot"
  done
  # The JRE's absolute links (e.g. lib/jvm.cfg -> /etc/java-17-openjdk/jvm-arm64.cfg) would resolve to the host's
  # own files: turn every absolute link into a relative one inside the sysroot.
  find "$sysroot" -type l | while read -r link; do
    target=$(readlink "$link")
    case "$target" in
      /*) ln -sfn "$(realpath -m --relative-to="$(dirname "$link")" "$sysroot$target")" "$link" ;;
    esac
  done
fi
"$qemu" --version | head -n 1
echo "sysroot: $(du -sh "$sysroot" | cut -f1)"

# The emulated Java. -XX:TieredStopAtLevel=1 and the serial collector make emulated JIT compilation and GC cheaper;
# user.home keeps JavaCPP's native cache (~/.javacpp/cache) inside the work folder. --add-opens: Weka 3.8's package
# class loader reaches into JDK internals when it reloads packages (a harmless stack trace on Java 17 otherwise).
arm_java() {
  OMP_NUM_THREADS=1 "$qemu" -L "$sysroot" "$java_arm" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx2g \
    --add-opens java.base/sun.net.www.protocol.jar=ALL-UNNAMED --add-opens java.base/java.lang=ALL-UNNAMED \
    -Duser.home="$work/home" "$@"
}
# netlib-java (a Weka dependency) warns that it has no aarch64 natives of its own; Weka falls back to pure Java.
quiet() { grep -v -e netlib -e 'Failed to load implementation' -e 'JniNamer arch' -e 'unrecognised architecture' || true; }
arm_java -XshowSettings:properties -version 2>&1 | grep -E 'os.arch|java.vm.version|java.home' | sed 's/^ */   /'
arch=$(arm_java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *os.arch = //p')
[ "$arch" = "aarch64" ] || fail "the emulated Java reports os.arch '$arch', not aarch64"

step "2. Building the linux-arm64 zip (mvn package -Djavacpp.platform=linux-arm64)"
mvn -B -q package -DskipTests -Djavacpp.platform=linux-arm64
zip=$(ls -t "$root"/dist/autoencoders-*-linux-arm64.zip 2>/dev/null | head -n 1)
[ -n "$zip" ] || fail "no dist/autoencoders-*-linux-arm64.zip after the build"
echo "   $zip ($(du -h "$zip" | cut -f1))"
natives=$(unzip -l "$zip" | grep -o 'lib/[^ ]*-linux-[a-z0-9_]*\.jar' | sort)
echo "$natives" | sed 's/^/   /'
echo "$natives" | grep -qv -- '-linux-arm64.jar' && fail "the arm64 zip holds natives of another platform"
wekacp=$(tr ':' '\n' < target/weka.classpath | grep '\.jar$' | paste -sd: -)
x86zip="${zip%-linux-arm64.zip}-linux-x86_64.zip"

home="$work/wekahome"
weka() {
  arm_java -DWEKA_HOME="$home" -Dweka.packageManager.offline=true -cp "$wekacp" "$@"
}
rm -rf "$home" "$work/home" "$work/out"
mkdir -p "$home" "$work/home" "$work/out"

step "3a. Installing the zip with Weka's package manager (arm64 Java under qemu)"
t=$(date +%s)
weka weka.core.WekaPackageManager -offline -install-package "$zip" 2>&1 | grep -v -e 'Installing: ' | quiet
echo "   install: $(( $(date +%s) - t )) s"
listed=$(weka weka.core.WekaPackageManager -offline -list-packages installed 2>&1 | quiet)
echo "$listed"
echo "$listed" | grep -E 'Yes.*autoencoders' >/dev/null || fail "the package is not listed as loaded"

step "3b. Autoencoder trained from the Weka command line (diabetes, 8 -> 16 -> 3 codes, 5 epochs)"
t=$(date +%s)
weka weka.Run .Autoencoder -i datasets/diabetes.arff -o "$work/out/diabetes-code.arff" -c last \
  -code-size 3 -hidden 16 -epochs 5 -threads 1 2>&1 | quiet
echo "   Autoencoder: $(( $(date +%s) - t )) s (Weka start-up, first-use native unpacking, training, filtering)"
grep -q '^@attribute code_2 numeric' "$work/out/diabetes-code.arff" || fail "no code_2 attribute in the output"
rows=$(sed '1,/^@data/d' "$work/out/diabetes-code.arff" | grep -c .)
[ "$rows" = 768 ] || fail "expected 768 coded rows, got $rows"
echo "   output: $rows rows; first: $(sed '1,/^@data/d' "$work/out/diabetes-code.arff" | grep -m 1 .)"

step "3c. VariationalAutoencoder trained from the Weka command line (diabetes, 2 codes, 5 epochs)"
t=$(date +%s)
weka weka.Run .VariationalAutoencoder -i datasets/diabetes.arff -o "$work/out/diabetes-vae.arff" -c last \
  -code-size 2 -hidden 16 -epochs 5 -threads 1 -output reconstruction -error-attribute 2>&1 | quiet
echo "   VariationalAutoencoder: $(( $(date +%s) - t )) s"
grep -q '^@attribute reconstruction_error numeric' "$work/out/diabetes-vae.arff" \
  || fail "no reconstruction_error attribute in the VAE output"
finite=$(sed '1,/^@data/d' "$work/out/diabetes-vae.arff" | awk -F, 'NF { v = $NF; if (v ~ /^-?[0-9.]+(E-?[0-9]+)?$/) n++ } END { print n + 0 }')
[ "$finite" = 768 ] || fail "expected 768 finite reconstruction errors, got $finite"
echo "   output: 768 rows with a finite reconstruction_error"

step "3d. Native libraries JavaCPP unpacked for the emulated Java"
find "$work/home/.javacpp/cache" -name '*.so*' | sed "s#$work/home/##" | sort | sed 's/^/   /'
file_of_jni=$(find "$work/home/.javacpp/cache" -name 'libjnind4jcpu.so' | head -n 1)
[ -n "$file_of_jni" ] || fail "libjnind4jcpu.so was not unpacked"
# ELF e_machine at offset 18: 0xb7 = AArch64
machine=$(od -An -tx1 -j18 -N2 "$file_of_jni" | tr -d ' ')
[ "$machine" = "b700" ] || fail "libjnind4jcpu.so is not an AArch64 ELF (e_machine $machine)"
echo "   libjnind4jcpu.so is an AArch64 ELF (e_machine 0xb7)"

if [ -f "$x86zip" ]; then
  step "4. The same arm64 Weka and the linux-x86_64 zip: Weka must refuse to load it"
  home="$work/wekahome-x86"
  rm -rf "$home"; mkdir -p "$home"
  weka weka.core.WekaPackageManager -offline -install-package "$x86zip" 2>&1 | grep -v -e 'Installing: ' | quiet
  refused=$(weka weka.Run .Autoencoder -h 2>&1 | quiet || true)
  echo "$refused" | grep 'Skipping package autoencoders' | sed 's/^/   /'
  echo "$refused" | grep -q 'Skipping package autoencoders because the OS/arch (Linux aarch64) does not meet package OS/arch constraints: Linux amd64' \
    || fail "Weka did not refuse the linux-x86_64 build on aarch64 with its OS/arch message"
else
  echo "(step 4 skipped: no $x86zip; run mvn -B package first to include it)"
fi

echo
echo "ALL ARM64 CHECKS PASSED in $(( $(date +%s) - start_all )) s (log: $log)"
