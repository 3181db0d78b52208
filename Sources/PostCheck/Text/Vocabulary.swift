/// The words the lexicons mention, each with a numeric id. The text pipeline looks every token up once, so the
/// matcher compares integers, and undoes an obfuscation only when the result is a word some lexicon cares about
/// (so "k i l l" is re-joined, but "I a m" is not).
public struct Vocabulary: Sendable {
  private var ids: [String: Int32] = [:]
  /// Words worth finding behind asterisk censoring, by first letter, last letter and length.
  private var censorable: [CensorShape: (word: String, severity: Severity)] = [:]

  /// An empty vocabulary: the pipeline then folds words but undoes no obfuscation.
  public init() {}

  /// The number of distinct words.
  public var count: Int { ids.count }

  /// Adds a word (already a key) and returns its id.
  @discardableResult
  mutating func insert(_ word: String) -> Int32 {
    if let id = ids[word] { return id }
    let id = Int32(ids.count)
    ids[word] = id
    return id
  }

  /// Marks a word as one that people censor with asterisks ("f**k"); among words of the same shape the most
  /// severe wins.
  mutating func insertCensorable(_ word: String, severity: Severity) {
    guard let shape = CensorShape(word), word.count >= 3 else { return }
    if let existing = censorable[shape],
      existing.severity > severity || (existing.severity == severity && existing.word <= word)
    {
      return
    }
    censorable[shape] = (word, severity)
  }

  /// The id of a key, or -1 if no lexicon mentions it.
  func id(of key: String) -> Int32 { ids[key] ?? -1 }

  /// Whether some lexicon mentions the key.
  func contains(_ key: String) -> Bool { ids[key] != nil }

  /// The censorable word that a censored spelling stands for: `f**k` given as first "f", last "k", length 4.
  func uncensored(first: Character, last: Character, length: Int) -> String? {
    censorable[CensorShape(first: first, last: last, length: length)]?.word
  }
}

/// First letter, last letter and length of a word, which survive asterisk censoring.
struct CensorShape: Hashable, Sendable {
  var first: Character
  var last: Character
  var length: Int

  init(first: Character, last: Character, length: Int) {
    self.first = first
    self.last = last
    self.length = length
  }

  init?(_ word: String) {
    guard let first = word.first, let last = word.last else { return nil }
    self.init(first: first, last: last, length: word.count)
  }
}
