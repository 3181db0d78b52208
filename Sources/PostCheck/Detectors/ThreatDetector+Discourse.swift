/// Discourse checks shared by the threat and abuse detectors: negation scope, reported speech, who is addressed or
/// named, and family banter. They read lexicon classes (`negation`, `threat.report.verb`, `threat.cue`, `staff.role`,
/// `school.target`) and the named-individual findings.
extension DetectionContext {
  /// The checks threat and abuse patterns share: not covered by an exception, not negated, not someone else's reported
  /// or quoted words,
  /// aimed at a person where the pattern needs one (`needs=person`, `needs=target`), after a wish verb or with a
  /// laughter marker where the pattern needs one (`needs=wish`, `needs=laughter`), and not banter about the
  /// author's own family (`hyperbole-risk`, `subject=pronoun`).
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

  /// Whether the tokens are someone else's words that the author reports: inside quotation marks, or after a
  /// reporting verb ("told", "said", "apparently") whose subject is not the author ("he told my son he'd ...").
  func isReportedSpeech(_ tokens: Range<Int>) -> Bool {
    if isQuoted(tokens) { return true }
    let sentence = sentenceTokens(of: tokens.lowerBound)
    for verb in matches.spans(of: "threat.report.verb")
    where sentence.contains(verb.tokens.lowerBound) && verb.tokens.upperBound <= tokens.lowerBound {
      let key = post.tokens[verb.tokens.lowerBound].key
      if ["apparently", "allegedly"].contains(key) {
        if !(verb.tokens.upperBound...tokens.lowerBound).contains(where: { startsClause($0) }) { return true }
        continue
      }
      let subject = max(sentence.lowerBound, verb.tokens.lowerBound - 4)..<verb.tokens.lowerBound
      if subject.contains(where: { Self.firstPerson.contains(post.tokens[$0].key) }) { continue }
      if subject.contains(where: { isThirdPersonSubject($0) }) { return true }
    }
    return false
  }

  /// A word that can stand for someone other than the author: a third-person pronoun, a person noun, a name.
  private func isThirdPersonSubject(_ index: Int) -> Bool {
    let token = post.tokens[index]
    if Self.thirdPerson.contains(token.key) { return true }
    if token.shape.contains(.capitalised), !token.shape.contains(.sentenceInitial), !token.shape.contains(.allCaps) {
      return true
    }
    return ["ni.relative", "ni.pupil-noun", "staff.role", "school.target", "given.name"].contains {
      matches.isCovered(index, byClass: $0)
    }
  }

  static let thirdPerson: Set<String> = [
    "he", "she", "they", "he's", "she's", "they've", "he'd", "she'd", "they'd", "someone", "somebody", "his", "her",
    "their", "kid", "boy", "girl", "lad", "dad", "mum", "teacher", "head",
  ]

  /// Whether the post addresses or identifies a person: a named individual or role, an @handle, or "you".
  func hasPersonTarget(named: [Finding]) -> Bool {
    if !named.isEmpty { return true }
    if postHasAnyClass(["staff.role"]) { return true }
    return post.tokens.contains { $0.key.hasPrefix("@") || Self.secondPerson.contains($0.key) }
  }

  static let secondPerson: Set<String> = [
    "you", "u", "ya", "yous", "youse", "your", "ur", "yer", "you're", "youre", "yourself", "yourselves",
  ]

  /// Whether the post jokes about the author's own family: an own-family reference and a laughter marker, with no
  /// member of staff or named person in it. "I'll kill him lol" about one's own son is hyperbole, not a threat.
  func isFamilyBanter(named: [Finding]) -> Bool {
    guard named.isEmpty, !postHasAnyClass(["staff.role", "school.target"]) else { return false }
    let keys = post.tokens.map(\.key)
    let ownFamily = zip(keys, keys.dropFirst()).contains { first, second in
      ["my", "our", "me"].contains(first) && Self.family.contains(second)
    }
    let laughter = post.tokens.contains { Self.laughter.contains($0.key) }
    return ownFamily && laughter
  }

  static let family: Set<String> = [
    "son", "daughter", "kid", "kids", "child", "children", "boy", "boys", "girl", "girls", "lad", "lads", "youngest",
    "eldest", "husband", "hubby", "wife", "partner", "fella", "missus", "mum", "mam", "dad", "brother", "sister",
    "little", "twins", "teenager", "toddler", "baby", "other",
  ]

  static let laughter: Set<String> = [
    "lol", "lmao", "lmfao", "haha", "hahaha", "hahahaha", "pmsl", "rofl", "😂", "🤣", "😅", "🙈", "😆", "🤦", "💀", "jk",
    "joking", "kidding",
  ]

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
