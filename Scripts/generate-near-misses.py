#!/usr/bin/env python3
"""Generate Lexicons/en/shared.ordinary-words.tsv: ordinary English words that PostCheck's deobfuscation would
otherwise rewrite into a sensitive word.

The text pipeline corrects a word that no lexicon lists when it is one edit away from a sensitive word (a word of
the discriminatory, abusive or threat lexicons: one adjacent transposition for targets of 4+ letters, one letter
missing or added for targets of 5+ letters, first letter kept), and splits a run-together word when one part is
sensitive. Real words such as "chin" or "niger" would then be read as slurs. A word listed in any lexicon is never
corrected, so this script lists the real words that one of those rewrites would catch.

Inputs: the Debian wbritish word list (/usr/share/dict/british-english, SCOWL), the given-name and surname
lexicons, and every lexicon in Lexicons/en. Run from the package root after changing a sensitive lexicon:

    python3 Scripts/generate-near-misses.py [--words /usr/share/dict/british-english]
"""

import argparse
import re
import string
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEXICONS = ROOT / "Lexicons" / "en"
OUTPUT = LEXICONS / "shared.ordinary-words.tsv"
SENSITIVE_CATEGORIES = {"discriminatory", "abusive", "threat"}
LETTERS = string.ascii_lowercase
ASCII_WORD = re.compile(r"^[a-z]+$")


def lexicon_files():
    for path in sorted(LEXICONS.glob("*.tsv")):
        if path == OUTPUT:
            continue
        header, rows = {}, []
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# ") and ":" in line and not rows:
                key, _, value = line[2:].partition(":")
                header.setdefault(key.strip(), value.strip())
            elif line and not line.startswith("#"):
                columns = line.split("\t")
                if len(columns) >= 2:
                    rows.append(columns[1])
        yield path, header, rows


def pattern_words(pattern):
    """The literal words of a pattern (classes, wildcards and operators removed)."""
    cleaned = re.sub(r"<[^>]*>", " ", pattern)
    cleaned = re.sub(r"[()|?]", " ", cleaned)
    return [word for word in cleaned.split() if word not in ("*", "**")]


def one_edit_variants(target):
    """What the engine would correct towards `target`: transpositions (4+), deletions and insertions (5+), never
    touching the first letter."""
    variants = set()
    if len(target) >= 4:
        for i in range(1, len(target) - 1):
            swapped = target[:i] + target[i + 1] + target[i] + target[i + 2 :]
            if swapped != target:
                variants.add(swapped)
    if len(target) >= 5:
        for i in range(1, len(target)):
            variants.add(target[:i] + target[i + 1 :])
        for i in range(1, len(target) + 1):
            for letter in LETTERS:
                variants.add(target[:i] + letter + target[i:])
    variants.discard(target)
    return variants


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", default="/usr/share/dict/british-english")
    arguments = parser.parse_args()
    word_list = Path(arguments.words)
    if not word_list.exists():
        sys.exit(f"{word_list} is missing: apt-get install wbritish")

    vocabulary, sensitive, names = set(), set(), set()
    for path, header, patterns in lexicon_files():
        words = {word for pattern in patterns for word in pattern_words(pattern)}
        vocabulary |= words
        if header.get("category") in SENSITIVE_CATEGORIES:
            sensitive |= {word for word in words if ASCII_WORD.match(word)}
        if path.name in ("named_individual.given-names.tsv", "named_individual.surnames.tsv"):
            names |= {word for word in words if ASCII_WORD.match(word)}

    ordinary = {line.strip().lower() for line in word_list.read_text(encoding="utf-8").splitlines()}
    ordinary = {word for word in ordinary if ASCII_WORD.match(word)} | names
    candidates = ordinary - vocabulary

    # One edit away from a sensitive word.
    # An inflection of the sensitive word ("abhors", "hates") keeps its meaning: leave that correction alone.
    near = set()
    for target in sensitive:
        if len(target) >= 4:
            inflections = {target + "s", target + "d", target[:-1] if target.endswith("s") else target}
            near |= (one_edit_variants(target) - inflections) & candidates

    # Run together: a split into a sensitive part (3+ letters) and a lexicon word ("i", "a" or 2+ letters). Listing
    # a word makes it a possible part of other splits, so repeat until nothing changes.
    listed = set(near)
    while True:
        known = vocabulary | listed
        added = set()
        for word in candidates - listed:
            if len(word) < 5:
                continue
            for split in range(1, len(word)):
                left, right = word[:split], word[split:]
                parts = [left in ("i", "a") or (len(left) >= 2 and left in known),
                         right in ("i", "a") or (len(right) >= 2 and right in known)]
                if all(parts) and any(len(part) >= 3 and part in sensitive for part in (left, right)):
                    added.add(word)
                    break
        if not added:
            break
        listed |= added

    source = (
        f"generated by Scripts/generate-near-misses.py from Debian package wbritish ({word_list}; SCOWL word lists, "
        "Copyright 2000-2011 Kevin Atkinson and contributors, permissive licence: see /usr/share/doc/wbritish/copyright), "
        "the given-name and surname lexicons and the discriminatory, abusive and threat lexicons; regenerate, do not edit"
    )
    lines = [
        "# name: shared.ordinary-words",
        "# category: shared",
        "# kind: terms",
        "# class: ordinary.word",
        "# language: en-GB",
        "# what: ordinary words one edit away from, or run together with, a sensitive word; listing them stops the "
        "text pipeline rewriting them into slurs or threats (chin, niger)",
        f"# source: {source}",
        "# license: LicenseRef-SCOWL",
        "# columns: id <TAB> pattern <TAB> severity <TAB> tags <TAB> note",
        "#",
        "# SCOWL: Permission to use, copy, modify, distribute and sell these word lists, the associated scripts, the "
        "output created from the scripts,",
        "# and its documentation for any purpose is hereby granted without fee, provided that the above copyright "
        "notice appears in all copies",
        "# and that both that copyright notice and this permission notice appear in supporting documentation.",
    ]
    for word in sorted(listed):
        kind = "near-miss" if word in near else "run-together"
        lines.append(f"w-{word}\t{word}\tlow\t-\t{kind}")
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUTPUT.relative_to(ROOT)}: {len(listed)} words ({len(near)} one edit away)", file=sys.stderr)


if __name__ == "__main__":
    main()
