/// The words the lexicons mention, each with a numeric id. The text pipeline looks every token up once, so the
/// matcher compares integers, and undoes an obfuscation only when the result is a word some lexicon cares about
/// (so "k i l l" is re-joined, but "I a m" is not).
public struct Vocabulary: Sendable {
  private var ids: [String: Int32] = [:]
  /// Words worth finding behind asterisk censoring, by first letter, last letter and length.
  private var censorable: [CensorShape: [(word: String, severity: Severity)]] = [:]
  /// Sensitive ASCII words of four letters or more (slurs, insults, threats, hate vocabulary) that a misspelling
  /// is corrected towards, by their first two letters.
  private var misspellable: [UInt16: [String]] = [:]
  private var sensitive = Set<String>()

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

  /// Marks a word as sensitive: people censor it with asterisks ("f**k") and misspell it to dodge filters
  /// ("haet").
  mutating func insertSensitive(_ word: String, severity: Severity) {
    sensitive.insert(word)
    if word.utf8.count >= 4, word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) { indexMisspellable(word) }
    guard let shape = CensorShape(word), word.count >= 3 else { return }
    if let index = censorable[shape]?.firstIndex(where: { $0.word == word }) {
      censorable[shape]![index].severity = max(censorable[shape]![index].severity, severity)
    } else {
      censorable[shape, default: []].append((word, severity))
    }
  }

  /// The sensitive word that `word` misspells by one adjacent transposition (words of 4+ letters), one missing
  /// letter or one extra letter (words of 5+ letters), or nil. The first letter must be right.
  func correctedMisspelling(_ word: String) -> String? {
    let typed = Array(word.utf8)
    guard typed.count >= 4, typed.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
    for key in [Self.letterPair(typed[0], typed[1]), Self.letterPair(typed[0], typed[2])] {
      for candidate in misspellable[key] ?? [] where Misspelling.isOneEditAway(typed, Array(candidate.utf8)) {
        return candidate
      }
    }
    return nil
  }

  /// Sensitive words are indexed under their first letter with their second, and with their third (so a
  /// missing second letter is still found).
  private mutating func indexMisspellable(_ word: String) {
    let bytes = Array(word.utf8)
    for key in Set([Self.letterPair(bytes[0], bytes[1]), Self.letterPair(bytes[0], bytes[2])])
    where !(misspellable[key]?.contains(word) ?? false) {
      misspellable[key, default: []].append(word)
    }
  }

  private static func letterPair(_ first: UInt8, _ second: UInt8) -> UInt16 { UInt16(first) << 8 | UInt16(second) }

  /// The id of a key, or -1 if no lexicon mentions it.
  func id(of key: String) -> Int32 { ids[key] ?? -1 }

  /// Whether the word is a slur, insult, threat or hate word of some lexicon.
  func isSensitive(_ key: String) -> Bool { sensitive.contains(key) }

  /// Whether some lexicon mentions the key.
  func contains(_ key: String) -> Bool { ids[key] != nil }

  /// The censorable word that a censored spelling stands for: `k*kes` is a word of the same length whose
  /// visible letters match (`?` stands for a hidden one), the most severe first, then the first alphabetically.
  func uncensored(_ spelled: [Character]) -> String? {
    guard let first = spelled.first, let last = spelled.last else { return nil }
    let candidates = censorable[CensorShape(first: first, last: last, length: spelled.count)] ?? []
    return candidates.filter { candidate in
      zip(candidate.word, spelled).allSatisfy { $1 == "?" || $0 == $1 }
    }.max { ($0.severity, $1.word) < ($1.severity, $0.word) }?.word
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
