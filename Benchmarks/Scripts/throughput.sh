#!/usr/bin/env bash
# Whole-process throughput of `postcheck filter` over the ~20 MB corpus, beside the ICU floor measured in the same
# run, plus start-up time and peak RSS on a ~1 GB input.
#
#   Benchmarks/Scripts/throughput.sh                  # everything (the 1 GB pass takes 20-30 minutes today)
#   PARTS="inprocess filter" Benchmarks/Scripts/throughput.sh
#
# PARTS (default "inprocess scaling filter startup big") chooses what runs:
#   inprocess  icu-floor over the corpus already in memory: the ICU floor, the text pipeline alone, and check()
#   scaling    check() and the floor on ~2 MB of corpus text cut into posts of 100 B, 1 KB, 10 KB, 100 KB and 1 MB
#   filter     postcheck filter --jobs 1 and --jobs 2 (and --jobs 1 with guide answers), and a check that --jobs 2
#              writes exactly what --jobs 1 writes
#   startup    postcheck check "hello" as a whole process (hyperfine)
#   big        peak RSS of postcheck filter --jobs $BIG_JOBS on ~$BIG_GB GB streamed through a pipe (no big file)
# Environment: CORPUS, WORK (default /tmp/postcheck-bench), SCRATCH (default /tmp/pc-bench-build), RUNS (default 3;
# the least time over the runs is reported), BIG_GB (default 1), BIG_JOBS (default 1), SKIP_BUILD=1 to reuse builds.
# Needs /usr/bin/time (Debian package `time`) and, for start-up, hyperfine (Debian package `hyperfine`; a plain loop
# is used without it). MB = 10^6 bytes, and bytes count newlines; peak RSS is /usr/bin/time's maximum resident set
# size. MB/cpu-s divides by the CPU time the process used (all threads): on a shared machine it is the steadier
# figure, since it leaves out the time other processes held the cores.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
PARTS=" ${PARTS:-inprocess scaling filter startup big} "
part() { [[ "$PARTS" == *" $1 "* ]]; }

[[ -x /usr/bin/time ]] || { log "installing time ..."; apt-get install -y -qq time >&2; }

prepare_postcheck_and_corpus
if (part inprocess || part scaling) && [[ -z "${SKIP_BUILD:-}" ]]; then
  log "building icu-floor (release) in $BENCHMARKS/.build ..."
  (cd "$BENCHMARKS" && swift build -c release --product icu-floor >"$WORK/build-icu-floor.log" 2>&1) \
    || { tail -20 "$WORK/build-icu-floor.log" >&2; exit 1; }
fi

echo "# PostCheck throughput, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(uname -m), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# corpus: $CORPUS_BYTES bytes, $CORPUS_POSTS posts; least of $RUNS runs; MB = 10^6 bytes"

ICU_FLOOR="$(cd "$BENCHMARKS" && swift build -c release --show-bin-path)/icu-floor"
if part inprocess; then
  echo
  echo "## In process, input already in memory (icu-floor: no I/O, no JSON)"
  for mode in floor pipeline check; do
    "$ICU_FLOOR" --mode "$mode" --runs "$RUNS" "$CORPUS"
  done
fi

if part scaling; then
  echo
  echo "## Cost against post length: ~2 MB of corpus text as posts of one size (icu-floor, in process)"
  for size in 100 1000 10000 100000 1000000; do
    python3 "$SCRIPTS/build-corpus.py" --post-bytes "$size" --megabytes 2 --out "$WORK/scaling-$size.txt" >/dev/null
    printf '%6d-byte posts: ' "$size"
    "$ICU_FLOOR" --mode check --runs "$RUNS" "$WORK/scaling-$size.txt"
    printf '%6d-byte posts: ' "$size"
    "$ICU_FLOOR" --mode floor --runs "$RUNS" "$WORK/scaling-$size.txt"
  done
fi

if part filter; then
  echo
  echo "## Whole process: postcheck filter --no-guide --input CORPUS > /dev/null"
  for jobs in 1 2; do
    timed "$POSTCHECK" filter --no-guide --jobs "$jobs" --input "$CORPUS"
    rate "postcheck filter --jobs $jobs" "$CORPUS_BYTES" "$CORPUS_POSTS"
  done
  timed "$POSTCHECK" filter --jobs 1 --input "$CORPUS"
  rate "postcheck filter --jobs 1 (with guide)" "$CORPUS_BYTES" "$CORPUS_POSTS"

  # --jobs 2 must give exactly the records --jobs 1 gives, in the same order.
  RUNS=1 TIMED_STDOUT="$WORK/out-jobs1.jsonl" timed "$POSTCHECK" filter --no-guide --jobs 1 --input "$CORPUS"
  RUNS=1 TIMED_STDOUT="$WORK/out-jobs2.jsonl" timed "$POSTCHECK" filter --no-guide --jobs 2 --input "$CORPUS"
  if cmp -s "$WORK/out-jobs1.jsonl" "$WORK/out-jobs2.jsonl" \
    && [[ $(wc -l <"$WORK/out-jobs1.jsonl") -eq $CORPUS_POSTS ]]; then
    echo "--jobs 2 output identical to --jobs 1 ($CORPUS_POSTS records, order preserved)"
  else
    echo "WARNING: --jobs 2 output differs from --jobs 1 (or a record is missing)"
  fi
  rm -f "$WORK/out-jobs1.jsonl" "$WORK/out-jobs2.jsonl"
fi

if part startup; then
  echo
  echo "## Start-up: postcheck check \"hello\" as a whole process"
  if command -v hyperfine >/dev/null; then
    hyperfine -N --warmup 2 --min-runs 10 --export-json "$WORK/startup.json" "$POSTCHECK check hello" >/dev/null 2>&1
    python3 - "$WORK/startup.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(f"postcheck check hello: mean {r['mean'] * 1e3:.1f} ms, min {r['min'] * 1e3:.1f} ms, "
      f"user {r['user'] * 1e3:.1f} ms, system {r['system'] * 1e3:.1f} ms (hyperfine, {len(r['times'])} runs)")
PY
  else
    start=$(date +%s%N)
    for _ in $(seq 10); do "$POSTCHECK" check hello >/dev/null; done
    end=$(date +%s%N)
    echo "postcheck check hello: mean $(((end - start) / 10000000)) ms (loop of 10)"
  fi
fi

if part big; then
  BIG_GB="${BIG_GB:-1}"
  BIG_JOBS="${BIG_JOBS:-1}"
  echo
  echo "## Memory: postcheck filter --no-guide --jobs $BIG_JOBS on ~$BIG_GB GB streamed through a pipe"
  copies=$(awk -v gb="$BIG_GB" -v b="$CORPUS_BYTES" 'BEGIN { c = int(gb * 1e9 / b + 0.5); print (c < 1 ? 1 : c) }')
  rm -f "$WORK/big.fifo"
  mkfifo "$WORK/big.fifo"
  (for ((i = 0; i < copies; i++)); do cat "$CORPUS"; done >"$WORK/big.fifo") &
  # /usr/bin/time times bash, whose reported peak RSS is the largest of its waited-for children: postcheck's.
  RUNS=1 TIMED_STDIN="$WORK/big.fifo" TIMED_STDOUT="$WORK/big-out.count" \
    timed bash -c "\"$POSTCHECK\" filter --no-guide --jobs $BIG_JOBS | wc -l"
  wait
  rm -f "$WORK/big.fifo"
  rate "postcheck filter, $copies x corpus" "$((copies * CORPUS_BYTES))" "$((copies * CORPUS_POSTS))"
  echo "records out: $(cat "$WORK/big-out.count") (expected $((copies * CORPUS_POSTS)))"
fi
