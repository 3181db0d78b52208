/// Splits a hashtag that runs several words together ("#DeliveryFail", "#badservice", "#notimpressed") into its
/// words, so that lexicon phrases match inside it. A camel-case hashtag splits at its capitals; a hashtag in one case
/// splits into lexicon words with the fewest letters left over. Only ASCII hashtags are split, and only when the
/// whole hashtag is not itself a lexicon word.
enum HashtagSegmentation {
  /// Two-letter words that may stand as a part of a hashtag between other words ("#nogood"); other lexicon words must
  /// have three letters or more, so that short names and abbreviations in the lexicons do not carve up ordinary words.
  private static let shortWords: Set<String> = [
    "am", "an", "at", "be", "by", "do", "go", "he", "in", "is", "it", "me", "my", "no", "of", "on", "or",
    "so", "to", "up", "us", "we",
  ]

  /// Longer hashtags are left whole, which bounds the work per token.
  private static let maximumLength = 40

  /// The byte ranges of the words in a hashtag's letters (`utf8`, without the `#`), relative to its start, or nil when
  /// it stays one word.
  static func parts(_ utf8: Slice<UnsafeBufferPointer<UInt8>>, key: String, _ vocabulary: Vocabulary) -> [Range<Int>]? {
    guard (5...maximumLength).contains(utf8.count), utf8.allSatisfy(isASCIILetter), !vocabulary.contains(key) else {
      return nil
    }
    let camel = camelCaseParts(Array(utf8))
    if camel.count > 1 { return camel }
    let words = lexiconParts(Array(key.utf8), vocabulary)
    return words.count > 1 ? words : nil
  }

  private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
  private static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

  /// Words start at a capital after a lower-case letter ("Delivery|Fail") and at the last capital of a run of
  /// capitals followed by a lower-case letter ("UPS|Delivery").
  private static func camelCaseParts(_ bytes: [UInt8]) -> [Range<Int>] {
    var starts = [0]
    for index in 1..<bytes.count where isUpper(bytes[index]) {
      let afterLower = !isUpper(bytes[index - 1])
      let endsCapitalRun = index + 1 < bytes.count && isUpper(bytes[index - 1]) && !isUpper(bytes[index + 1])
      if afterLower || endsCapitalRun { starts.append(index) }
    }
    return zip(starts, starts.dropFirst() + [bytes.count]).map { $0..<$1 }
  }

  /// The split into lexicon words that leaves the fewest letters outside a word, then uses the fewest (so the
  /// longest) words; letters left over between words stay together as one part. Empty when no lexicon word is found.
  private static func lexiconParts(_ key: [UInt8], _ vocabulary: Vocabulary) -> [Range<Int>] {
    // best[end]: for the first `end` letters, the fewest leftover letters, then the fewest words, and the last piece
    // (a lexicon word, or one leftover letter).
    typealias Split = (leftover: Int, words: Int, start: Int, isWord: Bool)
    var best = [Split](repeating: (0, 0, 0, false), count: key.count + 1)
    for end in 1...key.count {
      best[end] = (best[end - 1].leftover + 1, best[end - 1].words, end - 1, false)
      for start in 0..<end where isLexiconPart(String(decoding: key[start..<end], as: UTF8.self), vocabulary) {
        let candidate: Split = (best[start].leftover, best[start].words + 1, start, true)
        if (candidate.leftover, candidate.words) < (best[end].leftover, best[end].words) { best[end] = candidate }
      }
    }
    guard best[key.count].words > 0 else { return [] }
    var parts: [(range: Range<Int>, isWord: Bool)] = []
    var end = key.count
    while end > 0 {
      let piece = best[end]
      if !piece.isWord, let last = parts.last, !last.isWord {
        parts[parts.count - 1].range = piece.start..<last.range.upperBound
      } else {
        parts.append((piece.start..<end, piece.isWord))
      }
      end = piece.start
    }
    return isPlausible(parts) ? parts.reversed().map(\.range) : []
  }

  /// A split is kept only when every leftover run has three letters or more and no two-letter word touches one:
  /// "hell|o" and "he|llo" are one word ("hello") with a lexicon word inside it, not two words.
  private static func isPlausible(_ parts: [(range: Range<Int>, isWord: Bool)]) -> Bool {
    for (index, part) in parts.enumerated() where !part.isWord {
      if part.range.count < 3 { return false }
      let neighbours = [index - 1, index + 1].filter(parts.indices.contains).map { parts[$0] }
      if neighbours.contains(where: { $0.range.count < 3 }) { return false }
    }
    return true
  }

  private static func isLexiconPart(_ word: String, _ vocabulary: Vocabulary) -> Bool {
    shortWords.contains(word) || (word.utf8.count >= 3 && vocabulary.contains(word))
  }
}
