#!/usr/bin/env bash
# Issue 13's bad-input table as the user sees it: runs the bad-input suite (src/test/java/weka/autoencoder/
# conformance/BadInputCases.java, every case against every filter configuration) and writes what each case showed
# (error, warning or finite output, with the message) to bench/RESULTS-bad-input.md. About a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
table=target/bad-input-table.md
mvn -B -q test -Dtest='BadInputSuiteTest' -Dsurefire.failIfNoSpecifiedTests=false -Dbad.input.report="$PWD/$table"
{
  echo "# What a user sees for each bad input (issue 13)"
  echo
  echo "Made by \`bash bench/run-bad-input.sh\` on $(date -u +%Y-%m-%d). Each line is one case of"
  echo "\`BadInputCases\` run through Weka's filter API on the conformance suite's small data (quick options:"
  echo "3 epochs, -learning-rate 0.01, no validation split unless the case sets one)."
  echo
  cat "$table"
} > bench/RESULTS-bad-input.md
sed -n 1,12p bench/RESULTS-bad-input.md
