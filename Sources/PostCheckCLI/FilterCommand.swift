import ArgumentParser
import Dispatch
import Foundation
import PostCheck

/// `postcheck filter`: one post per input line in, one JSON decision per line out, in the same order.
struct FilterCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "filter",
    abstract: "Check posts from standard input, one per line, and write one JSON record per post.",
    discussion: """
      Every input line gives exactly one output line, in input order. A line that cannot be checked (not \
      UTF-8, not JSON, no text, empty, or over \(FilterCommand.maximumLineBytes) bytes) gives a record with an \
      "error" object instead of a verdict. Exits 0 when every record was written.
      """)

  /// Lines longer than this are reported as `too_long` without being read into memory.
  static let maximumLineBytes = Checker.maximumPostBytes + 64 * 1024

  @Flag(help: "Read JSON Lines: objects with a \"text\" field and an optional \"id\".")
  var jsonl = false

  @Option(help: "Check posts on this many threads (output order is kept).")
  var jobs = 1

  @Option(help: ArgumentHelp("Read from a file instead of standard input.", valueName: "file"))
  var input: String?

  @Flag(help: "Leave the guide-question answers out of each record.")
  var noGuide = false

  @Option(help: ArgumentHelp("Copy the input lines of allowed posts to this file.", valueName: "file"))
  var allowed: String?

  @Option(
    help: ArgumentHelp(
      "Copy the input lines of held posts (and lines that could not be checked) here.", valueName: "file"))
  var held: String?

  @Option(help: ArgumentHelp("Copy the input lines of blocked posts to this file.", valueName: "file"))
  var blocked: String?

  @OptionGroup var options: CheckerOptions

  func validate() throws {
    guard (1...256).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 256") }
  }

  func run() throws {
    let checker = try options.makeChecker()
    let descriptor = try openInput()
    let router = try LineRouter(allowed: allowed, held: held, blocked: blocked)
    defer { router.close() }
    var reader = LineReader(
      descriptor: descriptor, maximumLineBytes: Self.maximumLineBytes, keepsLongLines: router.isRouting)
    var summary = FilterSummary()
    var lineNumber = 0
    var batch: [(number: Int, line: LineReader.Line)] = []
    var batchBytes = 0
    func flush() throws {
      let records = process(batch, with: checker)
      for (record, input) in zip(records, batch) {
        summary.count(record)
        try router.route(input.line, decision: record.decision)
      }
      try StandardOutput.write(records.map(\.json).joined(separator: "\n") + "\n")
      batch.removeAll(keepingCapacity: true)
      batchBytes = 0
    }
    do {
      while let line = try reader.next() {
        lineNumber += 1
        batch.append((lineNumber, line))
        if case .bytes(let bytes) = line { batchBytes += bytes.count }
        if batch.count >= 512 || batchBytes >= 1 << 20 { try flush() }
      }
    } catch let error as ReadError {
      if !batch.isEmpty { try flush() }
      StandardError.write("postcheck: cannot read input after line \(lineNumber): \(error)\n")
      throw ExitStatus.ioError
    }
    if !batch.isEmpty { try flush() }
    StandardError.write(summary.description)
  }

  private func openInput() throws -> Int32 {
    guard let input else { return 0 }
    let descriptor = open(input, O_RDONLY)
    guard descriptor >= 0 else {
      StandardError.write("postcheck: cannot open \(input): \(String(cString: strerror(errno)))\n")
      throw ExitStatus.noInput
    }
    return descriptor
  }

  /// Checks a batch, on `jobs` threads when there are several, and returns the records in input order.
  private func process(_ batch: [(number: Int, line: LineReader.Line)], with checker: Checker) -> [FilterRecord] {
    guard jobs > 1, batch.count > 1 else { return batch.map { record(for: $0.line, number: $0.number, checker) } }
    let results = ResultSlots<FilterRecord>(count: batch.count)
    let stride = (batch.count + jobs - 1) / jobs
    DispatchQueue.concurrentPerform(iterations: jobs) { job in
      for index in (job * stride)..<min(batch.count, (job + 1) * stride) {
        results[index] = record(for: batch[index].line, number: batch[index].number, checker)
      }
    }
    return results.values
  }

  private func record(for line: LineReader.Line, number: Int, _ checker: Checker) -> FilterRecord {
    let decoded: (RecordID, Result<InputRecord, RecordError>)
    switch line {
    case .tooLong(let byteCount, _):
      let error = RecordError(
        code: "too_long", message: "line \(number) is \(byteCount) bytes; the limit is \(Self.maximumLineBytes)")
      return FilterRecord(error: error, id: .line(number))
    case .bytes(let bytes):
      decoded =
        jsonl
        ? InputRecord.json(bytes[...], lineNumber: number)
        : (.line(number), InputRecord.plain(bytes[...], lineNumber: number))
    }
    switch decoded.1 {
    case .failure(let error):
      return FilterRecord(error: error, id: decoded.0)
    case .success(let input):
      do {
        return FilterRecord(report: try checker.check(input.text), id: input.id, includeGuide: !noGuide)
      } catch {
        return FilterRecord(error: RecordError(code: "too_long", message: error.description), id: input.id)
      }
    }
  }
}

/// One output record and what the summary counts of it.
struct FilterRecord: Sendable {
  var json: String
  var decision: ModerationDecision?
  var categories: [Category]
  var errorCode: String?

  init(report: Report, id: RecordID, includeGuide: Bool) {
    json = ReportJSON.record(id: id, report: report, includeGuide: includeGuide)
    decision = ModerationDecision(report.verdict)
    categories = report.categories
  }

  init(error: RecordError, id: RecordID) {
    json = ReportJSON.errorRecord(id: id, error)
    categories = []
    errorCode = error.code
  }
}

/// Fixed slots that concurrent jobs fill, each job its own indices.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {  // each index is written by exactly one job
  private var slots: [Value?]

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  subscript(index: Int) -> Value? {
    get { slots[index] }
    set { slots.withUnsafeMutableBufferPointer { $0[index] = newValue } }
  }

  var values: [Value] { slots.map { $0! } }
}
