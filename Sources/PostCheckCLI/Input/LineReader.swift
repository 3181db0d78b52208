#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads lines from a file descriptor in fixed-size chunks, so memory stays flat however large the input is.
/// A line longer than the limit is not kept: the reader skips to its end and reports only its length.
struct LineReader {
  /// One input line, without its line terminator (`\n` or `\r\n`).
  enum Line {
    case bytes(ArraySlice<UInt8>)
    /// The line had more bytes than the limit; its contents were skipped.
    case tooLong(byteCount: Int)
  }

  private let descriptor: Int32
  private let maximumLineBytes: Int
  private var buffer: [UInt8] = []
  private var scanned = 0
  private var skipping: Int?
  private var atEnd = false
  private static let chunkSize = 1 << 16

  init(descriptor: Int32, maximumLineBytes: Int) {
    self.descriptor = descriptor
    self.maximumLineBytes = maximumLineBytes
  }

  /// The next line, or nil at the end of the input.
  ///
  /// - Throws: `ReadError` if the descriptor cannot be read.
  mutating func next() throws(ReadError) -> Line? {
    while true {
      if let newline = buffer[scanned...].firstIndex(of: 0x0A) {
        return takeLine(through: newline)
      }
      scanned = buffer.count
      if buffer.count > maximumLineBytes {
        skipping = (skipping ?? 0) + buffer.count
        buffer.removeAll(keepingCapacity: true)
        scanned = 0
      }
      if atEnd { return takeLastLine() }
      try fill()
    }
  }

  private mutating func takeLine(through newline: Int) -> Line {
    defer {
      buffer.removeSubrange(...newline)
      scanned = 0
    }
    if let skipped = skipping {
      skipping = nil
      return .tooLong(byteCount: skipped + newline)
    }
    let end = newline > 0 && buffer[newline - 1] == 0x0D ? newline - 1 : newline
    guard end <= maximumLineBytes else { return .tooLong(byteCount: end) }
    return .bytes(buffer[..<end])
  }

  private mutating func takeLastLine() -> Line? {
    defer {
      buffer.removeAll()
      scanned = 0
      skipping = nil
    }
    if let skipped = skipping { return .tooLong(byteCount: skipped + buffer.count) }
    guard !buffer.isEmpty else { return nil }
    guard buffer.count <= maximumLineBytes else { return .tooLong(byteCount: buffer.count) }
    return .bytes(buffer[...])
  }

  private mutating func fill() throws(ReadError) {
    let oldCount = buffer.count
    buffer.reserveCapacity(oldCount + Self.chunkSize)
    var readCount = 0
    buffer.append(contentsOf: repeatElement(0, count: Self.chunkSize))
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

/// A failed `read(2)`.
struct ReadError: Error, CustomStringConvertible {
  var errno: Int32
  var description: String { String(cString: strerror(errno)) }
}
