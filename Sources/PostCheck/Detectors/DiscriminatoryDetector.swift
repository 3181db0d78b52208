/// Finds discriminatory language: slurs, and derogation of a group defined by a protected characteristic
/// (dehumanising, negative attributes and emotions, exclusion and harm calls, negated positives), using the
/// `discriminatory.*` lexicons. It stays quiet on counter-speech (quoting or reporting hate to condemn it),
/// negated statements, homonyms (exception lexicons), reclaimed in-group use of reclaimable slurs, and statements
/// about "the girls" or "our boys" (sex nouns with a determiner). Threats against a group are also reported here.
struct DiscriminatoryDetector: Detector {
  var id: String { "discriminatory" }

  /// Classes that name a protected group; patterns tagged `needs=identity-in-post` need one of them in the post.
  static let identityClasses = [
    "identity.plural", "identity.singular", "identity.collective", "identity.adj", "identity.sex.plural",
    "identity.sex.singular", "slur",
  ]
  /// What lets a veiled pattern (`needs=identity-in-post`, hedges) fire: a group named, or a word that brings a
  /// protected characteristic in without naming a group ("their religion", "that synagogue").
  static let identityContextClasses = identityClasses + ["identity.cue"]

  func findings(in context: DetectionContext) -> [Finding] {
    let exceptions = context.lexiconMatches(of: .discriminatory, kind: .exception)
    let candidates = context.lexiconMatches(of: .discriminatory, kind: .pattern).filter { match in
      !exceptions.contains { $0.tokens.overlaps(match.tokens) } && isHateful(match, context)
    }
    var findings = context.matches.longestFirst(candidates).map { finding(for: $0, context) }
    findings += groupThreats(in: context, besides: findings)
    findings += clauseFindings(in: context, besides: findings)
    findings += comparisonFindings(in: context, besides: findings)
    return findings.sorted { $0.range.utf8.lowerBound < $1.range.utf8.lowerBound }
  }

  private func isHateful(_ match: PhraseMatcher.Match, _ context: DetectionContext) -> Bool {
    let tags = context.matches.tags(of: match)
    // A slur is a slur whatever is negated around it ("not having a ... teach my son").
    if !tags.contains("negation=in-pattern"), !tags.contains("type=slur"),
      isNegatedOddly(
        before: match.tokens, clause: context.clauseTokens(of: match.tokens.lowerBound), skipping: 0..<0, context)
        || match.tokens.contains(where: { Self.isNegation($0, context) })
    {
      return false
    }
    if isMention(match.tokens, context) { return false }
    if tags.contains("weak"), !isGeneralisationAboutSex(match, context) { return false }
    if tags.contains("needs=identity-in-post") || tags.contains("type=hedge"),
      !context.postHasAnyClass(Self.identityContextClasses)
    {
      return false
    }
    if tags.contains("reclaimable"), isReclaimed(match, context) { return false }
    if !hasRequiredContext(tags, context) { return false }
    return !isCounterSpeech(match.tokens, context)
  }

  /// Veiled patterns that need more of the post: `context=<class>` keeps a match only when a span of that class is
  /// in the post ("attention seeking" only where gender identity is the topic); `needs=target` only when the post
  /// names or addresses a person ("put out to pasture" about a teacher, not about old swings).
  private func hasRequiredContext(_ tags: [String], _ context: DetectionContext) -> Bool {
    let classes = tags.filter { $0.hasPrefix("context=") }.map { String($0.dropFirst("context=".count)) }
    if !classes.isEmpty, !context.postHasAnyClass(classes) { return false }
    if tags.contains("needs=target") {
      return context.hasPersonTarget(named: context.findings(of: NamedIndividualDetector()))
    }
    return true
  }

  /// "Girls are rubbish at football" generalises; "the girls were filthy after forest school" describes some
  /// girls. A sex noun after a determiner, possessive or number is not a generalisation.
  private func isGeneralisationAboutSex(_ match: PhraseMatcher.Match, _ context: DetectionContext) -> Bool {
    let determiners: Set<String> = [
      "the", "our", "my", "his", "her", "their", "these", "those", "both", "your", "two", "three", "some", "few",
    ]
    let sexNouns = match.captures.filter {
      context.matches.lexicons.classNames[Int($0.classID)].hasPrefix("identity.sex")
    }
    return sexNouns.allSatisfy { span in
      let before = span.tokens.lowerBound - 1
      guard before >= context.sentenceTokens(of: span.tokens.lowerBound).lowerBound else { return true }
      let key = context.post.tokens[before].key
      return !determiners.contains(key) && context.post.tokens[before].kind != .number
    }
  }

  /// In-group use of a reclaimable slur: the speaker includes themselves ("my", "we", "I'm a ..."), or the slur
  /// is used with no derogation and no one addressed ("this ... had so much talent").
  private func isReclaimed(_ match: PhraseMatcher.Match, _ context: DetectionContext) -> Bool {
    let sentence = context.sentenceTokens(of: match.tokens.lowerBound)
    if context.sentenceHasFirstPerson(match.tokens.lowerBound) { return true }
    let derogatory = [
      "derog.attribute", "dehumanising", "neg.emotion", "derog.modifier", "harm.call", "exclusion.call",
    ]
    let addressed = sentence.contains { ["you", "u", "ya", "your", "ur"].contains(context.post.tokens[$0].key) }
    // "a pair of ...", "some ...", "those ...": a label put on others, not in-group talk.
    let labelling: Set<String> = [
      "a", "an", "some", "pair", "couple", "bunch", "lot", "load", "those", "these", "another", "them", "bloody",
      "fucking",
      "typical", "dirty", "filthy", "of",
    ]
    let before = match.tokens.lowerBound - 1
    if before >= sentence.lowerBound, labelling.contains(context.post.tokens[before].key) { return false }
    return !addressed && !derogatory.contains { context.hasClass($0, in: sentence) }
  }

  /// Counter-speech quotes or reports hateful words in order to condemn them: the match is inside quotation marks
  /// or follows a reporting frame ("saying", "comments like", "calling"), and the post condemns or reports it.
  func isCounterSpeech(_ tokens: Range<Int>, _ context: DetectionContext) -> Bool {
    let sentence = context.sentenceTokens(of: tokens.lowerBound)
    let before = sentence.lowerBound..<tokens.lowerBound
    let framed = context.hasClass("report.frame", in: before)
    let quoted = context.isQuoted(tokens)
    guard framed || quoted else { return false }
    // "Where is the mistake in saying ...?", "Am I wrong to think ...?": a question that endorses what it frames.
    let endorsing: Set<String> = ["mistake", "error", "wrong", "harm", "problem", "crime"]
    if framed, !quoted, context.post.sentences[context.post.tokens[tokens.lowerBound].sentence].isQuestion,
      before.contains(where: { endorsing.contains(context.post.tokens[$0].key) })
    {
      return false
    }
    // "Is it easy to tell that I am disgusted by ...?": the speaker's own attitude, not a report of someone else's.
    if framed, !quoted, tokens.lowerBound > sentence.lowerBound,
      (tokens.lowerBound - 2..<tokens.lowerBound).contains(where: {
        $0 >= sentence.lowerBound && ["i", "we", "i'm", "im"].contains(context.post.tokens[$0].key)
      })
    {
      return false
    }
    // Condemnation earlier in the sentence, or anywhere after the match.
    let condemned = context.matches.spans(of: "condemnation").contains {
      (sentence.lowerBound..<tokens.lowerBound).contains($0.tokens.lowerBound)
        || $0.tokens.lowerBound >= tokens.upperBound
    }
    return condemned || (framed && quoted)
      || context.post.sentences[context.post.tokens[tokens.lowerBound].sentence].isQuestion
  }

  /// Threats whose sentence names a protected group: both `threat` and `discriminatory`.
  private func groupThreats(in context: DetectionContext, besides found: [Finding]) -> [Finding] {
    context.findings(of: ThreatDetector()).compactMap { threat -> Finding? in
      let tokens = context.tokens(in: threat.range)
      guard !tokens.isEmpty, !found.contains(where: { $0.range.overlaps(threat.range) }),
        let group = groupTargeted(by: tokens, context), !isCounterSpeech(tokens, context)
      else { return nil }
      let target = context.matches.entry(group.entry).entry.tags.filter { $0.hasPrefix("target=") }
      return context.finding(
        .discriminatory, severity: .high, ruleID: "discriminatory.group-threat", tokens: tokens,
        evidence: [context.post.range(ofTokens: group.tokens)], tags: ["type=threat"] + target,
        message: Self.message(target))
    }
  }

  /// The protected group a threat is aimed at: an identity phrase inside the threat or just after it ("... all
  /// of them Muslims"), not a sex noun with a determiner ("my girl", "that woman").
  private func groupTargeted(by tokens: Range<Int>, _ context: DetectionContext) -> ClassSpan? {
    let reach = tokens.lowerBound..<min(tokens.upperBound + 3, context.sentenceTokens(of: tokens.lowerBound).upperBound)
    for name in Self.identityClasses {
      for span in context.matches.spans(of: name) where reach.contains(span.tokens.lowerBound) {
        if name.hasPrefix("identity.sex"), !isGenericSexNoun(span, plural: name == "identity.sex.plural", context) {
          continue
        }
        return span
      }
    }
    return nil
  }

  /// A sex noun names the whole group only when generic: "women", "all women", "any woman", "the next woman";
  /// not "my girl", "that woman" or a compound role such as "dinner lady".
  private func isGenericSexNoun(_ span: ClassSpan, plural: Bool, _ context: DetectionContext) -> Bool {
    let before = span.tokens.lowerBound - 1
    guard before >= context.sentenceTokens(of: span.tokens.lowerBound).lowerBound else { return plural }
    let previous = context.post.tokens[before].key
    if ["any", "every", "each", "all", "no", "next"].contains(previous) { return true }
    let specific: Set<String> = ["my", "our", "the", "his", "her", "their", "your", "that", "this", "a", "an"]
    return plural && !specific.contains(previous) && context.post.tokens[before].kind != .number
      && !context.post.tokens[before].shape.contains(.capitalised)
  }

  private func finding(for match: PhraseMatcher.Match, _ context: DetectionContext) -> Finding {
    let tags = context.matches.tags(of: match)
    let target = tags.filter { $0.hasPrefix("target=") && $0 != "target=unspecified" }.prefix(1)
    return context.finding(
      .discriminatory, severity: context.matches.severity(of: match), ruleID: context.matches.entry(match.entry).ruleID,
      tokens: match.tokens, tags: tags, message: Self.message(Array(target)))
  }

  static func message(_ tags: [String]) -> String {
    "This uses language that demeans people for \(Detectors.characteristic(in: tags)). The policy does not allow "
      + "discriminatory comments (sexist, racist, homophobic and the like), and the school may report them."
  }
}
