/// Parses lexicon patterns (`i'll (break|smash) <person.pronoun> (arm|legs)`) and expands their alternatives
/// into plain sequences of atoms for the ``PhraseMatcher``.
enum PatternSyntax {
  /// One position of an expanded pattern.
  enum Atom: Hashable {
    /// A word, as written in the lexicon (folded when compiled).
    case word(String)
    /// Any single word.
    case any
    /// A word or phrase of a terms class.
    case classReference(String)
  }

  /// The most sequences one pattern may expand to; more means the pattern should be split.
  static let maximumExpansions = 4096

  /// The atom sequences a pattern stands for.
  ///
  /// - Throws: a reason (for ``LexiconError/malformedLine(file:line:reason:)``) if the pattern is malformed.
  static func expand(_ pattern: String) throws(PatternError) -> [[Atom]] {
    var parser = Parser(lexemes: try lex(pattern))
    let sequences = try parser.parseSequence()
    guard parser.isAtEnd else { throw PatternError("unbalanced ')' or stray '|'") }
    guard !sequences.contains(where: \.isEmpty) else { throw PatternError("the pattern can match no words at all") }
    return sequences
  }

  struct PatternError: Error {
    var reason: String
    init(_ reason: String) { self.reason = reason }
  }

  private enum Lexeme: Equatable {
    case open, close, optionalClose, bar, text(String)
  }

  private static func lex(_ pattern: String) throws(PatternError) -> [Lexeme] {
    var lexemes: [Lexeme] = []
    var word = ""
    func flush() {
      if !word.isEmpty { lexemes.append(.text(word)) }
      word = ""
    }
    var characters = pattern.makeIterator()
    var pending: Character? = characters.next()
    while let character = pending {
      pending = characters.next()
      switch character {
      case " ", "\t": flush()
      case "(": flush(); lexemes.append(.open)
      case "|": flush(); lexemes.append(.bar)
      case ")":
        flush()
        if pending == "?" {
          lexemes.append(.optionalClose)
          pending = characters.next()
        } else {
          lexemes.append(.close)
        }
      default: word.append(character)
      }
    }
    flush()
    return lexemes
  }

  private struct Parser {
    let lexemes: [Lexeme]
    var position = 0

    init(lexemes: [Lexeme]) { self.lexemes = lexemes }

    var isAtEnd: Bool { position == lexemes.count }

    /// sequence := element* — stops before `|`, `)` or the end.
    mutating func parseSequence() throws(PatternError) -> [[Atom]] {
      var sequences: [[Atom]] = [[]]
      while position < lexemes.count {
        let alternatives: [[Atom]]
        switch lexemes[position] {
        case .bar, .close, .optionalClose: return sequences
        case .open:
          position += 1
          alternatives = try parseGroup()
        case .text(let text):
          position += 1
          alternatives = try Self.atoms(text)
        }
        sequences = sequences.flatMap { prefix in alternatives.map { prefix + $0 } }
        guard sequences.count <= maximumExpansions else {
          throw PatternError("expands to more than \(maximumExpansions) phrases; split it into several entries")
        }
      }
      return sequences
    }

    /// group := sequence ('|' sequence)* (')' | ')?')
    mutating func parseGroup() throws(PatternError) -> [[Atom]] {
      var alternatives: [[Atom]] = []
      while true {
        alternatives += try parseSequence()
        guard position < lexemes.count else { throw PatternError("unclosed '('") }
        let lexeme = lexemes[position]
        position += 1
        switch lexeme {
        case .bar: continue
        case .close: return alternatives
        case .optionalClose: return alternatives + [[]]
        default: throw PatternError("unexpected token in group")
        }
      }
    }

    static func atoms(_ text: String) throws(PatternError) -> [[Atom]] {
      switch text {
      case "*": return [[.any]]
      case "**": return [[], [.any], [.any, .any], [.any, .any, .any]]
      default: break
      }
      if text.hasPrefix("<") {
        guard text.hasSuffix(">"), text.count > 2 else { throw PatternError("bad class reference '\(text)'") }
        return [[.classReference(String(text.dropFirst().dropLast()))]]
      }
      guard !text.contains("<"), !text.contains(">") else { throw PatternError("bad class reference '\(text)'") }
      return [[.word(text)]]
    }
  }
}
