#!/usr/bin/env bash
# Every figure in the README's "Measured" section, in one run. Needs ../shared beside the checkout.
# Usage: bash benchmarks/run_all.sh [OUTDIR]   (about 3 hours on 2 cores: half an hour builds the
# BBC + Reuters-21578 store for bench_dedup.py, which a second run reuses; up to 15 minutes the 50 MB text)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-benchmarks/results}
mkdir -p "$out"
py=.venv/bin/python
wc=.venv/bin/wirecoder
run() { local name=$1; shift; echo "== $name: $*"; "$@" 2>&1 | tee "$out/$name.txt"; }
run extract     $py benchmarks/bench_extract.py --repeat 3
run instructions env PYTHONHASHSEED=0 $py benchmarks/profile_instructions.py --limit 20 --per-stage
run quotes_eval $wc evaluate quotes --split test --baseline
run events_eval $wc evaluate events --set all --split test
run events_eval_dev $wc evaluate events --set all --split dev
run news_eval   $wc evaluate news --split test --show none
run news_eval_dev $wc evaluate news --split dev --show none
run events_own_holdout $wc evaluate news --data tests/data/events_news --split test --show none
run events_own_dev $wc evaluate news --data tests/data/events_news --split dev --show none
run event_audit $py benchmarks/event_audit.py --show none
run event_recall_audit $py benchmarks/event_recall_audit.py --show none --kinds
run quote_audit $py benchmarks/quote_audit.py --show none
run quote_recall_audit $py benchmarks/quote_recall_audit.py --show none
run actor_audit $py benchmarks/actor_audit.py
run actors_own_holdout $wc evaluate news --data tests/data/actors_news --split test --show none
run actors_own_dev $wc evaluate news --data tests/data/actors_news --split dev --show none
run quotes_own_holdout $wc evaluate news --data tests/data/quotes_news --split test --show none
run quotes_own_dev $wc evaluate news --data tests/data/quotes_news --split dev --show none
run agents      $py benchmarks/bench_agents.py
run spurious_actors $py benchmarks/bench_spurious_actors.py --bbc 100
run ingest      $py benchmarks/bench_ingest.py --limit 300
run synth       $py benchmarks/synth_store.py --events 1000000 --repeats 0.3 --db /tmp/wirecoder-synth.duckdb
run queries     $py benchmarks/bench_queries.py --db /tmp/wirecoder-synth.duckdb
run dedup       $py benchmarks/bench_dedup.py --db /tmp/wirecoder-news.duckdb
run serve       $py benchmarks/bench_serve.py --db /tmp/wirecoder-synth.duckdb
# The lake on a LocalCluster of 1 and 2 workers over all of BBC + Reuters-21578 (hours on 2 cores)
run lake        $py benchmarks/bench_lake.py
run memory      $py benchmarks/bench_memory.py --sizes 0.2,0.5 --baseline
run memory_long $py benchmarks/bench_memory.py --sizes 1,5,10
run memory_50   $py benchmarks/bench_memory.py --sizes 50 --time-limit 3200
run memory_end_50 $py benchmarks/bench_memory.py --end-of-run 50
run fuzz        $py benchmarks/fuzz_extract.py --count 3000 --seed 1
run fuzz_seed2  $py benchmarks/fuzz_extract.py --count 7000 --seed 2
