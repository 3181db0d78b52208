/// A post after the text pipeline: its words, numbers and emoji as ``Token``s, grouped into sentences.
public struct PreparedPost: Sendable {
  /// A sentence of the post (UAX #29 sentence boundaries).
  public struct Sentence: Hashable, Sendable {
    /// The indices of the sentence's tokens in ``PreparedPost/tokens``.
    public var tokens: Range<Int>
    /// Where the sentence is in the original post.
    public var range: TextRange
    /// Whether the sentence ends with a question mark.
    public var isQuestion: Bool
  }

  /// The post exactly as given.
  public let text: String
  /// Words, numbers, emoji and standalone symbols, in order. Spaces and punctuation are not tokens; they show in
  /// ``Token/boundaryBefore``.
  public internal(set) var tokens: [Token]
  /// The sentences, in order; every token belongs to exactly one.
  public internal(set) var sentences: [Sentence]

  /// The original text of a range of tokens, from the first token's start to the last one's end.
  public func text(ofTokens tokenRange: Range<Int>) -> String {
    range(ofTokens: tokenRange).text(in: text)
  }

  /// The span of the original text that a range of tokens covers.
  public func range(ofTokens tokenRange: Range<Int>) -> TextRange {
    TextRange(
      utf8: tokens[tokenRange.lowerBound].range.utf8
        .lowerBound..<tokens[tokenRange.upperBound - 1].range.utf8.upperBound)
  }
}
