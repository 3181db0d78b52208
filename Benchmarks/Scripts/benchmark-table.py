#!/usr/bin/env python3
"""Turns the text output of `swift package benchmark` into a Markdown table of ratios to the ICU floor.

Usage: swift package --disable-sandbox benchmark --no-progress | tee run.txt; Scripts/benchmark-table.py < run.txt

For every `stage/input` benchmark: the median (p50) and fastest (p0) wall clock, ns per input byte at the median,
mallocs per call, and the ratio of its median to the median of `icu-floor/<input>` from the same run. Input sizes
are those of Samples.swift (UTF-8 bytes); update SIZES if the samples change.
"""

import re
import sys

SIZES = {  # UTF-8 bytes of each sample in Samples.swift
    "tweet": 128,
    "typical-300B": 297,
    "long-5KB": 4848,
    "pathological-10k-emoji": 70000,
    "pathological-100KB-one-letter": 100000,
    "pathological-combining-stack": 11435,
    "100B": 96,
    "1KB": 999,
    "10KB": 9998,
    "100KB": 99998,
}
TIME_UNITS = {"ns": 1, "μs": 1e3, "us": 1e3, "ms": 1e6, "s": 1e9}
COUNT_UNITS = {"": 1, "#": 1, "K": 1e3, "M": 1e6, "G": 1e9}
ROW = re.compile(r"^│\s*(?P<metric>[^│]+?)\s*│(?P<values>.*)│\s*$")


def parse(lines):
    results, name = {}, None
    for line in lines:
        line = line.rstrip("\n")
        if re.fullmatch(r"[a-z0-9-]+/[A-Za-z0-9-]+", line.strip()):
            name = line.strip()
            results[name] = {}
            continue
        match = ROW.match(line)
        if not match or name is None:
            continue
        metric = match["metric"]
        values = [v.strip() for v in match["values"].split("│")]
        try:
            p0, p50 = float(values[0]), float(values[2])
        except (IndexError, ValueError):
            continue
        if metric.startswith("Time (wall clock)"):
            unit = re.search(r"\((ns|μs|us|ms|s)\)", metric)[1]
            results[name]["p0_ns"], results[name]["p50_ns"] = p0 * TIME_UNITS[unit], p50 * TIME_UNITS[unit]
        elif metric.startswith("Malloc (total)"):
            unit = re.search(r"\((K|M|G|#)\)", metric)
            results[name]["mallocs"] = p50 * COUNT_UNITS[unit[1] if unit else ""]
    return results


def human(ns):
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.3g} {unit}"
    return f"{ns:.0f} ns"


def main():
    results = parse(sys.stdin)
    print("| benchmark | bytes | p50 | p0 | ns/byte (p50) | mallocs | × icu-floor (p50) |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    order = {"checker": 0, "check": 1, "pipeline": 2, "icu-floor": 3}
    inputs = list(SIZES)
    for name in sorted(results, key=lambda n: (order.get(n.split("/")[0], 9),
                                               inputs.index(n.split("/")[1]) if n.split("/")[1] in inputs else 99)):
        row = results[name]
        if "p50_ns" not in row:
            continue
        stage, input_ = name.split("/", 1)
        size = SIZES.get(input_)
        floor = results.get(f"icu-floor/{input_}", {}).get("p50_ns")
        per_byte = f"{row['p50_ns'] / size:.1f}" if size else ""
        ratio = f"{row['p50_ns'] / floor:.1f}" if floor and stage != "icu-floor" else ""
        mallocs = f"{row['mallocs']:.0f}" if "mallocs" in row else ""
        cells = [name, size or "", human(row["p50_ns"]), human(row["p0_ns"]), per_byte, mallocs, ratio]
        print("| " + " | ".join(str(cell) for cell in cells) + " |")


if __name__ == "__main__":
    main()
