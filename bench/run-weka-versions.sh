#!/usr/bin/env bash
# Which Weka versions the built zip works in: for each version, weka-stable (3.8.x) or weka-dev (3.9.x) from Maven
# Central takes the place of weka-stable 3.8.6 in Weka's classpath (their other dependencies are the same), the zip
# is installed offline into a fresh WEKA_HOME, listed, and Autoencoder and the generator run on diabetes.arff.
# Usage (from the repository root, after mvn -B package -DskipTests): bash bench/run-weka-versions.sh [versions...]
set -uo pipefail
cd "$(dirname "$0")/.."
zip=$(ls dist/autoencoders-*-linux-x86_64.zip | head -n 1)
cp=$(tr ':' '\n' < target/weka.classpath | grep '\.jar$' | grep -v 'weka-stable-' | paste -sd: -)
for v in "${@:-3.8.0 3.8.4 3.8.6 3.9.6}"; do
  for version in $v; do
    case $version in 3.9.*) artifact=weka-dev ;; *) artifact=weka-stable ;; esac
    mvn -B -q dependency:get -Dartifact=nz.ac.waikato.cms.weka:$artifact:$version -Dtransitive=false >/dev/null
    jar=~/.m2/repository/nz/ac/waikato/cms/weka/$artifact/$version/$artifact-$version.jar
    h=$(mktemp -d)
    weka() { java -Xmx2g -DWEKA_HOME="$h/wh" -Duser.home="$h" -Dweka.packageManager.offline=true -cp "$jar:$cp" "$@" 2>&1; }
    mkdir -p "$h/wh"
    echo "== $artifact $(weka weka.core.Version | head -n 1)"
    weka weka.core.WekaPackageManager -offline -install-package "$zip" > "$h/install.log"
    echo "   listed: $(weka weka.core.WekaPackageManager -offline -list-packages installed | grep autoencoders | cut -c1-40)"
    weka weka.Run .Autoencoder -i datasets/diabetes.arff -o "$h/out.arff" -c last -code-size 3 -hidden 16 -epochs 3 \
      | grep -E 'Problem loading|Skipping|trained|Exception' | sort -u | head -n 3 | sed 's/^/   /'
    echo "   Autoencoder: $(grep -c '@attribute code_' "$h/out.arff" 2>/dev/null || echo 0) code attributes"
    weka weka.Run .VariationalAutoencoderGenerator -training-file datasets/diabetes.arff -n 10 -epochs 3 -o "$h/gen.arff" \
      > /dev/null
    echo "   generator: $( [ -f "$h/gen.arff" ] && sed '1,/^@data/d' "$h/gen.arff" | grep -c . || echo 0) rows"
    rm -rf "$h"
  done
done
