#!/usr/bin/env bash
# Runs every fuzz target for a bounded time on stable Rust (no sanitizer), seeded with fuzz/seeds/<target>, and
# prints executions and crashes per target and in all.
#
#   fuzz/run.sh [seconds per target]      (default 120)
#
# Needs `cargo install cargo-fuzz`. A crash leaves its input in fuzz/artifacts/<target>/: keep it as a regression
# in fuzz/regressions/<target>/ (tests/tests/it/fuzz_corpus_replay.rs replays those on every `cargo test`).
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-120}"
targets=(decode_response decode_bodies verify_request webhook)

cargo fuzz build --sanitizer none

total_runs=0
total_crashes=0
for target in "${targets[@]}"; do
    mkdir -p "corpus/$target" "artifacts/$target"
    log="$(mktemp)"
    status=0
    # -fork would use more cores; one process keeps the machine usable. Leak detection needs a sanitizer.
    cargo fuzz run --sanitizer none "$target" "corpus/$target" "seeds/$target" -- \
        -max_total_time="$seconds" -print_final_stats=1 -detect_leaks=0 -timeout=10 \
        >"$log" 2>&1 || status=$?
    runs="$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}' | tail -1)"
    runs="${runs:-0}"
    crashes=0
    if [ "$status" -ne 0 ]; then
        crashes=1
        grep -E 'panicked|ERROR|Test unit written' "$log" | head -5 || true
    fi
    corpus="$(find "corpus/$target" -type f | wc -l)"
    echo "$target: $runs executions in ${seconds}s, $crashes crashes, corpus $corpus inputs"
    total_runs=$((total_runs + runs))
    total_crashes=$((total_crashes + crashes))
    rm -f "$log"
done
echo "total: $total_runs executions, $total_crashes crashes"
[ "$total_crashes" -eq 0 ]
