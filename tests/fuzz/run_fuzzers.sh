#!/usr/bin/env bash
# Runs every fuzz target of a sanitizer build for SECONDS each, over a fresh copy of its seed
# corpus (the test fixtures and the shipped letter templates), and prints what each did. Any
# crash, leak, hang or sanitizer finding fails the run, and its input is kept in ARTIFACTS.
# Usage: run_fuzzers.sh BUILD_DIR SECONDS [ARTIFACTS_DIR]
set -euo pipefail
build=$1
seconds=$2
source=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
artifacts=${3:-$build/fuzz-artifacts}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$artifacts" "$work/csv" "$work/template" "$work/sheet"
cp "$source"/tests/data/*.csv "$source"/tests/data/*.tsv "$work/csv/"
cp "$source"/tests/fuzz/seeds/sheet/* "$source"/tests/data/*.xls "$source"/tests/data/*.ods "$work/sheet/"
cp "$source"/resources/letters/*.mustache "$work/template/"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen
export CAC_XLS_READER=$build/cac-review-xls # the .xls reader process (fuzz_sheet)
failed=0
passed=0
for pair in fuzz_csvreader:csv fuzz_import:csv fuzz_template:template fuzz_sheet:sheet; do
    target=${pair%%:*}
    corpus=$work/${pair##*:}-$target
    cp -r "$work/${pair##*:}" "$corpus"
    log=$work/$target.log
    # -timeout: one input taking over 10 s is a hang; -rss_limit_mb: runaway memory is a finding.
    if "$build/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
            -print_final_stats=1 -artifact_prefix="$artifacts/$target-" "$corpus" >"$log" 2>&1; then
        runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
        rate=$(grep -o 'exec/s: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || echo '?')
        echo "ok: $target: $runs inputs in ${seconds}s ($rate/s), corpus $(ls "$corpus" | wc -l) files"
        passed=$((passed + 1))
    else
        echo "FAIL: $target found a problem; input kept under $artifacts:" >&2
        tail -40 "$log" >&2
        failed=$((failed + 1))
    fi
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
