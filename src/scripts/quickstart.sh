#!/usr/bin/env bash
# Builds the package zip, installs it into a private WEKA_HOME (target/wekahome) with Weka's package manager,
# and runs the Autoencoder filter from the Weka command line on the shipped MNIST sample in batch mode:
# trained on datasets/mnist-train.arff.gz, applied to datasets/mnist-test.arff.gz, 30 code units.
# Usage (from the repository root): bash src/scripts/quickstart.sh [extra Autoencoder options]
set -euo pipefail
cd "$(dirname "$0")/../.."

echo "== 1. Building the package (mvn package, tests skipped; run them with: mvn -B verify)"
mvn -B -q -DskipTests package
zip=$(ls -t dist/autoencoders-*.zip | head -n 1)   # the one just built (dist/ may hold other platforms)
echo "   built $zip ($(du -h "$zip" | cut -f1))"

# Weka's own classpath as Maven resolved it (jars only: Maven lists a .pom entry that breaks Weka's class scan).
wekacp=$(tr ':' '\n' < target/weka.classpath | grep '\.jar$' | paste -sd: -)
export WEKA_HOME="$PWD/target/wekahome"
# --add-opens: Weka 3.8's package class loader reaches into JDK internals when it reloads packages; without it
# Java 17 prints a harmless stack trace during the install. -XX:+UseSerialGC: about half the memory of the default G1
# collector on MNIST-sized data while Deeplearning4j trains (bench/RESULTS-speed.md).
weka() {
  java -Xmx4g -XX:+UseSerialGC --add-opens java.base/sun.net.www.protocol.jar=ALL-UNNAMED --add-opens java.base/java.lang=ALL-UNNAMED \
    -DWEKA_HOME="$WEKA_HOME" -Dweka.packageManager.offline=true -cp "$wekacp" "$@"
}

echo "== 2. Installing it into a private WEKA_HOME: $WEKA_HOME"
rm -rf "$WEKA_HOME"
mkdir -p "$WEKA_HOME"
weka weka.core.WekaPackageManager -offline -install-package "$zip" 2>&1 \
  | grep -v -e 'Installing: ' -e 'netlib' || true
weka weka.core.WekaPackageManager -offline -list-packages installed 2>&1 | grep -v -e 'netlib' || true

out=target/quickstart
mkdir -p "$out"
echo "== 3. Running Autoencoder in batch mode (train on mnist-train, apply to mnist-test)"
echo "   weka.Run .Autoencoder -b -i datasets/mnist-train.arff.gz -o $out/mnist-train-code.arff \\"
echo "     -r datasets/mnist-test.arff.gz -s $out/mnist-test-code.arff -c last -code-size 30 $*"
start=$(date +%s)
weka weka.Run .Autoencoder -b -i datasets/mnist-train.arff.gz -o "$out/mnist-train-code.arff" \
  -r datasets/mnist-test.arff.gz -s "$out/mnist-test-code.arff" -c last -code-size 30 "$@" 2>&1 \
  | grep -v -e '^WARNING: Failed to load implementation' -e 'com.github.fommil.netlib'
echo "   finished in $(( $(date +%s) - start )) s"

echo "== 4. Result"
for f in "$out/mnist-train-code.arff" "$out/mnist-test-code.arff"; do
  attributes=$(grep -c '^@attribute' "$f")
  rows=$(sed '1,/^@data/d' "$f" | grep -c .)
  echo "   $f: $rows instances, $attributes attributes (code_0..code_29 and the digit class)"
done
echo "   first test instance:"
awk 'data && NF { print substr($0, 1, 160); exit } /^@data/ { data = 1 }' "$out/mnist-test-code.arff"
