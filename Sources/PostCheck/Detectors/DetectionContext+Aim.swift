/// Whether a threat or abuse pattern is aimed at someone: the checks its tags ask for, on top of the shared
/// negation and reported-speech checks.
extension DetectionContext {
  /// The checks threat and abuse patterns share: not covered by an exception, not negated, not someone else's reported
  /// or quoted words, aimed at a person where the pattern needs one (`needs=person`, `needs=target`), after a wish
  /// verb or with a laughter marker where the pattern needs one (`needs=wish`, `needs=laughter`), and not banter
  /// about the author's own family (`hyperbole-risk`, `subject=pronoun`).
  func isAimedAtSomeone(_ match: PhraseMatcher.Match, exceptions: [PhraseMatcher.Match], named: [Finding]) -> Bool {
    let tags = matches.tags(of: match)
    if exceptions.contains(where: { $0.tokens.overlaps(match.tokens) }) { return false }
    if negationCancels(match) || isReportedSpeech(match.tokens) { return false }
    if tags.contains("needs=person"), !wildcardIsName(match, named: named) { return false }
    if tags.contains("needs=target"), !hasPersonTarget(named: named) { return false }
    if tags.contains("needs=wish"), !followsWishVerb(match) { return false }
    if tags.contains("needs=laughter"), !post.tokens.contains(where: { Self.laughter.contains($0.key) }) {
      return false
    }
    if tags.contains("hyperbole-risk") || tags.contains("subject=pronoun") { return !isFamilyBanter(named: named) }
    return true
  }

  /// Whether a wish verb (`threat.wish.verb`: "hope", "praying") stands earlier in the match's sentence, so that a
  /// bare harm event ("falls off and breaks something") is wished on someone rather than reported.
  func followsWishVerb(_ match: PhraseMatcher.Match) -> Bool {
    let sentence = sentenceTokens(of: match.tokens.lowerBound)
    return hasClass("threat.wish.verb", in: sentence.lowerBound..<match.tokens.lowerBound)
  }

  /// Whether the wildcard word of a `needs=person` pattern (its first or last element, `*`) is a person's name:
  /// capitalised mid-sentence in the original text (not "I"), or inside a named-individual finding.
  func wildcardIsName(_ match: PhraseMatcher.Match, named: [Finding]) -> Bool {
    let pattern = matches.entry(match.entry).entry.pattern
    let index =
      pattern.hasSuffix(" *") && !pattern.hasPrefix("* ") ? match.tokens.upperBound - 1 : match.tokens.lowerBound
    let token = post.tokens[index]
    if Self.firstPerson.contains(token.key) || Self.secondPerson.contains(token.key) { return false }
    if named.contains(where: { $0.range.utf8.overlaps(token.range.utf8) }) { return true }
    if matches.isCovered(index, byClass: "given.name") || matches.isCovered(index, byClass: "surname") {
      return true
    }
    return token.shape.contains(.capitalised) && !token.shape.contains(.sentenceInitial)
      && !token.shape.contains(.allCaps)
  }
}
