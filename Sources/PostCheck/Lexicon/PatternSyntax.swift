/// Parses lexicon patterns (`(i'll|i will) break <person.pronoun> * (arm|legs)`) into a syntax tree for the
/// ``PhraseMatcher`` to compile. Alternatives are kept as they are written, not multiplied out, so a pattern may
/// stand for millions of phrases at no cost.
enum PatternSyntax {
  /// A pattern element.
  indirect enum Node: Hashable {
    /// A word as written in the lexicon (folded when compiled).
    case word(String)
    /// Any single word.
    case any
    /// A gap of zero to three words (`**`).
    case gap
    /// A word or phrase of a terms class.
    case classReference(String)
    /// Elements in order.
    case sequence([Node])
    /// One of several sequences; with `optional`, possibly none.
    case alternatives([Node], optional: Bool)
  }

  /// The syntax tree of a pattern.
  ///
  /// - Throws: a reason (for ``LexiconError/malformedLine(file:line:reason:)``) if the pattern is malformed.
  static func parse(_ pattern: String) throws(PatternError) -> Node {
    var parser = Parser(lexemes: try lex(pattern))
    let node = try parser.parseSequence()
    guard parser.isAtEnd else { throw PatternError("unbalanced ')' or stray '|'") }
    guard !node.canMatchNothing else { throw PatternError("the pattern can match no words at all") }
    return node
  }

  struct PatternError: Error {
    var reason: String
    init(_ reason: String) { self.reason = reason }
  }

  private enum Lexeme: Equatable {
    case open, close, optionalClose, bar
    case text(String)
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
      case "(":
        flush()
        lexemes.append(.open)
      case "|":
        flush()
        lexemes.append(.bar)
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
    mutating func parseSequence() throws(PatternError) -> Node {
      var elements: [Node] = []
      while position < lexemes.count {
        switch lexemes[position] {
        case .bar, .close, .optionalClose: return .sequence(elements)
        case .open:
          position += 1
          elements.append(try parseGroup())
        case .text(let text):
          position += 1
          elements.append(try Self.element(text))
        }
      }
      return .sequence(elements)
    }

    /// group := sequence ('|' sequence)* (')' | ')?')
    mutating func parseGroup() throws(PatternError) -> Node {
      var alternatives: [Node] = []
      while true {
        alternatives.append(try parseSequence())
        guard position < lexemes.count else { throw PatternError("unclosed '('") }
        let lexeme = lexemes[position]
        position += 1
        switch lexeme {
        case .bar: continue
        case .close: return .alternatives(alternatives, optional: false)
        case .optionalClose: return .alternatives(alternatives, optional: true)
        default: throw PatternError("unexpected token in group")
        }
      }
    }

    static func element(_ text: String) throws(PatternError) -> Node {
      switch text {
      case "*": return .any
      case "**": return .gap
      default: break
      }
      if text.hasPrefix("<") {
        guard text.hasSuffix(">"), text.count > 2 else { throw PatternError("bad class reference '\(text)'") }
        return .classReference(String(text.dropFirst().dropLast()))
      }
      guard !text.contains("<"), !text.contains(">") else { throw PatternError("bad class reference '\(text)'") }
      return .word(text)
    }
  }
}

extension PatternSyntax.Node {
  /// Whether the element can match zero words.
  var canMatchNothing: Bool {
    switch self {
    case .word, .any, .classReference: false
    case .gap: true
    case .sequence(let elements): elements.allSatisfy(\.canMatchNothing)
    case .alternatives(let alternatives, let optional): optional || alternatives.contains(where: \.canMatchNothing)
    }
  }

  /// The class names the element refers to.
  var classReferences: Set<String> {
    switch self {
    case .word, .any, .gap: []
    case .classReference(let name): [name]
    case .sequence(let elements), .alternatives(let elements, _):
      elements.reduce(into: Set<String>()) { $0.formUnion($1.classReferences) }
    }
  }

  /// The words the element mentions.
  var words: [String] {
    switch self {
    case .word(let word): [word]
    case .any, .gap, .classReference: []
    case .sequence(let elements), .alternatives(let elements, _): elements.flatMap(\.words)
    }
  }
}
