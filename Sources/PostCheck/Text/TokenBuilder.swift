/// Builds tokens from raw word segments: drops spaces, turns punctuation into boundary flags on the next token,
/// joins @handles, splits hashtags that run words together, and re-joins words that punctuation or symbols were put
/// inside to dodge a filter.
struct TokenBuilder {
  let bytes: UnsafeBufferPointer<UInt8>
  let vocabulary: Vocabulary
  private(set) var tokens: [Token] = []
  private var pendingBoundary: Token.Boundary = []

  init(bytes: UnsafeBufferPointer<UInt8>, vocabulary: Vocabulary) {
    self.bytes = bytes
    self.vocabulary = vocabulary
  }

  /// Adds all segments of a text, in order.
  mutating func add(_ segments: [RawSegment]) {
    tokens.reserveCapacity(segments.count / 2 + 1)
    var chunkStart = 0
    for index in segments.indices where segments[index].kind == .space {
      addChunk(segments[chunkStart..<index])
      if bytes[segments[index].range].contains(where: { $0 == 0x0A || $0 == 0x0D }) {
        pendingBoundary.insert(.lineBreak)
      }
      chunkStart = index + 1
    }
    addChunk(segments[chunkStart...])
  }

  /// Adds a run of segments with no space between them, such as `"p*ki!"` or `(Mr.`.
  private mutating func addChunk(_ chunk: ArraySlice<RawSegment>) {
    var low = chunk.startIndex
    var high = chunk.endIndex
    while low < high, chunk[low].kind == .punctuation, chunk[low].firstScalar != "@" {
      pendingBoundary.formUnion(chunk[low].boundary)
      low += 1
    }
    while high > low, chunk[high - 1].kind == .punctuation { high -= 1 }
    if low > chunk.startIndex, high - low == 1, chunk[low - 1].firstScalar == "#", chunk[low].kind == .letters,
      let parts = hashtagParts(chunk[low].range)
    {
      for part in parts { append(range: part, kind: .word, key: key(of: part), deobfuscated: true) }
    } else {
      addCore(chunk[low..<high])
    }
    for segment in chunk[high...] { pendingBoundary.formUnion(segment.boundary) }
  }

  private mutating func addCore(_ core: ArraySlice<RawSegment>) {
    guard let first = core.first else { return }
    if core.count > 1, let key = Deobfuscation.joinGlued(core, bytes: bytes, vocabulary: vocabulary) {
      append(range: first.range.lowerBound..<core.last!.range.upperBound, kind: .word, key: key, deobfuscated: true)
      return
    }
    if core.count > 1, first.firstScalar == "@", core[core.startIndex + 1].kind == .letters {
      let name = core[core.startIndex + 1]
      append(range: first.range.lowerBound..<name.range.upperBound, kind: .word, key: "@" + key(of: name.range))
      addSegments(core.dropFirst(2))
      return
    }
    addSegments(core)
  }

  private mutating func addSegments(_ segments: ArraySlice<RawSegment>) {
    for segment in segments {
      switch segment.kind {
      case .letters, .number: addWord(segment)
      case .emoji: append(range: segment.range, kind: .emoji, key: emojiKey(segment.range))
      case .symbol: append(range: segment.range, kind: .symbol, key: text(segment.range))
      case .punctuation, .space: pendingBoundary.formUnion(segment.boundary)
      }
    }
  }

  /// Adds a word, undoing leetspeak, repeated letters, a misspelling or words run together when the result is a
  /// lexicon word and the word as typed is not.
  private mutating func addWord(_ segment: RawSegment) {
    let folded = key(of: segment.range)
    guard vocabulary.count > 0, !vocabulary.contains(folded) else {
      append(range: segment.range, kind: segment.kind == .number ? .number : .word, key: folded)
      return
    }
    if let resolved = Deobfuscation.resolve(folded, vocabulary) ?? vocabulary.correctedMisspelling(folded)
      ?? (folded.hasSuffix("'s") ? vocabulary.correctedMisspelling(String(folded.dropLast(2))) : nil)
    {
      append(range: segment.range, kind: .word, key: resolved, deobfuscated: true)
    } else if segment.range.count == folded.utf8.count, !isProperNounPosition(segment),
      let split = Deobfuscation.runTogetherSplit(folded, vocabulary)
    {
      let middle = segment.range.lowerBound + split
      append(
        range: segment.range.lowerBound..<middle, kind: .word, key: String(folded.prefix(split)), deobfuscated: true)
      append(
        range: middle..<segment.range.upperBound, kind: .word, key: String(folded.dropFirst(split)), deobfuscated: true)
    } else {
      append(range: segment.range, kind: segment.kind == .number ? .number : .word, key: folded)
    }
  }

  /// The words of a hashtag that runs several together ("#DeliveryFail"), as byte ranges of the text, or nil.
  private func hashtagParts(_ range: Range<Int>) -> [Range<Int>]? {
    HashtagSegmentation.parts(bytes[range], key: key(of: range), vocabulary)?.map {
      range.lowerBound + $0.lowerBound..<range.lowerBound + $0.upperBound
    }
  }

  /// A capitalised word in mid-sentence is probably a name ("Fairclough"), never two words run together.
  private func isProperNounPosition(_ segment: RawSegment) -> Bool {
    let first = bytes[segment.range.lowerBound]
    return first >= 0x41 && first <= 0x5A && !tokens.isEmpty
      && pendingBoundary.isDisjoint(with: [.sentenceEnd, .lineBreak])
  }

  private mutating func append(range: Range<Int>, kind: Token.Kind, key: String, deobfuscated: Bool = false) {
    var shape = Self.shape(of: bytes[range])
    if deobfuscated { shape.insert(.deobfuscated) }
    if kind == .word, Self.isPossessive(bytes[range]) { shape.insert(.possessive) }
    var token = Token(
      range: TextRange(utf8: range), kind: kind, shape: shape, boundaryBefore: pendingBoundary, key: key,
      sentence: 0, wordID: vocabulary.id(of: key))
    if shape.contains(.possessive) || key.hasSuffix("s'") {
      let base = key.hasSuffix("'s") ? key.dropLast(2) : key.hasSuffix("s'") ? key.dropLast(1) : key[...]
      if base.count < key.count { token.baseWordID = vocabulary.id(of: String(base)) }
    }
    tokens.append(token)
    pendingBoundary = []
  }

  private func key(of range: Range<Int>) -> String {
    WordFolding.key(of: UnsafeBufferPointer(rebasing: bytes[range]))
  }

  private func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

  /// Emoji keys drop variation selectors and skin-tone modifiers, so "❤️" and "❤", "🤦🏽" and "🤦" match alike.
  private func emojiKey(_ range: Range<Int>) -> String {
    let text = text(range)
    guard text.unicodeScalars.contains(where: Self.isEmojiModifier) else { return text }
    return String(String.UnicodeScalarView(text.unicodeScalars.filter { !Self.isEmojiModifier($0) }))
  }

  private static func isEmojiModifier(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value == 0xFE0F || (0x1F3FB...0x1F3FF).contains(scalar.value)
  }

  /// The same, for ASCII text, without Unicode property look-ups.
  private static func asciiShape(of utf8: Slice<UnsafeBufferPointer<UInt8>>) -> Token.Shape {
    var upper = 0
    var lower = 0
    var firstIsUpper: Bool?
    for byte in utf8 {
      let isUpper = byte >= 0x41 && byte <= 0x5A
      let isLower = byte >= 0x61 && byte <= 0x7A
      guard isUpper || isLower else { continue }
      if firstIsUpper == nil { firstIsUpper = isUpper }
      if isUpper { upper += 1 } else { lower += 1 }
    }
    var shape: Token.Shape = []
    if firstIsUpper == true { shape.insert(.capitalised) }
    if upper >= 2, lower == 0 { shape.insert(.allCaps) }
    return shape
  }

  /// Whether the word ends in `'s` (straight or typographic apostrophe).
  static func isPossessive(_ utf8: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    let lastTwo = utf8.suffix(2)
    if lastTwo.elementsEqual([0x27, 0x73]) || lastTwo.elementsEqual([0x27, 0x53]) { return true }
    return utf8.count >= 4 && (utf8.last == 0x73 || utf8.last == 0x53)
      && utf8.dropLast().suffix(3).elementsEqual([0xE2, 0x80, 0x99])
  }

  /// Capitalised or all-caps, read from the letters as typed. ASCII is checked bytewise.
  static func shape(of utf8: Slice<UnsafeBufferPointer<UInt8>>) -> Token.Shape {
    if utf8.allSatisfy({ $0 < 0x80 }) { return asciiShape(of: utf8) }
    var upper = 0
    var lower = 0
    var firstIsUpper: Bool?
    for scalar in String(decoding: utf8, as: UTF8.self).unicodeScalars where scalar.properties.isAlphabetic {
      let isUpper = scalar.properties.isUppercase
      if firstIsUpper == nil { firstIsUpper = isUpper }
      if isUpper { upper += 1 } else if scalar.properties.isLowercase { lower += 1 }
    }
    var shape: Token.Shape = []
    if firstIsUpper == true { shape.insert(.capitalised) }
    if upper >= 2, lower == 0 { shape.insert(.allCaps) }
    return shape
  }
}
