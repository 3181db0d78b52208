/// Turns a category's lexicon pattern matches into findings: matches overlapped by one of the category's exception
/// matches (idioms, homonyms) are dropped, optionally so are negated ones, and of overlapping matches only the
/// longest (then most severe) is kept, so one phrase gives one finding.
struct LexiconCategoryDetector: Detector {
  let category: Category
  /// Whether a negation cue just before the match ("would never hurt") cancels it.
  let negationCancels: Bool
  /// The message for the post's author, given the finding's tags.
  let message: @Sendable (_ tags: [String]) -> String

  var id: String { category.rawValue }

  func findings(in context: DetectionContext) -> [Finding] {
    let exceptions = context.matches.matches(of: category, kind: .exception)
    let kept = context.matches.matches(of: category, kind: .pattern).filter { match in
      !exceptions.contains { $0.tokens.overlaps(match.tokens) }
        && !(negationCancels && context.isNegated(match.tokens.lowerBound))
    }
    return Self.longestFirst(kept, context.matches).map { match in
      let tags = context.matches.tags(of: match)
      return context.finding(
        category, severity: context.matches.severity(of: match), ruleID: context.matches.entry(match.entry).ruleID,
        tokens: match.tokens, tags: tags, message: message(tags))
    }
  }

  /// Of overlapping matches, the longest (then the most severe, then the first) in text order.
  static func longestFirst(_ matches: [PhraseMatcher.Match], _ lexicons: LexiconMatches) -> [PhraseMatcher.Match] {
    let ranked = matches.sorted { left, right in
      if left.tokens.count != right.tokens.count { return left.tokens.count > right.tokens.count }
      let (leftSeverity, rightSeverity) = (lexicons.severity(of: left), lexicons.severity(of: right))
      if leftSeverity != rightSeverity { return leftSeverity > rightSeverity }
      return left.tokens.lowerBound < right.tokens.lowerBound
    }
    var chosen: [PhraseMatcher.Match] = []
    for match in ranked where !chosen.contains(where: { $0.tokens.overlaps(match.tokens) }) { chosen.append(match) }
    return chosen.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
  }
}
