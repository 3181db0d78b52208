#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Facts about the terminal `postcheck` runs in.
enum Terminal {
  /// Colour only when standard output is a terminal and NO_COLOR is not set (no-color.org).
  static var wantsColour: Bool {
    isatty(1) == 1 && getenv("NO_COLOR") == nil && getenv("TERM").map { String(cString: $0) } != "dumb"
  }

  static var standardInputIsTerminal: Bool { isatty(0) == 1 }
}
