/// Why a lexicon could not be loaded. Every case names the file, and the line where there is one.
public enum LexiconError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file could not be read (missing, a directory, not UTF-8...).
  case unreadable(file: String, reason: String)
  /// A header line is missing, unknown or has a bad value.
  case malformedHeader(file: String, line: Int, reason: String)
  /// An entry line is not `id <TAB> pattern <TAB> severity <TAB> tags [<TAB> note]` or its pattern is invalid.
  case malformedLine(file: String, line: Int, reason: String)
  /// Two loaded files have the same name, or two terms files define the same class.
  case duplicate(file: String, reason: String)
  /// A pattern refers to a class that no loaded terms file defines, or classes refer to each other in a cycle.
  case unknownClass(file: String, line: Int, className: String)

  public var description: String {
    switch self {
    case .unreadable(let file, let reason): "\(file): cannot read lexicon: \(reason)"
    case .malformedHeader(let file, let line, let reason): "\(file):\(line): bad header: \(reason)"
    case .malformedLine(let file, let line, let reason): "\(file):\(line): bad entry: \(reason)"
    case .duplicate(let file, let reason): "\(file): \(reason)"
    case .unknownClass(let file, let line, let className):
      "\(file):\(line): unknown class <\(className)> (no terms file defines it, or classes refer to each other in a cycle)"
    }
  }
}
