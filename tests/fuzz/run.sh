#!/usr/bin/env bash
# Runs each fuzz target of a fuzz build for a bounded time, from the committed seed corpus, and
# fails when any of them finds something: a crash, AddressSanitizer or UndefinedBehaviorSanitizer
# error, a leak, an input slower than the timeout, or one that takes too much memory.
#
#   tests/fuzz/run.sh BUILD_DIR SECONDS
#
# Builds nothing: BUILD_DIR was configured with -DOBSERVATOIRE_FUZZ=ON (clang) and its fuzz_*
# targets built (CONTRIBUTING.md, « Fuzzing »). New inputs go to a scratch folder, never into the
# committed corpus; each finding's input is kept in BUILD_DIR/fuzz-findings/TARGET/ (add it to
# tests/fuzz/corpus/TARGET/ with the fix), and each target's log in BUILD_DIR/fuzz-findings/.
# Exit code: 0 nothing found, 1 a finding, 2 usage or a missing target.
set -euo pipefail

if [ $# -ne 2 ] || ! [[ "$2" =~ ^[0-9]+$ ]] || [ "$2" -lt 1 ]; then
    echo "usage: tests/fuzz/run.sh BUILD_DIR SECONDS" >&2
    exit 2
fi
build_dir=$(readlink -f "$1")
seconds=$2
here=$(dirname "$(readlink -f "$0")")
targets=(csv_reader value_parsers)

for target in "${targets[@]}"; do
    if [ ! -x "$build_dir/tests/fuzz/fuzz_$target" ]; then
        echo "run.sh: $build_dir/tests/fuzz/fuzz_$target is missing: configure BUILD_DIR with" \
            "-DOBSERVATOIRE_FUZZ=ON and build the fuzz targets first" >&2
        exit 2
    fi
done

# The sanitizers' settings: symbolized stacks, leaks detected, a finding stops the target.
source "$here/../sanitize/environment.sh"
export QT_QPA_PLATFORM=offscreen

findings_dir="$build_dir/fuzz-findings"
mkdir -p "$findings_dir"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
for target in "${targets[@]}"; do
    artifacts="$findings_dir/$target"
    log="$findings_dir/$target.log"
    mkdir -p "$artifacts" "$scratch/$target"
    echo "fuzz_$target: $seconds s from tests/fuzz/corpus/$target"
    if "$build_dir/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$artifacts/" \
        "$scratch/$target" "$here/corpus/$target" >"$log" 2>&1; then
        # The last status line: executions, edges covered (cov), features (ft), corpus size.
        grep -E '^#[0-9]+' "$log" | tail -n 1 || true
        grep -E 'stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log" || true
    else
        status=1
        echo "fuzz_$target: FINDING (inputs in $artifacts, log in $log)"
        grep -E '^(==[0-9]+==|SUMMARY|.*runtime error|artifact_prefix|Test unit written|.*deadly signal)' \
            "$log" | head -n 20 || true
    fi
done
exit $status
