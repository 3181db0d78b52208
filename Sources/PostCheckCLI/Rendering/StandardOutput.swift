#if canImport(Glibc)
  import Glibc
  private let systemWrite = Glibc.write
#elseif canImport(Darwin)
  import Darwin
  private let systemWrite = Darwin.write
#endif

/// Writes to standard output with `write(2)`, retrying short writes, so nothing is lost or buffered twice.
enum StandardOutput {
  static func write(_ text: String) throws {
    var text = text
    try text.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = systemWrite(1, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          StandardError.write("postcheck: cannot write output: \(String(cString: strerror(errno)))\n")
          throw ExitStatus.ioError
        }
        offset += written
      }
    }
  }
}
