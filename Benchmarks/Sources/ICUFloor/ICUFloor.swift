import Foundation
import PostCheck

/// `icu-floor [--mode floor|pipeline|check] [--runs N] FILE`: in-process throughput over a one-post-per-line corpus.
///
/// The corpus is read and split into posts before the clock starts, so only the chosen stage is timed:
/// - `floor` (default): `ICUBaseline().foldAndSegment(_:)`, NFKC_Casefold + UAX #29 words, the ICU floor;
/// - `pipeline`: the checker's text pipeline alone;
/// - `check`: a whole `Checker.check(_:)`, without the CLI's input decoding and JSON rendering.
///
/// Prints one line, `mode=… posts=… bytes=… seconds=… cpu_seconds=… MB/s=… MB/cpu-s=… posts/s=…`, for the fastest
/// of `--runs` passes (MB = 10^6 bytes; bytes is the file's size, newlines included). `Scripts/throughput.sh` runs
/// it beside `postcheck filter` on the same corpus.
@main
struct ICUFloor {
  enum Mode: String { case floor, pipeline, check }

  static func main() throws {
    var arguments = Array(CommandLine.arguments.dropFirst())
    var mode = Mode.floor
    var runs = 3
    var path: String?
    while !arguments.isEmpty {
      let argument = arguments.removeFirst()
      switch argument {
      case "--mode":
        guard let value = arguments.first, let chosen = Mode(rawValue: value) else { usage() }
        mode = chosen
        arguments.removeFirst()
      case "--runs":
        guard let value = arguments.first, let count = Int(value), count > 0 else { usage() }
        runs = count
        arguments.removeFirst()
      default:
        guard path == nil, !argument.hasPrefix("-") else { usage() }
        path = argument
      }
    }
    guard let path, let data = FileManager.default.contents(atPath: path) else { usage() }
    let posts = data.split(separator: UInt8(ascii: "\n")).map { String(decoding: $0, as: UTF8.self) }
    let bytes = data.count  // the file size, newlines included, as for `postcheck filter`

    let work: ([String]) throws -> Int
    switch mode {
    case .floor:
      let floor = ICUBaseline()
      work = { posts in try posts.reduce(0) { $0 &+ (try floor.foldAndSegment($1)) } }
    case .pipeline:
      let pipeline = try Checker(lexicons: .bundled).textPipeline
      work = { posts in try posts.reduce(0) { $0 &+ (try pipeline.prepare($1)).tokens.count } }
    case .check:
      let checker = try Checker(lexicons: .bundled)
      work = { posts in try posts.reduce(0) { $0 &+ (try checker.check($1)).findings.count } }
    }

    // The least wall clock and the least CPU time (this process, user + system) over the runs. On a shared machine
    // the CPU time is the steadier of the two: it leaves out the time other processes held the core.
    let clock = ContinuousClock()
    var seconds = Double.infinity
    var cpuSeconds = Double.infinity
    var sink = 0
    for _ in 0..<runs {
      let cpuBefore = processCPUSeconds()
      let elapsed = try clock.measure { sink &+= try work(posts) }
      let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
      seconds = min(seconds, wall)
      cpuSeconds = min(cpuSeconds, processCPUSeconds() - cpuBefore)
    }
    let line = String(
      format:
        "mode=\(mode.rawValue) posts=%d bytes=%d seconds=%.3f cpu_seconds=%.3f MB/s=%.2f MB/cpu-s=%.2f posts/s=%.0f"
        + " (checksum %d)\n",
      posts.count, bytes, seconds, cpuSeconds, Double(bytes) / seconds / 1e6, Double(bytes) / cpuSeconds / 1e6,
      Double(posts.count) / seconds, sink)
    FileHandle.standardOutput.write(Data(line.utf8))
  }

  /// User plus system CPU time of this process so far, all threads.
  static func processCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
  }

  static func usage() -> Never {
    FileHandle.standardError.write(Data("usage: icu-floor [--mode floor|pipeline|check] [--runs N] FILE\n".utf8))
    exit(64)
  }
}
