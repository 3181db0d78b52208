/// Where in its sentence a lexicon match stands. Entries may ask for a clause position with `check=sentence-start`,
/// `check=clause-start` and `check=clause-end` (Lexicons/README.md); `lexiconMatches(of:kind:)` keeps only the matches
/// that stand where their entries want them, so every detector honours these tags the same way.
extension DetectionContext {
  /// The category's pattern or exception matches that stand where their entries' clause checks want them.
  func lexiconMatches(of category: Category, kind: LexiconFile.Kind) -> [PhraseMatcher.Match] {
    matches.matches(of: category, kind: kind).filter { fitsClauseChecks($0, tags: matches.tags(of: $0)) }
  }

  /// Whether a match stands where its entry's clause checks want it: `check=sentence-start` (the match opens its
  /// sentence, line or main clause: a command such as "hang her" or "if he does, hit him", not a report such as
  /// "he hit her" or "he pushed him, hit him"), `check=clause-start` (it follows sentence or clause punctuation) and
  /// `check=clause-end` (nothing of the clause follows, so in "hang her." the pronoun is an object, while in "hang
  /// her coat" it is a possessive).
  private func fitsClauseChecks(_ match: PhraseMatcher.Match, tags: [String]) -> Bool {
    let start = match.tokens.lowerBound
    if tags.contains("check=sentence-start"), !startsSentence(start), !followsFrontedClause(start) { return false }
    if tags.contains("check=clause-start"), !startsSentence(start), !startsClause(start) { return false }
    if tags.contains("check=clause-end"), !closesClause(before: match.tokens.upperBound) { return false }
    return true
  }

  /// Whether token `index` opens a sentence or a line (a lower-case word after a full stop may stay in the same ICU
  /// sentence).
  func startsSentence(_ index: Int) -> Bool {
    let token = post.tokens[index]
    if index == sentenceTokens(of: index).lowerBound || token.boundaryBefore.contains(.lineBreak) { return true }
    return token.boundaryBefore.contains(.sentenceEnd) || hasSentencePunctuation(before: index)
  }

  /// Whether token `index` opens the main clause after a fronted subordinate clause: clause punctuation comes before
  /// it and its sentence opens with a subordinator ("If he does that again, hit him back").
  func followsFrontedClause(_ index: Int) -> Bool {
    guard post.tokens[index].boundaryBefore.contains(.clause) else { return false }
    let sentence = sentenceTokens(of: index)
    var opening = index - 1
    while opening > sentence.lowerBound, !startsSentence(opening) { opening -= 1 }
    return Self.subordinators.contains(post.tokens[opening].key)
  }

  /// Whether nothing of the clause follows the tokens before `end`: the sentence ends, clause punctuation, a
  /// conjunction or a subordinator ("until", "when") comes next, or only an emoji, a symbol or a laughter marker does.
  func closesClause(before end: Int) -> Bool {
    guard end < sentenceTokens(of: end - 1).upperBound else { return true }
    let next = post.tokens[end]
    if startsClause(end) || Self.subordinators.contains(next.key) || Self.laughter.contains(next.key) { return true }
    return next.kind == .emoji || next.kind == .symbol
  }

  /// Subordinating conjunctions that open a new clause after a complete one ("hit him until he cries") or a fronted
  /// one before the main clause ("if he does, hit him"; "next time" too).
  static let subordinators: Set<String> = [
    "if", "until", "till", "til", "unless", "when", "before", "after", "once", "whenever", "since", "cause", "coz",
    "next",
  ]
}
