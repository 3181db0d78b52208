/// Finds one kind of breach in a prepared post. Detectors are immutable and called from many threads at once.
protocol Detector: Sendable {
  /// The detector's name, the first part of its findings' rule ids.
  var id: String { get }
  /// The findings in one post.
  func findings(in context: DetectionContext) -> [Finding]
}

/// Everything a detector may look at for one post.
struct DetectionContext {
  let post: PreparedPost
  let matches: LexiconMatches
  private let results = DetectorResults()

  init(post: PreparedPost, matches: LexiconMatches) {
    self.post = post
    self.matches = matches
  }

  /// A detector's findings in this post, computed once: detectors that build on others (abuse on discrimination,
  /// threats on names) ask the context instead of running them again.
  func findings(of detector: any Detector) -> [Finding] { results.findings(of: detector, in: self) }

  /// A finding over a range of tokens, with its text taken from the original post.
  func finding(
    _ category: Category, severity: Severity, ruleID: String, tokens: Range<Int>, evidence: [TextRange] = [],
    tags: [String] = [], message: String
  ) -> Finding {
    let range = post.range(ofTokens: tokens)
    return Finding(
      category: category, severity: severity, ruleID: ruleID, text: range.text(in: post.text), range: range,
      evidence: evidence, tags: tags, message: message, policyClause: .forCategory(category))
  }

  /// Whether a negation cue (`<negation>`: not, never, don't...) stands within `window` words before token `index`
  /// in the same sentence with no clause punctuation between.
  func isNegated(_ index: Int, window: Int = 3) -> Bool {
    let sentence = post.sentences[post.tokens[index].sentence].tokens
    var position = index
    while position > sentence.lowerBound, index - position < window {
      if post.tokens[position].boundaryBefore.contains(.clause) { return false }
      position -= 1
      if matches.isCovered(position, byClass: "negation") || post.tokens[position].key.hasSuffix("n't") { return true }
    }
    return false
  }
}

/// The findings of each detector for one post, by detector id. Lives only as long as one check, on one thread.
final class DetectorResults {
  private var byID: [String: [Finding]] = [:]

  func findings(of detector: any Detector, in context: DetectionContext) -> [Finding] {
    if let found = byID[detector.id] { return found }
    let found = detector.findings(in: context)
    byID[detector.id] = found
    return found
  }
}
