import Benchmark
import PostCheck

/// PostCheck's benchmarks, named `stage/input`:
///
/// - `checker/construction`: `Checker(lexicons: .bundled)`, compiling every bundled lexicon.
/// - `check/<input>`: a whole `check(_:)`, text pipeline, lexicon matching, detectors and report.
/// - `pipeline/<input>`: the text pipeline alone (`textPipeline.prepare(_:)`).
/// - `icu-floor/<input>`: the baseline, NFKC_Casefold plus UAX #29 word segmentation with a reused break iterator
///   (`ICUBaseline`). Quote the other stages as ratios to it, from the same run.
///
/// Inputs are in `Samples.swift`. `check/100B` … `check/100KB` (with their `icu-floor/` twins) show how cost grows
/// with length. Setup (building the checker) is never measured, except in `checker/construction`.
let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    // No cpuTotal: Linux counts it in 10 ms ticks, so a check reads as 0 or 10 ms. On a shared machine, read the
    // p0 column, or use Scripts/throughput.sh, which reports MB per CPU second over the whole corpus.
    metrics: [.wallClock, .throughput, .mallocCountTotal],
    warmupIterations: 10,
    maxDuration: .seconds(2),
    maxIterations: 10_000
  )

  // A construction takes a third of a second or more: no warm-up, and a few samples at most.
  Benchmark(
    "checker/construction", configuration: .init(warmupIterations: 0, maxDuration: .seconds(10), maxIterations: 5)
  ) { benchmark in
    for _ in benchmark.scaledIterations { blackHole(try Checker(lexicons: .bundled)) }
  }

  for (name, text) in Samples.stageInputs + Samples.scalingInputs {
    Benchmark("check/\(name)") { benchmark, checker in
      for _ in benchmark.scaledIterations { blackHole(try checker.check(text)) }
    } setup: {
      try Checker(lexicons: .bundled)
    }
  }

  for (name, text) in Samples.stageInputs {
    Benchmark("pipeline/\(name)") { benchmark, pipeline in
      for _ in benchmark.scaledIterations { blackHole(try pipeline.prepare(text)) }
    } setup: {
      try Checker(lexicons: .bundled).textPipeline
    }
  }

  for (name, text) in Samples.stageInputs + Samples.scalingInputs {
    Benchmark("icu-floor/\(name)") { benchmark, floor in
      for _ in benchmark.scaledIterations { blackHole(try floor.foldAndSegment(text)) }
    } setup: {
      ICUBaseline()
    }
  }
}
