#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads lines from a file descriptor in fixed-size chunks, so memory stays flat however large the input is.
/// A line longer than the limit is not kept in memory: the reader skips to its end and reports its length (and,
/// when asked, keeps its bytes in a spill file so they can still be routed).
struct LineReader {
  /// One input line, without its line terminator (`\n` or `\r\n`).
  enum Line {
    case bytes([UInt8])
    /// The line had more bytes than the limit; its contents were skipped, or written to `spill` when the reader
    /// was asked to keep them.
    case tooLong(byteCount: Int, spill: SpillFile?)
  }

  private let descriptor: Int32
  private let maximumLineBytes: Int
  /// Whether over-long lines are kept in spill files rather than dropped.
  private let keepsLongLines: Bool
  /// Bytes read but not yet returned start at `start`; bytes before `scanned` hold no newline.
  private var buffer: [UInt8] = []
  private var start = 0
  private var scanned = 0
  /// The length so far of an over-long line being skipped, and its spill file.
  private var skipped: Int?
  private var spill: SpillFile?
  private var atEnd = false
  private static let chunkSize = 1 << 16

  init(descriptor: Int32, maximumLineBytes: Int, keepsLongLines: Bool = false) {
    self.descriptor = descriptor
    self.maximumLineBytes = maximumLineBytes
    self.keepsLongLines = keepsLongLines
  }

  /// The next line, or nil at the end of the input.
  ///
  /// - Throws: `ReadError` if the descriptor cannot be read or a spill file written.
  mutating func next() throws(ReadError) -> Line? {
    while true {
      if let newline = buffer[scanned...].firstIndex(of: 0x0A) {
        let line = try takeLine(upTo: newline)
        start = newline + 1
        scanned = start
        return line
      }
      scanned = buffer.count
      if buffer.count - start > maximumLineBytes {
        try skip(buffer[start...])
        start = buffer.count
      }
      if atEnd { return try takeLastLine() }
      try fill()
    }
  }

  private mutating func takeLine(upTo newline: Int) throws(ReadError) -> Line {
    let end = newline > start && buffer[newline - 1] == 0x0D ? newline - 1 : newline
    if skipped != nil || end - start > maximumLineBytes { return try finishSkipping(buffer[start..<end]) }
    return .bytes(Array(buffer[start..<end]))
  }

  private mutating func takeLastLine() throws(ReadError) -> Line? {
    defer { start = buffer.count }
    if skipped != nil || buffer.count - start > maximumLineBytes { return try finishSkipping(buffer[start...]) }
    return start < buffer.count ? .bytes(Array(buffer[start...])) : nil
  }

  /// Sets aside part of an over-long line: counted, and written to the spill file when lines are kept.
  private mutating func skip(_ bytes: ArraySlice<UInt8>) throws(ReadError) {
    skipped = (skipped ?? 0) + bytes.count
    guard keepsLongLines else { return }
    if spill == nil { spill = try SpillFile() }
    try spill!.append(bytes)
  }

  /// Ends an over-long line with its last part.
  private mutating func finishSkipping(_ rest: ArraySlice<UInt8>) throws(ReadError) -> Line {
    try skip(rest)
    defer {
      skipped = nil
      spill = nil
    }
    return .tooLong(byteCount: skipped ?? 0, spill: spill)
  }

  /// Reads another chunk, first dropping the bytes already returned.
  private mutating func fill() throws(ReadError) {
    if start > 0 {
      buffer.removeSubrange(..<start)
      scanned -= start
      start = 0
    }
    let oldCount = buffer.count
    buffer.append(contentsOf: repeatElement(0, count: Self.chunkSize))
    var readCount = 0
    repeat {
      readCount = buffer.withUnsafeMutableBytes { bytes in
        read(descriptor, bytes.baseAddress! + oldCount, Self.chunkSize)
      }
    } while readCount < 0 && errno == EINTR
    buffer.removeLast(Self.chunkSize - max(readCount, 0))
    if readCount < 0 { throw ReadError(errno: errno) }
    if readCount == 0 { atEnd = true }
  }
}

/// A temporary file holding an over-long input line, so it can be routed without being held in memory.
final class SpillFile: @unchecked Sendable {  // used by one thread at a time: the reader, then the router
  let path: String
  private let descriptor: Int32

  init() throws(ReadError) {
    var template = Array("\(temporaryFolderPath())/postcheck-line-XXXXXX".utf8CString)
    descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { throw ReadError(errno: errno) }
    path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  deinit {
    close(descriptor)
    unlink(path)
  }

  func append(_ bytes: ArraySlice<UInt8>) throws(ReadError) {
    let failed = bytes.withUnsafeBytes { buffer -> Bool in
      var offset = 0
      while offset < buffer.count {
        let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 { if errno == EINTR { continue } else { return true } }
        offset += written
      }
      return false
    }
    if failed { throw ReadError(errno: errno) }
  }

  /// Calls `body` with the spilled bytes, a chunk at a time.
  func forEachChunk(_ body: (ArraySlice<UInt8>) throws -> Void) throws {
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    var offset: off_t = 0
    while true {
      let count = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, $0.count, offset) }
      if count < 0 { throw ReadError(errno: errno) }
      if count == 0 { return }
      try body(chunk[..<count])
      offset += off_t(count)
    }
  }
}

private func temporaryFolderPath() -> String {
  let folder = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
  return folder.hasSuffix("/") ? String(folder.dropLast()) : folder
}

/// A failed `read(2)` or `write(2)`.
struct ReadError: Error, CustomStringConvertible {
  var errno: Int32
  var description: String { String(cString: strerror(errno)) }
}
