/// A span of the post exactly as its author wrote it, in UTF-8 code units (bytes).
///
/// `"Café"` is `0..<5`. Use ``indices(in:)`` to turn it into string indices, or ``text(in:)`` for the span itself.
public struct TextRange: Hashable, Sendable, Codable, Comparable {
  /// The byte offsets of the span in the post's UTF-8 encoding.
  public var utf8: Range<Int>

  /// Creates a range from UTF-8 byte offsets.
  public init(utf8: Range<Int>) { self.utf8 = utf8 }

  /// The span as indices of `post`, which must be the text the range was found in.
  public func indices(in post: String) -> Range<String.Index> {
    let start = post.utf8.index(post.utf8.startIndex, offsetBy: utf8.lowerBound)
    return start..<post.utf8.index(start, offsetBy: utf8.count)
  }

  /// The span's text in `post`, which must be the text the range was found in.
  public func text(in post: String) -> String { String(post[indices(in: post)]) }

  /// Whether the two spans share at least one byte.
  public func overlaps(_ other: TextRange) -> Bool { utf8.overlaps(other.utf8) }

  /// The smallest span covering both.
  public func union(_ other: TextRange) -> TextRange {
    TextRange(utf8: min(utf8.lowerBound, other.utf8.lowerBound)..<max(utf8.upperBound, other.utf8.upperBound))
  }

  public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
    (lhs.utf8.lowerBound, lhs.utf8.upperBound) < (rhs.utf8.lowerBound, rhs.utf8.upperBound)
  }
}
