import Foundation

/// Writes diagnostics to standard error.
enum StandardError {
  static func write(_ message: String) {
    FileHandle.standardError.write(Data(message.utf8))
  }
}
