internal import CICU

/// The floor any ICU-based checker pays for a text: NFKC_Casefold of the whole text plus UAX #29 word segmentation
/// with a reused break iterator. The benchmarks report PostCheck's costs as ratios to it, measured in the same run.
public struct ICUBaseline: Sendable {
  private let segmenters = SegmenterPool()

  /// Creates a baseline with its own pool of break iterators.
  public init() {}

  /// Folds and segments `text`.
  ///
  /// - Returns: the folded length in UTF-16 units plus the number of word segments, so the work cannot be
  ///   optimised away.
  public func foldAndSegment(_ text: String) throws(TextPipelineError) -> Int {
    var text = text
    let folded = text.withUTF8 { utf8 in
      let capacity = 3 * utf8.count + 16
      return withUnsafeTemporaryAllocation(of: UInt16.self, capacity: 2 * capacity) { buffer in
        cicu_casefold_text(
          utf8.baseAddress, Int32(utf8.count), buffer.baseAddress, buffer.baseAddress! + capacity, Int32(capacity))
      }
    }
    guard folded >= 0 else { throw .icu(operation: "case-fold the text", -1) }
    let segments = try segmenters.withSegmenters { pair throws(TextPipelineError) in
      try text.withUTF8 { utf8 in
        Result { () throws(TextPipelineError) in
          var count = 0
          try pair.words.forEachSegment(in: utf8) { _ in count += 1 }
          return count
        }
      }.get()
    }
    return Int(folded) + segments
  }
}
