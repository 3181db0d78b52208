# Shared by throughput.sh and peers.sh: paths, builds and the timing helper. Source it; don't run it.
# MB means 10^6 bytes everywhere. Override any path with the environment variable of the same name.

SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BENCHMARKS="$(dirname "$SCRIPTS")"
ROOT="$(dirname "$BENCHMARKS")"
WORK="${WORK:-/tmp/postcheck-bench}"                  # corpus, outputs and logs: never inside the repository
CORPUS="${CORPUS:-$WORK/corpus.txt}"
SCRATCH="${SCRATCH:-/tmp/pc-bench-build}"             # the main package's release build, apart from other builds
POSTCHECK="$SCRATCH/release/postcheck"
RUNS="${RUNS:-3}"                                     # timed runs per measurement; the fastest is reported

mkdir -p "$WORK"

log() { printf '%s\n' "$*" >&2; }

# Builds `postcheck` (release) with its own scratch path, and the corpus if it is missing.
prepare_postcheck_and_corpus() {
  if [[ -z "${SKIP_BUILD:-}" ]]; then
    log "building postcheck (release) into $SCRATCH ..."
    (cd "$ROOT" && swift build -c release --product postcheck --scratch-path "$SCRATCH" \
      >"$WORK/build-postcheck.log" 2>&1) \
      || { tail -20 "$WORK/build-postcheck.log" >&2; exit 1; }
  fi
  [[ -s "$CORPUS" ]] || python3 "$SCRIPTS/build-corpus.py" --out "$CORPUS" >&2
  CORPUS_BYTES=$(stat -c %s "$CORPUS")
  CORPUS_POSTS=$(wc -l <"$CORPUS")
  log "corpus: $CORPUS, $CORPUS_BYTES bytes, $CORPUS_POSTS posts"
}

# Peak RSS of the last `timed` command, in MB.
PEAK_RSS_MB=0
# The least wall-clock seconds and the least CPU seconds (user + system, all threads) over the last `timed` command's
# runs. On a shared machine CPU seconds are the steadier measure: they leave out time other processes held a core.
SECONDS_BEST=0
CPU_SECONDS_BEST=0

# timed CMD...: runs CMD $RUNS times under /usr/bin/time, stdin from $TIMED_STDIN (default /dev/null), stdout to
# $TIMED_STDOUT (default /dev/null); sets SECONDS_BEST, CPU_SECONDS_BEST and PEAK_RSS_MB (the largest).
timed() {
  local best="" cpu_best="" peak=0 run start end elapsed cpu rss
  for ((run = 0; run < RUNS; run++)); do
    start=$(date +%s%N)
    /usr/bin/time -f '%U %S %M' -o "$WORK/time.out" "$@" <"${TIMED_STDIN:-/dev/null}" >"${TIMED_STDOUT:-/dev/null}" \
      2>>"$WORK/stderr.log" || { log "failed: $*"; tail -5 "$WORK/stderr.log" >&2; return 1; }
    end=$(date +%s%N)
    elapsed=$(((end - start) / 1000))
    [[ -z "$best" || $elapsed -lt $best ]] && best=$elapsed
    cpu=$(tail -1 "$WORK/time.out" | awk '{ printf "%d", ($1 + $2) * 1e6 }')
    [[ -z "$cpu_best" || $cpu -lt $cpu_best ]] && cpu_best=$cpu
    rss=$(tail -1 "$WORK/time.out" | awk '{ print $3 }')
    ((rss > peak)) && peak=$rss
  done
  SECONDS_BEST=$(awk -v us="$best" 'BEGIN { printf "%.3f", us / 1e6 }')
  PEAK_RSS_MB=$(awk -v kb="$peak" 'BEGIN { printf "%.1f", kb / 1024 }')
  CPU_SECONDS_BEST=$(awk -v us="$cpu_best" 'BEGIN { printf "%.3f", us / 1e6 }')
  return 0
}

# rate LABEL BYTES POSTS: prints one result line: wall-clock MB/s and posts/s, MB per CPU second, peak RSS.
rate() {
  awk -v label="$1" -v bytes="$2" -v posts="$3" -v s="$SECONDS_BEST" -v cpu="$CPU_SECONDS_BEST" \
    -v rss="$PEAK_RSS_MB" 'BEGIN {
    printf "%-40s %7.2f MB/s %8.0f posts/s  %7.3f s  %7.2f MB/cpu-s (%.3f cpu-s)  peak RSS %6.1f MB\n",
      label, bytes / s / 1e6, posts / s, s, bytes / cpu / 1e6, cpu, rss }'
}
