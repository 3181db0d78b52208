import Foundation

/// Runs the built `postcheck` binary, as a user or a moderator's script would.
struct PostCheckBinary {
  struct Result {
    var status: Int32
    var standardOutput: Data
    var standardError: String
    var output: String { String(decoding: standardOutput, as: UTF8.self) }
    var lines: [String] { output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
  }

  static let url: URL = {
    let beside = Bundle.main.bundleURL.appending(path: "postcheck")
    if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
    return Bundle.main.bundleURL.deletingLastPathComponent().appending(path: "postcheck")
  }()

  /// Runs `postcheck` with `arguments`, feeding `input` on standard input.
  static func run(_ arguments: [String], input: Data = Data()) throws -> Result {
    let process = Process()
    process.executableURL = url
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    process.environment = environment
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    let writer = Thread {
      stdin.fileHandleForWriting.write(input)
      try? stdin.fileHandleForWriting.close()
    }
    writer.start()
    let errorData = ErrorCollector(stderr.fileHandleForReading)
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(status: process.terminationStatus, standardOutput: output, standardError: errorData.text)
  }

  static func run(_ arguments: [String], input: String) throws -> Result {
    try run(arguments, input: Data(input.utf8))
  }
}

/// Reads a pipe on its own thread so a chatty standard error cannot block the process.
final class ErrorCollector: @unchecked Sendable {  // `data` is written by the reader thread before `done` is signalled
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)

  init(_ handle: FileHandle) {
    Thread {
      self.data = handle.readDataToEndOfFile()
      self.done.signal()
    }.start()
  }

  var text: String {
    done.wait()
    return String(decoding: data, as: UTF8.self)
  }
}

/// Decodes one output line of `postcheck filter`.
func jsonObject(_ line: String) throws -> [String: Any] {
  try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
}
