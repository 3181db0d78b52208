#!/usr/bin/env python3
"""Builds the benchmark corpus: one post per line, about 20 MB, from the `text` fields of ../shared/corpora.

Usage: build-corpus.py [--corpora DIR] [--out FILE] [--megabytes N] [--post-bytes B]

Newlines (and other line breaks) inside a text become spaces, empty texts are skipped, and the whole set of texts is
repeated, in a fixed order, until the file reaches N x 10^6 bytes (it stops at a post boundary, so it is a little
over). With --post-bytes, consecutive texts are joined with spaces into posts of B bytes each (cut at the last
space at or before B bytes), for measuring how cost grows with post length on real text. The output goes outside
the repository (default /tmp/postcheck-bench/corpus.txt): corpus data is never committed. Prints the path, size
and number of posts.
"""

import argparse
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
LINE_BREAKS = re.compile(r"[\r\n\u000b\u000c\u0085\u2028\u2029]+")


def texts(corpora: pathlib.Path) -> list[str]:
    found = []
    for path in sorted(corpora.glob("*/*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                if not line.strip():
                    continue
                text = json.loads(line).get("text")
                if not isinstance(text, str):
                    continue
                text = LINE_BREAKS.sub(" ", text).strip()
                if text:
                    found.append(text)
    return found


def joined(texts: list[str], size: int) -> list[str]:
    """Consecutive texts joined with spaces into posts of at most `size` UTF-8 bytes, cut at a space."""
    data = " ".join(texts).encode("utf-8")
    posts, start = [], 0
    while start + size <= len(data):
        end = data.rfind(b" ", start, start + size + 1)
        if end > start:
            posts.append(data[start:end].decode("utf-8"))
            start = end + 1
            continue
        end = start + size  # one word longer than a post: cut it, but never inside a UTF-8 sequence
        while end > start and (data[end] & 0xC0) == 0x80:
            end -= 1
        posts.append(data[start:end].decode("utf-8"))
        start = end
    return posts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=pathlib.Path, default=HERE.parents[2] / "shared" / "corpora")
    parser.add_argument("--out", type=pathlib.Path, default=pathlib.Path("/tmp/postcheck-bench/corpus.txt"))
    parser.add_argument("--megabytes", type=float, default=20)
    parser.add_argument("--post-bytes", type=int, help="join texts into posts of about this many bytes")
    arguments = parser.parse_args()
    if not arguments.corpora.is_dir():
        arguments.corpora = pathlib.Path("/work/shared/corpora")
    posts = texts(arguments.corpora)
    if not posts:
        print(f"build-corpus: no texts under {arguments.corpora}", file=sys.stderr)
        return 66
    if arguments.post_bytes:
        posts = joined(posts, arguments.post_bytes)
    target = int(arguments.megabytes * 1_000_000)
    arguments.out.parent.mkdir(parents=True, exist_ok=True)
    written = count = 0
    with arguments.out.open("wb") as out:
        while written < target:
            for post in posts:
                line = post.encode("utf-8") + b"\n"
                out.write(line)
                written += len(line)
                count += 1
                if written >= target:
                    break
    print(f"{arguments.out}: {written} bytes, {count} posts ({len(posts)} distinct texts)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
