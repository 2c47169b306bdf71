#!/usr/bin/env bash
# Every figure in the README's "Measured" section, in one run. Needs ../shared beside the checkout.
# Usage: bash benchmarks/run_all.sh [OUTDIR]   (about 2 hours on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-benchmarks/results}
mkdir -p "$out"
py=.venv/bin/python
wc=.venv/bin/wirecoder
run() { local name=$1; shift; echo "== $name: $*"; "$@" 2>&1 | tee "$out/$name.txt"; }
run extract     $py benchmarks/bench_extract.py --repeat 3
run quotes_eval $wc evaluate quotes --split test --baseline
run events_eval $wc evaluate events --set all
run ingest      $py benchmarks/bench_ingest.py --limit 300
run synth       $py benchmarks/synth_store.py --events 1000000 --db /tmp/wirecoder-synth.duckdb
run queries     $py benchmarks/bench_queries.py --db /tmp/wirecoder-synth.duckdb
run memory      $py benchmarks/bench_memory.py --sizes 0.2,0.5 --baseline
run memory_long $py benchmarks/bench_memory.py --sizes 1,5,10
run memory_50   $py benchmarks/bench_memory.py --sizes 50 --time-limit 3200
run fuzz        $py benchmarks/fuzz_extract.py --count 3000 --seed 1
run fuzz_seed2  $py benchmarks/fuzz_extract.py --count 7000 --seed 2
