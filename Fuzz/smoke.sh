#!/usr/bin/env bash
# A short run of every fuzz target (CI's smoke test); long runs are `Fuzz/run.sh TARGET 600`.
# Fails when a target crashes, a sanitizer reports, or a target does not build.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-10}
log=$(mktemp)
for target in parser catalog state-log story-file text html; do
  echo "fuzzing $target for ${seconds}s"
  # Starts from the committed corpus but grows a scratch copy: a smoke run leaves the tree as it was.
  scratch=$(mktemp -d)
  cp -r "corpus/$target/." "$scratch"
  if ! FUZZ_CORPUS="$scratch" ./run.sh "$target" "$seconds" >"$log" 2>&1; then
    tail -40 "$log"
    echo "fuzz target $target failed"
    exit 1
  fi
  grep -E "^stat::number_of_executed_units" "$log" || true
  rm -rf "$scratch"
done
rm -f "$log"
