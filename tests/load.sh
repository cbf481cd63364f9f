#!/usr/bin/env bash
# The load run of RELIABILITY.md, in release mode: 10 000 calls per client against wemeet-mock (async 64 in
# flight, blocking 16 threads). Extra arguments go to the program: --calls N, --in-flight N, --threads N.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run --release --quiet -p wemeet-tests --bin load -- "$@"
