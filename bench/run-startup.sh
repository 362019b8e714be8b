#!/usr/bin/env bash
# First-use and warm start-up of the installed package on this machine: installs dist/autoencoders-*-<platform>.zip
# (build it first: mvn -B package -DskipTests) into a fresh WEKA_HOME, then times one Weka command that trains a
# tiny Autoencoder (60 rows x 4, 1 epoch) and writes its codes:
#   first use: an empty JavaCPP cache (user.home is a fresh folder), so JavaCPP unpacks the natives;
#   warm: the same command again, ROUNDS times (default 3), cache already filled.
# Usage (from the repository root): bash bench/run-startup.sh [platform, default linux-x86_64]
set -euo pipefail
cd "$(dirname "$0")/.."
platform=${1:-linux-x86_64}
rounds=${ROUNDS:-3}
zip=$(ls dist/autoencoders-*-"$platform".zip | head -n 1)
work=$(mktemp -d /tmp/autoencoders-startup.XXXXXX)
wekacp=$(tr ':' '\n' < target/weka.classpath | grep '\.jar$' | paste -sd: -)
weka() {
  java -Xmx2g -XX:+UseSerialGC --add-opens java.base/sun.net.www.protocol.jar=ALL-UNNAMED \
    --add-opens java.base/java.lang=ALL-UNNAMED -Duser.home="$work/home" -DWEKA_HOME="$work/wekahome" \
    -Dweka.packageManager.offline=true -cp "$wekacp" "$@"
}
now_ms() { date +%s%3N; }
secs() { awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }'; }
mkdir -p "$work/home" "$work/wekahome"
awk 'BEGIN { srand(3); print "@relation small"; for (i = 1; i <= 4; i++) print "@attribute a" i " numeric";
  print "@data"; for (r = 0; r < 60; r++) { t = rand(); print t "," 1 - t "," t * t "," rand() } }' > "$work/small.arff"
echo "machine: $(nproc) cores, $(uname -m), $(java -version 2>&1 | head -n 1)"
echo "zip: $zip ($(stat -c %s "$zip") bytes)"
t0=$(now_ms)
weka weka.core.WekaPackageManager -offline -install-package "$zip" > "$work/install.log" 2>&1
echo "install with the package manager: $(secs $(( $(now_ms) - t0 ))) s"
run() {
  local start
  start=$(now_ms)
  weka weka.Run .Autoencoder -i "$work/small.arff" -o "$work/out.arff" -code-size 2 -hidden 8 -epochs 1 \
    -validation-fraction 0 > "$work/run.log" 2>&1
  local took=$(( $(now_ms) - start ))
  grep -q '@attribute code_1' "$work/out.arff" || { cat "$work/run.log"; exit 1; }
  secs "$took"
}
echo "first use (natives unpacked into an empty cache): $(run) s"
echo "JavaCPP cache after first use: $(du -sm "$work/home/.javacpp/cache" | cut -f1) MB"
for i in $(seq "$rounds"); do
  echo "warm start-up, round $i: $(run) s"
done
start=$(now_ms)
weka weka.Run weka.filters.unsupervised.attribute.Standardize -i "$work/small.arff" -o "$work/std.arff" > /dev/null 2>&1
echo "for comparison, Weka alone (Standardize on the same file; package loaded, ND4J not started):" \
  "$(secs $(( $(now_ms) - start ))) s"
rm -rf "$work"
