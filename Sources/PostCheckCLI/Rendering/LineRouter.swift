#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Copies each input line, exactly as read, to the file for its decision (`--allowed`, `--held`, `--blocked`),
/// so that every input line lands in exactly one place. Lines that could not be checked are held.
struct LineRouter {
  private var descriptors: [ModerationDecision: Int32] = [:]

  /// Opens (creating or truncating) the files that were asked for; decisions without a file are not copied.
  init(allowed: String?, held: String?, blocked: String?) throws {
    for (decision, path) in [(ModerationDecision.allow, allowed), (.hold, held), (.block, blocked)] {
      guard let path else { continue }
      let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
      guard descriptor >= 0 else {
        StandardError.write("postcheck: cannot write \(path): \(String(cString: strerror(errno)))\n")
        throw ExitStatus.ioError
      }
      descriptors[decision] = descriptor
    }
  }

  var isRouting: Bool { !descriptors.isEmpty }

  /// Copies one input line to its decision's file.
  func route(_ line: LineReader.Line, decision: ModerationDecision?) throws {
    guard let descriptor = descriptors[decision ?? .hold] else { return }
    switch line {
    case .bytes(let bytes): try write(bytes[...], to: descriptor)
    case .tooLong(_, let spill): try spill?.forEachChunk { try write($0, to: descriptor) }
    }
    try write([0x0A], to: descriptor)
  }

  func close() {
    for descriptor in descriptors.values { _ = closeDescriptor(descriptor) }
  }

  private func write(_ bytes: ArraySlice<UInt8>, to descriptor: Int32) throws {
    try bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          StandardError.write("postcheck: cannot write routed line: \(String(cString: strerror(errno)))\n")
          throw ExitStatus.ioError
        }
        offset += written
      }
    }
  }
}

#if canImport(Glibc)
  private let systemWrite = Glibc.write
  private let closeDescriptor = Glibc.close
#elseif canImport(Darwin)
  private let systemWrite = Darwin.write
  private let closeDescriptor = Darwin.close
#endif
