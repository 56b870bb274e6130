#!/usr/bin/env bash
# Builds the libFuzzer targets and runs one for a number of seconds.
#   Fuzz/run.sh TARGET SECONDS      e.g. Fuzz/run.sh parser 600
# Targets: parser, catalog, state-log, text. Inputs that found something new are kept in
# Fuzz/corpus/TARGET (committed; tests replay them); crashes are written to Fuzz/crashes/.
set -euo pipefail
cd "$(dirname "$0")"
target=${1:?target: parser, catalog, state-log or text}
seconds=${2:-60}
swift build -c release --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address --product "fuzz-$target" >/dev/null
mkdir -p "corpus/$target" crashes
exec ".build-fuzz/release/fuzz-$target" "corpus/$target" -max_total_time="$seconds" -artifact_prefix="crashes/$target-" -print_final_stats=1 -max_len=65536
