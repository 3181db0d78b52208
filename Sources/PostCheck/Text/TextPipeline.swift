/// Turns a post into ``PreparedPost``: sentences and tokens, each token with its range in the original text, its
/// kind and shape, and a normalised key that defeats the usual evasions (see ``WordFolding`` and
/// ``Deobfuscation``).
///
/// A pipeline is immutable and safe to share between threads; the ICU break iterators it uses are pooled and
/// reused, one per thread at a time.
///
/// ```swift
/// let pipeline = TextPipeline()
/// let post = try pipeline.prepare("Ｍｒ Jones said hi 👋")
/// post.tokens.map(\.key)   // ["mr", "jones", "said", "hi", "👋"]
/// ```
public struct TextPipeline: Sendable {
  /// The words lexicons mention; obfuscations are undone only towards these.
  public let vocabulary: Vocabulary
  private let segmenters = SegmenterPool()

  /// Creates a pipeline. With an empty vocabulary it folds words but undoes no obfuscation.
  public init(vocabulary: Vocabulary = Vocabulary()) {
    self.vocabulary = vocabulary
  }

  /// Segments and normalises a post.
  ///
  /// - Parameter text: any string; an empty one gives no tokens.
  /// - Returns: the post's tokens and sentences, with ranges into `text`.
  /// - Throws: ``TextPipelineError`` if ICU fails (it does not on valid Swift strings in practice).
  public func prepare(_ text: String) throws(TextPipelineError) -> PreparedPost {
    let cleaned = CleanedText(text)
    let (tokens, sentences) = try segmenters.withSegmenters { segmenters throws(TextPipelineError) in
      try tokenize(cleaned, with: segmenters)
    }
    return PreparedPost(text: text, tokens: tokens, sentences: sentences)
  }

  private func tokenize(
    _ cleaned: CleanedText, with segmenters: SegmenterPool.Pair
  ) throws(TextPipelineError) -> ([Token], [PreparedPost.Sentence]) {
    try cleaned.bytes.withUnsafeBufferPointer { bytes throws(TextPipelineError) in
      try tokenize(bytes, cleaned, with: segmenters)
    }
  }

  private func tokenize(
    _ bytes: UnsafeBufferPointer<UInt8>, _ cleaned: CleanedText, with segmenters: SegmenterPool.Pair
  ) throws(TextPipelineError) -> ([Token], [PreparedPost.Sentence]) {
    var sentenceRanges: [Range<Int>] = []
    try segmenters.sentences.forEachSegment(in: bytes) { sentenceRanges.append($0.range) }
    var segments: [RawSegment] = []
    try segmenters.words.forEachSegment(in: bytes) { segment in
      segments.append(RawSegment(segment, in: bytes))
    }
    var builder = TokenBuilder(bytes: bytes, vocabulary: vocabulary)
    builder.add(segments)
    var tokens = Deobfuscation.joinSpacedLetters(builder.tokens, bytes: bytes, vocabulary: vocabulary)
    let sentences = Self.assignSentences(&tokens, sentenceRanges: sentenceRanges, bytes: bytes)
    Self.mapToOriginal(&tokens, cleaned)
    return (
      tokens,
      sentences.map { sentence in
        var sentence = sentence
        sentence.range = TextRange(
          utf8: cleaned.originalStart(
            sentence.range.utf8.lowerBound)..<cleaned.originalEnd(sentence.range.utf8.upperBound))
        return sentence
      }
    )
  }

  /// Gives each token its sentence index and marks sentence-initial words; sentences without tokens are dropped.
  private static func assignSentences(
    _ tokens: inout [Token], sentenceRanges: [Range<Int>], bytes: UnsafeBufferPointer<UInt8>
  ) -> [PreparedPost.Sentence] {
    var sentences: [PreparedPost.Sentence] = []
    var tokenIndex = 0
    for range in sentenceRanges {
      let first = tokenIndex
      while tokenIndex < tokens.count, tokens[tokenIndex].range.utf8.lowerBound < range.upperBound {
        tokens[tokenIndex].sentence = sentences.count
        tokenIndex += 1
      }
      guard tokenIndex > first else { continue }
      tokens[first].shape.insert(.sentenceInitial)
      let lastEnd = min(tokens[tokenIndex - 1].range.utf8.upperBound, range.upperBound)
      let isQuestion = bytes[lastEnd..<range.upperBound].contains(UInt8(ascii: "?"))
      sentences.append(.init(tokens: first..<tokenIndex, range: TextRange(utf8: range), isQuestion: isQuestion))
    }
    return sentences
  }

  private static func mapToOriginal(_ tokens: inout [Token], _ cleaned: CleanedText) {
    guard cleaned.removedAnything else { return }
    for index in tokens.indices {
      let range = tokens[index].range.utf8
      tokens[index].range = TextRange(
        utf8: cleaned.originalStart(range.lowerBound)..<cleaned.originalEnd(range.upperBound))
    }
  }
}
