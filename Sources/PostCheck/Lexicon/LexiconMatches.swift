/// What the lexicons found in one post: term class phrases and pattern and exception matches. Detectors read it.
struct LexiconMatches {
  let lexicons: CompiledLexicons
  /// Every term class phrase, sorted by start token.
  let spans: [ClassSpan]
  /// Every pattern and exception match, in sentence and start order.
  let matches: [PhraseMatcher.Match]
  /// The same spans grouped by class, so detectors' look-ups do not scan them all.
  private let spansByClass: [Int32: [ClassSpan]]

  init(lexicons: CompiledLexicons, spans: [ClassSpan], matches: [PhraseMatcher.Match]) {
    self.lexicons = lexicons
    self.spans = spans
    self.matches = matches
    spansByClass = Dictionary(grouping: spans, by: \.classID)
  }

  /// The compiled entry behind a match or span.
  func entry(_ index: Int32) -> CompiledLexicons.Entry { lexicons.entries[Int(index)] }

  /// The matches of a category's pattern or exception files.
  func matches(of category: Category, kind: LexiconFile.Kind) -> [PhraseMatcher.Match] {
    matches.filter { entry($0.entry).category == category && entry($0.entry).kind == kind }
  }

  /// The phrases of a term class, or none if no loaded lexicon defines it.
  func spans(of className: String) -> [ClassSpan] {
    guard let id = lexicons.classID(className) else { return [] }
    return spansByClass[id] ?? []
  }

  /// Whether a phrase of the class covers token `index`.
  func isCovered(_ index: Int, byClass className: String) -> Bool {
    guard let id = lexicons.classID(className) else { return false }
    return spansByClass[id]?.contains { $0.tokens.contains(index) } ?? false
  }

  /// The tags of a match's entry and of every class phrase it went through (`target=religion` from an identity
  /// term, say), without duplicates.
  func tags(of match: PhraseMatcher.Match) -> [String] {
    var tags = entry(match.entry).entry.tags
    for capture in match.captures {
      for tag in entry(capture.entry).entry.tags where !tags.contains(tag) { tags.append(tag) }
    }
    return tags
  }

  /// The highest severity among a match's entry and its captured class phrases.
  func severity(of match: PhraseMatcher.Match) -> Severity {
    match.captures.map { entry($0.entry).entry.severity }.reduce(entry(match.entry).entry.severity, max)
  }
}
