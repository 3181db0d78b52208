internal import CICU
import Synchronization

/// One ICU break iterator (UAX #29 words or sentences) over UTF-8 text. Not thread-safe: a thread borrows one from a
/// ``SegmenterPool`` and returns it, so iterators are cloned once and then reused post after post.
final class Segmenter {
  /// A segment of the text between two boundaries, in UTF-8 offsets, with ICU's rule status.
  struct Segment {
    var range: Range<Int>
    var ruleStatus: Int32
  }

  private let handle: OpaquePointer

  /// Opens a segmenter of `kind`, or throws the ICU status on failure.
  init(kind: CICUSegmentKind) throws(TextPipelineError) {
    var status: Int32 = 0
    guard let handle = cicu_segmenter_open(kind, &status) else { throw .icu(operation: "open break iterator", status) }
    self.handle = handle
  }

  deinit { cicu_segmenter_close(handle) }

  /// Calls `body` with each segment of `utf8`, in order. The buffer must stay valid during the call.
  func forEachSegment(
    in utf8: UnsafeBufferPointer<UInt8>, _ body: (Segment) -> Void
  ) throws(TextPipelineError) {
    let status = cicu_segmenter_set_text(handle, utf8.baseAddress, Int64(utf8.count))
    guard status == 0 else { throw .icu(operation: "set break iterator text", status) }
    var start: Int64 = 0
    var end: Int64 = 0
    var ruleStatus: Int32 = 0
    while cicu_segmenter_next(handle, &start, &end, &ruleStatus) != 0 {
      body(Segment(range: Int(start)..<Int(end), ruleStatus: ruleStatus))
    }
  }
}

/// Word and sentence segmenters kept for reuse across posts and threads. Each borrower gets a pair no other thread
/// is using; the pool grows to the number of threads that check posts at once.
final class SegmenterPool: Sendable {
  /// A word segmenter and a sentence segmenter, used together by one thread at a time.
  final class Pair: @unchecked Sendable {  // handed between threads only through the pool's mutex
    let words: Segmenter
    let sentences: Segmenter

    init() throws(TextPipelineError) {
      words = try Segmenter(kind: CICU_WORDS)
      sentences = try Segmenter(kind: CICU_SENTENCES)
    }
  }

  private let idle = Mutex<[Pair]>([])

  /// Runs `body` with a pair of segmenters that no other thread is using.
  func withSegmenters<Result>(
    _ body: (Pair) throws(TextPipelineError) -> Result
  ) throws(TextPipelineError) -> Result {
    let pair: Pair
    if let idlePair = idle.withLock({ $0.popLast() }) { pair = idlePair } else { pair = try Pair() }
    defer { idle.withLock { $0.append(pair) } }
    return try body(pair)
  }
}
