import ArgumentParser

/// The exit statuses `postcheck` documents (README and `--help`), following BSD sysexits for errors.
enum ExitStatus {
  static let ok = ExitCode(0)
  static let reconsider = ExitCode(1)
  static let doNotPost = ExitCode(2)
  static let badInput = ExitCode(65)
  static let noInput = ExitCode(66)
  static let internalError = ExitCode(70)
  static let ioError = ExitCode(74)
  static let badConfiguration = ExitCode(78)
}
