#!/usr/bin/env bash
# Builds the libFuzzer targets and runs one for a number of seconds.
#   Fuzz/run.sh TARGET SECONDS      e.g. Fuzz/run.sh parser 600
# Targets: parser, catalog, state-log, story-file, text, html. Inputs that found something new are kept in
# Fuzz/corpus/TARGET (committed; tests replay them); crashes are written to Fuzz/crashes/.
set -euo pipefail
cd "$(dirname "$0")"
target=${1:?target: parser, catalog, state-log, story-file, text or html}
seconds=${2:-60}
swift build -c release --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address --product "fuzz-$target" >/dev/null
# FUZZ_CORPUS names another folder to grow instead (the smoke run uses a scratch copy).
corpus=${FUZZ_CORPUS:-corpus/$target}
mkdir -p "$corpus" crashes
exec ".build-fuzz/release/fuzz-$target" "$corpus" -max_total_time="$seconds" -artifact_prefix="crashes/$target-" -print_final_stats=1 -max_len=65536
