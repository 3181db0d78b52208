/// Negation scope: whether a negation cue cancels a match, and where clauses begin (the scope ends there).
extension DetectionContext {
  /// Whether a negation cue cancels a match: a cue one to three words before it (same clause), or inside it in a
  /// gap or class slot (a negation the pattern spells, "better off without", is part of its meaning). Patterns
  /// tagged `negation-expected` ("won't know what hit her") are never cancelled. "Not gonna lie", "not being funny" and
  /// "no offence" are discourse markers, not negation.
  func negationCancels(_ match: PhraseMatcher.Match) -> Bool {
    let entry = matches.entry(match.entry).entry
    let tags = matches.tags(of: match)
    let tokens = match.tokens
    guard !tags.contains("negation-expected") else { return false }
    let sentence = sentenceTokens(of: tokens.lowerBound)
    var position = tokens.lowerBound
    while position > sentence.lowerBound, tokens.lowerBound - position < 3 {
      if startsClause(position) { break }
      position -= 1
      if isNegationCue(position) { return true }
    }
    let literal = Set(entry.pattern.split(whereSeparator: { " ()|?".contains($0) }).map(String.init))
    return tokens.dropFirst().contains { isNegationCue($0) && !literal.contains(post.tokens[$0].key) }
  }

  /// Whether a new clause starts at token `index`: clause or sentence punctuation before it (a lower-case word after
  /// a full stop may stay in the same ICU sentence), or a coordinating or subordinating conjunction ("nobody cares
  /// and your kids are ...": the negation does not reach past "and").
  func startsClause(_ index: Int) -> Bool {
    let token = post.tokens[index]
    if token.boundaryBefore.contains(.clause) || token.boundaryBefore.contains(.lineBreak) { return true }
    if Self.negationScopeBreakers.contains(token.key) { return true }
    return hasSentencePunctuation(before: index)
  }

  /// Whether a full stop, question mark or exclamation mark stands between token `index` and the one before it
  /// (always true for the first token).
  func hasSentencePunctuation(before index: Int) -> Bool {
    guard index > 0 else { return true }
    let token = post.tokens[index]
    let between = post.text.utf8.dropFirst(post.tokens[index - 1].range.utf8.upperBound)
      .prefix(token.range.utf8.lowerBound - post.tokens[index - 1].range.utf8.upperBound)
    return between.contains { [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains($0) }
  }

  /// Conjunctions past which a negation does not reach.
  static let negationScopeBreakers: Set<String> = [
    "and", "but", "so", "or", "because", "cos", "coz", "while", "then", "if",
  ]

  /// Whether token `index` is a negation cue rather than part of a discourse marker ("not gonna lie", "no offence").
  func isNegationCue(_ index: Int) -> Bool {
    let key = post.tokens[index].key
    guard matches.isCovered(index, byClass: "negation") || key.hasSuffix("n't") else { return false }
    let next = (index + 1..<min(index + 4, post.tokens.count)).map { post.tokens[$0].key }
    let following = next.joined(separator: " ")
    return !Self.notNegation.contains { following.hasPrefix($0) } || !["not", "no"].contains(key)
  }

  /// What follows "not" or "no" in discourse markers that do not negate the rest of the sentence.
  static let notNegation = [
    "gonna lie", "going to lie", "lying", "gunna lie", "being funny", "being rude", "being funny but", "offence",
    "offense", "disrespect", "joke", "word of a lie",
  ]
}
