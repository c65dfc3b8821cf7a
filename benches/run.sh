#!/usr/bin/env bash
# The throughput benchmark of vacex, run by `make bench` as
#   VPY=.venv/bin/python BIN=target/release/vacex bash benches/run.sh
# It generates a synthetic corpus (crates/vacex-bench, gen-corpus), runs `vacex run`
# on it with 1 thread and with all threads, on the JSONL.gz and WARC.gz shapes too,
# reads the per-stage timings from the run reports, runs the Python reference on the
# same pages, then the per-stage criterion benches, and prints one compact table with
# the targets met or not. Everything it writes goes to a temp dir (removed at the end)
# and to target/ (the build and the criterion results). BENCHMARKS.md explains it.
#
# Environment:
#   BENCH_PAGES=10000        pages of the corpus
#   BENCH_FULL=1             also a 100,000-page run (BENCH_BIG_PAGES) for peak RSS flatness
#   BENCH_SEED=42            corpus seed
#   BENCH_SKIP_CRITERION=1   skip the criterion benches
#   BENCH_SKIP_PYTHON=1      skip the Python reference
#   BENCH_DEDUP_OBSERVATIONS=10000000   observations fed to dedup-memory (the dedup
#                            state's memory; needs about 4 GB of RAM)
#   BENCH_SKIP_DEDUP_MEMORY=1           skip dedup-memory
#   BENCH_CALLGRIND_PAGES=500           pages of the instruction count (valgrind callgrind;
#                            skipped without valgrind or with BENCH_SKIP_CALLGRIND=1)
#   BENCH_WAIT_QUIET=600     wait up to this many seconds for the 1-minute load to fall
#                            below 0.5 before measuring (other work skews every number)
#   TMPDIR                   where the corpus goes (10k pages: ~1.6 GB; 100k: ~8 GB more);
#                            TMPDIR=/dev/shm keeps it in memory on a host that evicts the
#                            page cache between runs (the table's "read from disk" shows it)
set -euo pipefail
cd "$(dirname "$0")/.."

VPY=${VPY:-.venv/bin/python}
BIN=${BIN:-target/release/vacex}
CARGO=${CARGO:-cargo}
PAGES=${BENCH_PAGES:-10000}
BIG_PAGES=${BENCH_BIG_PAGES:-100000}
SEED=${BENCH_SEED:-42}
TARGET=${CARGO_TARGET_DIR:-target}
THREADS=$(nproc)
RUN_DATE=2025-11-20
TOOLS=benches/bench_tools.py
export PYTHONDONTWRITEBYTECODE=1

[ -x "$BIN" ] || { echo "benches/run.sh: $BIN not found: run 'make build' first" >&2; exit 2; }

echo "== setup: Python reference requirements, gen-corpus"
"$VPY" -m pip install -q --disable-pip-version-check -r benches/requirements.txt
"$CARGO" build --release --quiet -p vacex-bench --bin gen-corpus
GEN="$TARGET/release/gen-corpus"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/vacex-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
RESULTS="$WORK/results.jsonl"
: > "$RESULTS"

echo "== machine: $(nproc) cores, $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)"

measure() { "$VPY" "$TOOLS" measure --results "$RESULTS" "$@"; }

# vacex run LABEL THREADS INPUT MANIFEST: one timed run into a fresh output dir.
vacex_run() {
    local label=$1 threads=$2 input=$3 manifest=$4 out="$WORK/out-$1"
    measure --label "$label" --threads "$threads" --manifest "$manifest" \
        --report "$out/runs/$RUN_DATE.json" -- \
        "$BIN" --quiet run --run-date "$RUN_DATE" --threads "$threads" --out "$out" "$input"
    rm -rf "$out"
}

echo "== corpus: $PAGES pages, seed $SEED (dir, jsonl.gz, warc.gz)"
measure --label gen-corpus -- \
    "$GEN" --pages "$PAGES" --seed "$SEED" --out "$WORK/corpus" --formats dir,jsonl.gz,warc.gz
MANIFEST="$WORK/corpus/manifest.json"
# Warm the page cache the same way for every run: read everything once.
cat "$WORK"/corpus/pages/*/*.html "$WORK"/corpus/corpus.* > /dev/null
load() { cut -d' ' -f1 /proc/loadavg; }
waited=0
while [ "$waited" -lt "${BENCH_WAIT_QUIET:-0}" ] && awk "BEGIN{exit !($(load) >= 0.5)}"; do
    sleep 10
    waited=$((waited + 10))
done
if awk "BEGIN{exit !($(load) >= 0.5)}"; then
    echo "warning: load average $(load) before measuring: other processes share the cores, numbers will be low" >&2
fi

echo "== vacex run (run date $RUN_DATE)"
vacex_run dir-1t 1 "$WORK/corpus/pages" "$MANIFEST"
vacex_run dir-all "$THREADS" "$WORK/corpus/pages" "$MANIFEST"
vacex_run jsonl.gz-all "$THREADS" "$WORK/corpus/corpus.jsonl.gz" "$MANIFEST"
vacex_run warc.gz-all "$THREADS" "$WORK/corpus/corpus.warc.gz" "$MANIFEST"

if [ "${BENCH_SKIP_CALLGRIND:-0}" != 1 ] && command -v valgrind > /dev/null; then
    # Instructions do not change with the host's load or clock, so two builds can be
    # compared on a noisy machine: a one-page run (start-up) and a small corpus.
    echo "== instructions (valgrind callgrind, 1 thread)"
    for n in 1 "${BENCH_CALLGRIND_PAGES:-500}"; do
        "$GEN" --pages "$n" --seed "$SEED" --out "$WORK/cg-$n" --formats dir > /dev/null
        "$VPY" "$TOOLS" instructions --results "$RESULTS" --label "callgrind-$n" \
            --manifest "$WORK/cg-$n/manifest.json" -- \
            "$BIN" --quiet run --no-merge --run-date "$RUN_DATE" --threads 1 \
            --out "$WORK/out-cg-$n" "$WORK/cg-$n/pages"
        rm -rf "$WORK/cg-$n" "$WORK/out-cg-$n"
    done
fi

echo "== vacex merge alone (two streaming passes over the observations)"
"$BIN" --quiet run --no-merge --run-date "$RUN_DATE" --out "$WORK/out-merge" "$WORK/corpus/pages"
measure --label merge -- "$BIN" --quiet merge --out "$WORK/out-merge"
rm -rf "$WORK/out-merge"

if [ "${BENCH_SKIP_PYTHON:-0}" != 1 ]; then
    echo "== Python reference (BeautifulSoup + lxml, re, pandas -> Parquet), 1 process"
    measure --label python -- "$VPY" benches/python_reference.py "$WORK/corpus/pages"
fi
rm -rf "$WORK/corpus"

if [ "${BENCH_FULL:-0}" = 1 ]; then
    echo "== $BIG_PAGES pages, for peak RSS flatness"
    measure --label gen-corpus-100k -- \
        "$GEN" --pages "$BIG_PAGES" --seed "$SEED" --out "$WORK/big" --formats dir
    vacex_run dir-100k "$THREADS" "$WORK/big/pages" "$WORK/big/manifest.json"
    rm -rf "$WORK/big"
fi

if [ "${BENCH_SKIP_DEDUP_MEMORY:-0}" != 1 ]; then
    echo "== dedup state at ${BENCH_DEDUP_OBSERVATIONS:-10000000} observations (dedup-memory)"
    "$CARGO" build --release --quiet -p vacex-bench --bin dedup-memory
    measure --label dedup-memory -- \
        "$TARGET/release/dedup-memory" --observations "${BENCH_DEDUP_OBSERVATIONS:-10000000}"
fi

CRIT="$TARGET/criterion"
if [ "${BENCH_SKIP_CRITERION:-0}" != 1 ]; then
    echo "== criterion benches (cargo bench -p vacex-bench)"
    rm -rf "$CRIT/stage" "$CRIT/write" "$CRIT/html_text"
    CRITERION_HOME="$CRIT" "$CARGO" bench --quiet -p vacex-bench --bench stages 2>&1 |
        grep -E '^(stage|write|html_text)/|time:|thrpt:|^stages:' || true
fi

echo
echo "== vacex throughput, $(date -u +%Y-%m-%d), $(nproc) cores"
if [ "${BENCH_SKIP_CRITERION:-0}" != 1 ]; then
    "$VPY" "$TOOLS" table --results "$RESULTS" --criterion "$CRIT"
else
    "$VPY" "$TOOLS" table --results "$RESULTS"
fi
