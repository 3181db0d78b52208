/// Undoes the spellings people use to slip words past filters, but only towards words that some lexicon
/// mentions, so ordinary text is never rewritten: leetspeak inside words that mix letters with digits or symbols
/// (`k1ll`, `n@zi`), letters repeated for emphasis (`kiiiill`), letters dotted, hyphenated or spaced out
/// (`k.i.l.l`, `k-i-l-l`, `k i l l`) and asterisk censoring (`f**k`, matched by first and last letter and length).
enum Deobfuscation {
  /// The word a single folded token stands for, or nil if it is not an obfuscated lexicon word. A possessive
  /// (`x's`) stands for its lexicon word when the lexicons have no entry for the possessive itself.
  static func resolve(_ key: String, _ vocabulary: Vocabulary) -> String? {
    let utf8 = key.utf8
    let hasDigit = utf8.contains { ($0 >= 0x30 && $0 <= 0x39) || leetSymbols.contains($0) }
    let hasLetter = utf8.contains { ($0 >= 0x61 && $0 <= 0x7A) || $0 >= 0x80 }
    guard hasLetter else { return nil }
    if key.hasSuffix("'s"), vocabulary.contains(String(key.dropLast(2))) { return String(key.dropLast(2)) }
    var candidates: [String] = []
    if utf8.contains(UInt8(ascii: ".")) { candidates.append(key.filter { $0 != "." }) }
    if hasDigit { candidates += leetReadings(candidates.first ?? key) }
    candidates += candidates.flatMap(collapsedRepeats) + collapsedRepeats(key)
    return candidates.first(where: vocabulary.contains)
  }

  /// Where to split a word that runs two lexicon words together ("Ihate", "womendisgust"): one part must be a
  /// sensitive word and the other a word some lexicon mentions (or "i"/"a"). Returns the length of the first
  /// part in bytes, preferring the longest sensitive part, or nil. ASCII words only.
  static func runTogetherSplit(_ key: String, _ vocabulary: Vocabulary) -> Int? {
    let bytes = Array(key.utf8)
    guard bytes.count >= 5, bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
    var best: (split: Int, sensitiveLength: Int)?
    for split in 1..<bytes.count {
      let left = String(decoding: bytes[..<split], as: UTF8.self)
      let right = String(decoding: bytes[split...], as: UTF8.self)
      guard isWordPart(left, vocabulary), isWordPart(right, vocabulary) else { continue }
      let sensitiveLength = max(
        vocabulary.isSensitive(left) ? left.utf8.count : 0, vocabulary.isSensitive(right) ? right.utf8.count : 0)
      if sensitiveLength >= 3, sensitiveLength > (best?.sensitiveLength ?? 0) { best = (split, sensitiveLength) }
    }
    return best?.split
  }

  private static func isWordPart(_ part: String, _ vocabulary: Vocabulary) -> Bool {
    part == "i" || part == "a" || (part.utf8.count >= 2 && vocabulary.contains(part))
  }

  /// The lexicon word that a run of segments glued together without spaces spells (`p*ki`, `n@zi`, `k-i-l-l`,
  /// `$hit`), or nil.
  static func joinGlued(
    _ segments: ArraySlice<RawSegment>, bytes: UnsafeBufferPointer<UInt8>, vocabulary: Vocabulary
  ) -> String? {
    guard vocabulary.count > 0 else { return nil }
    var spelled = ""
    var letters = 0
    var obfuscated = false
    var previousWasSymbol = false
    for segment in segments {
      let isSymbol = segment.kind == .punctuation || segment.kind == .symbol
      if isSymbol && previousWasSymbol && segment.firstScalar != "*" { return nil }  // "O...K" is not "ok"
      previousWasSymbol = isSymbol
      switch segment.kind {
      case .letters, .number:
        let key = WordFolding.key(of: UnsafeBufferPointer(rebasing: bytes[segment.range]))
        letters += key.unicodeScalars.count { $0.properties.isAlphabetic }
        spelled += key
      case .punctuation, .symbol:
        guard segment.range.count == 1, let replacement = symbolReading(segment.firstScalar) else { return nil }
        spelled += replacement
        obfuscated = true
      case .emoji, .space:
        return nil
      }
    }
    guard obfuscated, letters >= 2 else { return nil }
    if spelled.contains("?") { return uncensored(spelled, vocabulary) }
    return ([spelled] + leetReadings(spelled) + collapsedRepeats(spelled)).first(where: vocabulary.contains)
  }

  /// Re-joins runs of three or more single letters separated by single spaces (`k i l l`) when they spell a
  /// lexicon word. Tokens are returned unchanged otherwise.
  static func joinSpacedLetters(
    _ tokens: [Token], bytes: UnsafeBufferPointer<UInt8>, vocabulary: Vocabulary
  ) -> [Token] {
    guard vocabulary.count > 0, tokens.contains(where: isSingleCharacter) else { return tokens }
    var result: [Token] = []
    result.reserveCapacity(tokens.count)
    var index = 0
    while index < tokens.count {
      var end = index + 1
      while end < tokens.count, isSingleCharacter(tokens[index]), isSingleCharacter(tokens[end]),
        isSingleSpace(between: tokens[end - 1], and: tokens[end], bytes: bytes)
      {
        end += 1
      }
      if end - index >= 3, let joined = joinedRun(tokens[index..<end], vocabulary) {
        result.append(contentsOf: tokens[index..<joined.lowerBound])
        result.append(merged(tokens[joined], vocabulary))
        result.append(contentsOf: tokens[joined.upperBound..<end])
      } else {
        result.append(contentsOf: tokens[index..<end])
      }
      index = end
    }
    return result
  }

  // MARK: Readings

  private static let leetLetters: [Character: Character] = [
    "4": "a", "3": "e", "0": "o", "5": "s", "7": "t", "9": "g", "@": "a", "$": "s", "!": "i", "|": "1", "+": "t",
  ]

  /// Symbols that leetspeak uses for letters, as UTF-8 bytes.
  private static let leetSymbols: Set<UInt8> = Set("@$!|+".utf8)

  /// The word read with digits as letters; `1` is read as `i`, then as `l`.
  static func leetReadings(_ word: String) -> [String] {
    let mapped = String(word.map { leetLetters[$0] ?? $0 })
    guard mapped.contains("1") else { return mapped == word ? [] : [mapped] }
    return [String(mapped.map { $0 == "1" ? "i" : $0 }), String(mapped.map { $0 == "1" ? "l" : $0 })]
  }

  /// What a symbol inside a word stands for: a letter, nothing (a separator), or `?` for a censored letter.
  private static func symbolReading(_ scalar: Unicode.Scalar) -> String? {
    switch scalar {
    case "@": "a"
    case "$": "s"
    case "!", "|": "i"
    case "+": "t"
    case "*", "#": "?"
    case "-", "_", ".", "'", "\u{2019}": ""
    default: nil
    }
  }

  private static func uncensored(_ spelled: String, _ vocabulary: Vocabulary) -> String? {
    guard let first = spelled.first, let last = spelled.last, first != "?", last != "?" else { return nil }
    return vocabulary.uncensored(Array(leetReadings(spelled).first ?? spelled))
  }

  /// Runs of three or more of the same letter shortened to two, then to one (`kiiiilll` → `kiill`, `kil`,
  /// and the mixed readings when there are few runs).
  static func collapsedRepeats(_ word: String) -> [String] {
    var runs: [(character: Character, count: Int)] = []
    for character in word {
      if let last = runs.last, last.character == character {
        runs[runs.count - 1].count += 1
      } else {
        runs.append((character, 1))
      }
    }
    let long = runs.indices.filter { runs[$0].count >= 3 }
    guard !long.isEmpty, long.count <= 4 else { return [] }
    return (0..<(1 << long.count)).map { mask in
      var result = ""
      for (index, run) in runs.enumerated() {
        if let position = long.firstIndex(of: index) {
          result += String(repeating: run.character, count: mask & (1 << position) == 0 ? 2 : 1)
        } else {
          result += String(repeating: run.character, count: run.count)
        }
      }
      return result
    }
  }

  // MARK: Spaced letters

  private static func isSingleCharacter(_ token: Token) -> Bool {
    token.kind != .emoji && token.kind != .symbol && token.key.unicodeScalars.count == 1
  }

  private static func isSingleSpace(between left: Token, and right: Token, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let gap = left.range.utf8.upperBound..<right.range.utf8.lowerBound
    return right.boundaryBefore.isEmpty && gap.count == 1 && bytes[gap.lowerBound] == 0x20
  }

  /// The part of a run of single letters that spells a lexicon word: the whole run, or all but its first or last.
  private static func joinedRun(_ run: ArraySlice<Token>, _ vocabulary: Vocabulary) -> Range<Int>? {
    let candidates = [run.indices, run.startIndex + 1..<run.endIndex, run.startIndex..<run.endIndex - 1]
    return candidates.first { range in
      range.count >= 3 && reading(of: run[range], vocabulary) != nil
    }
  }

  private static func reading(of run: ArraySlice<Token>, _ vocabulary: Vocabulary) -> String? {
    let spelled = run.map(\.key).joined()
    return ([spelled] + leetReadings(spelled) + collapsedRepeats(spelled)).first(where: vocabulary.contains)
  }

  private static func merged(_ run: ArraySlice<Token>, _ vocabulary: Vocabulary) -> Token {
    var token = run.first!
    token.range = TextRange(utf8: run.first!.range.utf8.lowerBound..<run.last!.range.utf8.upperBound)
    token.key = reading(of: run, vocabulary)!
    token.kind = .word
    token.shape.insert(.deobfuscated)
    token.wordID = vocabulary.id(of: token.key)
    return token
  }
}
