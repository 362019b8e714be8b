#!/usr/bin/env bash
# Builds the package for all five platforms Deeplearning4j 1.0.0-M2.1 has natives for, with their package
# repositories, then checks every zip's contents (PlatformZipsIT with all five platforms required):
#   dist/autoencoders-<version>-<platform>.zip         for linux-x86_64 windows-x86_64 macosx-x86_64 macosx-arm64 linux-arm64
#   dist/repository/<platform>/                        a Weka package repository listing that zip as "autoencoders"
# It also assembles (in target/, not shipped) the all-platform zip the five would make together, to print its size.
# The first run downloads every platform's natives from Maven Central (about 400 MB).
# Usage (from the repository root): bash src/scripts/build-all-platforms.sh [-Drepository.url=https://host/path]
#   Extra arguments go to every mvn call, e.g. the URL where dist/repository/ will be served.
set -euo pipefail
cd "$(dirname "$0")/../.."
platforms=(linux-x86_64 windows-x86_64 macosx-x86_64 macosx-arm64 linux-arm64)
start=$(date +%s)
for platform in "${platforms[@]}"; do
  echo "== $platform"
  mvn -B -q package -DskipTests -Djavacpp.platform="$platform" "$@"
done
version=$(ls dist/autoencoders-*-linux-x86_64.zip | sed 's#dist/autoencoders-\(.*\)-linux-x86_64.zip#\1#')

echo "== all-platform zip (measured, not shipped)"
all=target/package-stage/all-platforms
rm -rf "$all"
cp -r target/package-stage/linux-x86_64 "$all"
for platform in "${platforms[@]}"; do
  cp -n target/package-stage/"$platform"/lib/*.jar "$all/lib/"
done
sed -i -e 's/^OSName=.*/OSName=Linux,Windows,Mac/' -e 's/^OSArch=.*/OSArch=amd64,x86_64,aarch64/' "$all/Description.props"
rm -f target/autoencoders-$version-all-platforms.zip
jar --create --file "target/autoencoders-$version-all-platforms.zip" --no-manifest -C "$all" .

echo "== checking the five zips' contents (PlatformZipsIT, all five required)"
mvn -B -q verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=PlatformZipsIT \
  -Dplatforms.required="$(IFS=,; echo "${platforms[*]}")" "$@"
grep -h -E 'Tests run:' target/failsafe-reports/*PlatformZipsIT.txt || true

echo
echo "== sizes"
printf '%-16s %10s %12s\n' platform "zip (MB)" "natives (MB)"
for platform in "${platforms[@]}"; do
  zip="dist/autoencoders-$version-$platform.zip"
  natives=$(du -cb target/package-stage/"$platform"/lib/*-"$platform".jar | tail -n 1 | cut -f1)
  printf '%-16s %10.1f %12.1f\n' "$platform" "$(( $(stat -c %s "$zip") ))e-6" "${natives}e-6"
done
printf '%-16s %10.1f\n' all-platforms "$(stat -c %s "target/autoencoders-$version-all-platforms.zip")e-6"
echo "repositories: $(ls -d dist/repository/*/ | tr '\n' ' ')"
echo "done in $(( $(date +%s) - start )) s"
