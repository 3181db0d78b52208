/// Choosing among overlapping matches, so one phrase gives one finding.
extension LexiconMatches {
  /// Of overlapping matches, the longest (then the most severe, then the first) in text order.
  func longestFirst(_ matches: [PhraseMatcher.Match]) -> [PhraseMatcher.Match] {
    let ranked = matches.sorted { left, right in
      if left.tokens.count != right.tokens.count { return left.tokens.count > right.tokens.count }
      let (leftSeverity, rightSeverity) = (severity(of: left), severity(of: right))
      if leftSeverity != rightSeverity { return leftSeverity > rightSeverity }
      return left.tokens.lowerBound < right.tokens.lowerBound
    }
    var chosen: [PhraseMatcher.Match] = []
    for match in ranked where !chosen.contains(where: { $0.tokens.overlaps(match.tokens) }) { chosen.append(match) }
    return chosen.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
  }
}
