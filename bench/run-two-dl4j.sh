#!/usr/bin/env bash
# Can autoencoders (ND4J 1.0.0-M2.1, JavaCPP 1.5.7) share one Weka JVM with wekaDeeplearning4j, which bundles an
# older Deeplearning4j? wekaDeeplearning4j's zip is not on Maven Central, so this uses what it bundles: ND4J
# 1.0.0-beta6 (the version in its build.gradle) with its JavaCPP 1.5.2 and OpenBLAS 0.3.7, from Maven Central.
# Each version gets its own class loader (as each Weka package's lib/ does) and its own JavaCPP cache folder; the
# script starts ND4J from both, in both orders, each time with an empty cache.
# Usage (from the repository root, linux-x86_64): bash bench/run-two-dl4j.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=target/two-dl4j
mkdir -p "$work"
pom() {
  cat <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>probe</groupId><artifactId>nd4j-$1</artifactId><version>1</version>
<dependencies><dependency><groupId>org.nd4j</groupId><artifactId>nd4j-native-platform</artifactId>
<version>$1</version></dependency></dependencies></project>
POM
}
for version in 1.0.0-beta6 1.0.0-M2.1; do
  mkdir -p "$work/$version"
  pom "$version" > "$work/$version/pom.xml"
  (cd "$work/$version" && mvn -B -q dependency:copy-dependencies -Djavacpp.platform=linux-x86_64 \
    -DexcludeArtifactIds=mkl-platform,mkl -DoutputDirectory=lib)
done
javac -d "$work" bench/TwoNd4jVersions.java
run() {
  rm -rf "$work/home"; mkdir -p "$work/home"
  echo "-- order: $*"
  java -Duser.home="$PWD/$work/home" -cp "$work" TwoNd4jVersions "$@" 2>&1 | grep -E 'ND4J (started|FAILED)'
  echo "   JavaCPP cache folders: $(ls "$work/home/.javacpp/cache" | tr '\n' ' ')"
}
run "$work/1.0.0-M2.1/lib"
run "$work/1.0.0-beta6/lib"
run "$work/1.0.0-beta6/lib" "$work/1.0.0-M2.1/lib"
run "$work/1.0.0-M2.1/lib" "$work/1.0.0-beta6/lib"
run "$work/1.0.0-M2.1/lib" "$work/1.0.0-M2.1/lib"
