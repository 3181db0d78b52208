/// Finds people the post identifies: names, titles with names, @handles and roles or descriptions that point to
/// one person (`named_individual.*` lexicons, the school's roster, and code for what a list cannot hold).
///
/// Lexicon matches must pass the `check=` tags of their entries (see ``NameEvidence``). On top of them, code finds
/// bare given names written as names (capitalised in running text, or names that are no common word in posts
/// typed all in one case), extends them over the surname that follows ("Glenn Greenwald"), finds @handles and
/// "Miss"/"Sir" as pupils address a teacher. Exceptions (the author's own child, historical and fictional figures,
/// brands, places) suppress what they overlap. Each finding says, in its tags, whether context makes the person a
/// `pupil` or `staff`; the verdict uses `pupil`.
struct NamedIndividualDetector: Detector {
  var id: String { "named_individual" }

  /// A person found before overlapping finds are merged.
  struct Candidate {
    var tokens: Range<Int>
    var ruleID: String
    var severity: Severity
    var tags: [String]
    /// The whole matched phrase when `tokens` is narrowed to the name in it ("Zofia" in "Zofia in Year 5").
    var context: Range<Int>?
  }

  func findings(in context: DetectionContext) -> [Finding] {
    let evidence = NameEvidence(context)
    let exceptions = context.matches.matches(of: .namedIndividual, kind: .exception)
      .filter {
        !(context.matches.tags(of: $0).contains("check=not-possessive") && Self.hasPossessiveName($0, evidence))
      }
    let candidates = (lexiconCandidates(evidence) + bareNames(evidence) + addressTerms(evidence) + handles(evidence))
      .filter { candidate in !exceptions.contains { $0.tokens.overlaps(candidate.context ?? candidate.tokens) } }
      .map { candidate in
        // A name the pipeline split ("Fair|clough") is highlighted whole.
        var widened = candidate
        widened.tokens =
          evidence.glued(candidate.tokens.lowerBound)
          .lowerBound..<evidence.glued(candidate.tokens.upperBound - 1).upperBound
        return widened
      }
    return Self.merged(candidates).map { candidate in
      var tags = candidate.tags
      if !tags.contains("pupil"), !tags.contains("staff"), let person = personTag(candidate, evidence) {
        tags.append(person)
      }
      let range = candidate.context.map { context.post.range(ofTokens: $0) }
      return context.finding(
        .namedIndividual, severity: candidate.severity, ruleID: candidate.ruleID, tokens: candidate.tokens,
        evidence: range.map { [$0] } ?? [], tags: tags, message: Self.message(tags))
    }
  }

  /// Whether a match's given-name capture carries 's: "Tobi's party" is a child's party, "an Elsa party" a theme.
  static func hasPossessiveName(_ match: PhraseMatcher.Match, _ evidence: NameEvidence) -> Bool {
    match.captures.contains { capture in
      evidence.nameClasses.contains(capture.classID)
        && evidence.tokens[capture.tokens.upperBound - 1].shape.contains(.possessive)
    }
  }

  // MARK: Lexicon matches

  private func lexiconCandidates(_ evidence: NameEvidence) -> [Candidate] {
    let matches = evidence.context.matches
    return matches.matches(of: .namedIndividual, kind: .pattern).filter(evidence.passesChecks).map { match in
      let tags = Self.findingTags(matches.tags(of: match))
      var candidate = Candidate(
        tokens: match.tokens, ruleID: matches.entry(match.entry).ruleID, severity: matches.severity(of: match),
        tags: tags)
      if let name = leadingName(of: match, evidence), name != match.tokens {
        candidate.tokens = name
        candidate.context = match.tokens
      }
      return candidate
    }
  }

  /// For a match that starts with a name and goes on to say where the person is ("Zofia in Year 5", "Bernie on
  /// reception", "Mr Bhatti the PE coach"), the name's tokens; nil for matches whose whole phrase is the person
  /// ("Jakub's dad", "the Year 4 teacher").
  private func leadingName(of match: PhraseMatcher.Match, _ evidence: NameEvidence) -> Range<Int>? {
    let tags = evidence.context.matches.entry(match.entry).entry.tags
    guard tags.contains("kind=pupil") || tags.contains("kind=staff") else { return nil }
    var end = match.tokens.lowerBound
    for capture in match.captures.sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
      guard capture.tokens.lowerBound == end,
        evidence.nameClasses.contains(capture.classID) || capture.classID == evidence.titleClass
      else { break }
      end = capture.tokens.upperBound
    }
    return end > match.tokens.lowerBound ? match.tokens.lowerBound..<end : nil
  }

  /// Tags worth showing: the kind of reference, role, roster and person tags; not the gazetteers' bookkeeping
  /// (`origin=`, `common-word`) or the lexicon's `check=` instructions.
  static func findingTags(_ tags: [String]) -> [String] {
    var kept: [String] = []
    for tag in tags
    where !tag.hasPrefix("origin=") && !tag.hasPrefix("check=") && !tag.hasPrefix("lang=")
      && !NameEvidence.weakNameTags.contains(tag) && tag != "verb-homonym" && !kept.contains(tag)
    {
      kept.append(tag)
    }
    if kept.contains(where: { ["kind=title-name", "kind=staff", "kind=role", "kind=insider"].contains($0) }),
      !kept.contains("pupil"), !kept.contains("staff")
    {
      kept.append("staff")
    }
    if kept.contains("kind=pupil"), !kept.contains("pupil"), !kept.contains("staff") { kept.append("pupil") }
    return kept
  }

  // MARK: Names found in code

  /// Given names written as names, extended over the surname or other capitalised names that follow.
  private func bareNames(_ evidence: NameEvidence) -> [Candidate] {
    guard let givenName = evidence.context.matches.lexicons.classID("given.name") else { return [] }
    let surname = evidence.context.matches.lexicons.classID("surname")
    let tokens = evidence.tokens
    return evidence.context.matches.spans.compactMap { span -> Candidate? in
      let isGiven = span.classID == givenName
      guard isGiven || (span.classID == surname && isBareSurname(span, evidence)), isWrittenAsName(span, evidence)
      else { return nil }
      var end = span.tokens.upperBound
      while end < tokens.count, end - span.tokens.upperBound < 2, !tokens[end - 1].shape.contains(.possessive),
        continuesName(end, evidence)
      {
        end = evidence.glued(end).upperBound
      }
      var start = span.tokens.lowerBound
      if start > 0, precedesName(start - 1, evidence) { start = evidence.glued(start - 1).lowerBound }
      return Candidate(
        tokens: start..<end, ruleID: "named_individual.name", severity: .low,
        tags: end - start > 1 ? ["kind=full-name"] : ["kind=name"])
    }
  }

  /// A surname alone is a name only in mixed-case text, capitalised inside the sentence, not also a given name
  /// (those are handled as given names) and not a common word: "Kowalski said", not "Brown bread".
  private func isBareSurname(_ span: ClassSpan, _ evidence: NameEvidence) -> Bool {
    guard evidence.casing == .mixed, !evidence.isWeak(span) else { return false }
    let index = span.tokens.lowerBound
    guard !evidence.tokens[index].shape.contains(.sentenceInitial) else { return false }
    return evidence.nameSpans(at: index).allSatisfy { $0.classID == span.classID }
  }

  /// Whether only spaces stand between tokens `left` and `left + 1`.
  private func spaced(_ left: Int, _ evidence: NameEvidence) -> Bool {
    let tokens = evidence.tokens
    let text = evidence.context.post.text.utf8
    let start = text.index(text.startIndex, offsetBy: tokens[left].range.utf8.upperBound)
    let end = text.index(text.startIndex, offsetBy: tokens[left + 1].range.utf8.lowerBound)
    return start < end && text[start..<end].allSatisfy { $0 == UInt8(ascii: " ") }
  }

  /// Whether token `index`, right before a given name, is a first part of the same name: another given name
  /// written as a name ("Mary Jane"), or a capitalised word no lexicon knows that does not start the sentence.
  private func precedesName(_ index: Int, _ evidence: NameEvidence) -> Bool {
    let token = evidence.tokens[index]
    guard evidence.casing == .mixed, token.kind == .word, token.shape.contains(.capitalised),
      !token.shape.contains(.allCaps), !token.shape.contains(.possessive), spaced(index, evidence),
      !NameEvidence.functionWords.contains(token.key), evidence.glued(index).count == 1
    else { return false }
    if token.wordID < 0 { return !token.shape.contains(.sentenceInitial) }
    return evidence.nameSpans(at: index).contains {
      $0.classID == evidence.context.matches.lexicons.classID("given.name") && !evidence.isWeak($0)
    }
  }

  /// Whether a given-name span is a name as written: in mixed-case text capitalised, and when the name is also a
  /// common word (Grace, Will), not only because it starts the sentence; in text typed all in one case, only
  /// names that are no common word. Function words (May, Will) need a neighbour name, left to the patterns.
  private func isWrittenAsName(_ span: ClassSpan, _ evidence: NameEvidence) -> Bool {
    let tags = evidence.tags(of: span)
    guard !tags.contains("function-word"), !tags.contains("capitalised-word"),
      !span.tokens.contains(where: evidence.isRewritten), evidence.glued(span.tokens.lowerBound).count == 1,
      !isInsideProperNoun(span, evidence)
    else { return false }
    let weak = evidence.isWeak(span)
    switch evidence.casing {
    case .mixed:
      return span.tokens.allSatisfy { index in
        let shape = evidence.tokens[index].shape
        if shape.contains(.allCaps) { return false }  // SEN, PE: acronyms, not names, in running text
        if weak { return evidence.isCapitalisedAsName(index) && !shape.contains(.allCaps) }
        return shape.contains(.capitalised)
      }
    case .upper, .lower:
      // Without capitals to go by, short names ("al", "bo", "tu") are too often other words.
      return !weak && span.tokens.allSatisfy { evidence.tokens[$0].key.count > 3 }
    }
  }

  /// Whether a name word is part of a longer proper noun that is no person: joined by a hyphen to a word that is
  /// no name ("Al-Oakfield"), or, for a name that is also a common word, after a capitalised word that is no name
  /// ("Mill Lane", "Brook Terrace").
  private func isInsideProperNoun(_ span: ClassSpan, _ evidence: NameEvidence) -> Bool {
    let tokens = evidence.tokens
    let text = evidence.context.post.text.utf8
    func gap(_ left: Int, _ right: Int) -> Substring {
      let start = text.index(text.startIndex, offsetBy: tokens[left].range.utf8.upperBound)
      let end = text.index(text.startIndex, offsetBy: tokens[right].range.utf8.lowerBound)
      return Substring(text[start..<end])
    }
    let before = span.tokens.lowerBound - 1
    let after = span.tokens.upperBound
    func isGivenName(_ index: Int) -> Bool {
      evidence.glued(index).count == 1 && evidence.nameSpans(at: index).contains { $0.classID == span.classID }
    }
    if after < tokens.count, gap(after - 1, after) == "-", !isGivenName(after) { return true }
    if before >= 0, gap(before, before + 1) == "-", !isGivenName(before) { return true }
    guard evidence.isWeak(span), before >= 0, evidence.casing == .mixed else { return false }
    let previous = tokens[before]
    return previous.sentence == tokens[span.tokens.lowerBound].sentence && previous.shape.contains(.capitalised)
      && !previous.shape.contains(.sentenceInitial) && previous.boundaryBefore.isEmpty
      && tokens[span.tokens.lowerBound].boundaryBefore.isEmpty && evidence.nameSpans(at: before).isEmpty
      && !["i", "i'm", "i've"].contains(previous.key)
  }

  /// Whether token `index` continues a name: a capitalised word in the same clause that is a surname, another
  /// given name or a word no lexicon knows ("Greenwald"), and not a function word.
  private func continuesName(_ index: Int, _ evidence: NameEvidence) -> Bool {
    let token = evidence.tokens[index]
    guard token.kind == .word, token.sentence == evidence.tokens[index - 1].sentence, spaced(index - 1, evidence),
      !NameEvidence.functionWords.contains(token.key)
    else { return false }
    if evidence.casing != .mixed {
      // Typed in one case: only a surname that is no common word ("amy schumer").
      return !evidence.isRewritten(index) && evidence.nameSpans(at: index).contains { !evidence.isWeak($0) }
        && !evidence.tokens[index - 1].shape.contains(.allCaps) == !token.shape.contains(.allCaps)
    }
    guard evidence.isCapitalisedWord(index), !token.shape.contains(.allCaps) || token.key.count == 1 else {
      return false
    }
    if evidence.glued(index).count > 1 || token.wordID < 0 { return true }
    return !evidence.nameSpans(at: index).isEmpty
  }

  /// "Miss" and "Sir" alone as pupils address or speak of their teacher: "Sir said we could", "Miss told him".
  private func addressTerms(_ evidence: NameEvidence) -> [Candidate] {
    let tokens = evidence.tokens
    return tokens.indices.compactMap { index -> Candidate? in
      guard ["miss", "sir"].contains(tokens[index].key), evidence.casing != .lower,
        tokens[index].shape.contains(.capitalised), index + 1 < tokens.count,
        tokens[index + 1].sentence == tokens[index].sentence,
        Self.teacherVerbs.contains(tokens[index + 1].key)
      else { return nil }
      return Candidate(
        tokens: index..<(index + 1), ruleID: "named_individual.address-term", severity: .low,
        tags: ["kind=address-term", "staff"])
    }
  }

  static let teacherVerbs: Set<String> = [
    "said", "says", "told", "tells", "shouted", "yelled", "gave", "gives", "made", "makes", "let", "lets", "kept",
    "took", "takes", "wants", "wanted", "asked", "asks", "put", "puts", "sent", "sends", "is", "was", "has", "had",
    "never", "always", "just", "won't", "didn't", "doesn't", "wouldn't", "can't", "keeps", "called", "moved", "said's",
  ]

  /// @handles: a token that starts with "@" and is not the domain of an e-mail address.
  private func handles(_ evidence: NameEvidence) -> [Candidate] {
    let tokens = evidence.tokens
    return tokens.indices.compactMap { index -> Candidate? in
      let token = tokens[index]
      guard token.key.hasPrefix("@"), token.key.count > 2,
        index == 0 || tokens[index - 1].range.utf8.upperBound < token.range.utf8.lowerBound
      else { return nil }
      return Candidate(
        tokens: index..<(index + 1), ruleID: "named_individual.handle", severity: .low, tags: ["kind=handle"])
    }
  }

  // MARK: Merging and person tags

  /// Of overlapping candidates, the longest (then most severe, then first); the kept one takes the roster and
  /// person tags of those it overlaps, so a rostered pupil inside "Zofia in Year 5" stays a pupil.
  static func merged(_ candidates: [Candidate]) -> [Candidate] {
    let ranked = candidates.sorted { left, right in
      let (leftSpan, rightSpan) = (left.context ?? left.tokens, right.context ?? right.tokens)
      if leftSpan.count != rightSpan.count { return leftSpan.count > rightSpan.count }
      if left.severity != right.severity { return left.severity > right.severity }
      return leftSpan.lowerBound < rightSpan.lowerBound
    }
    var chosen: [Candidate] = []
    for candidate in ranked {
      let span = candidate.context ?? candidate.tokens
      if let index = chosen.firstIndex(where: { ($0.context ?? $0.tokens).overlaps(span) }) {
        for tag in candidate.tags where ["roster", "pupil", "staff"].contains(tag) && !chosen[index].tags.contains(tag)
        {
          if tag == "pupil" { chosen[index].tags.removeAll { $0 == "staff" } }
          if tag == "staff", chosen[index].tags.contains("pupil") { continue }
          chosen[index].tags.append(tag)
        }
      } else {
        chosen.append(candidate)
      }
    }
    return chosen.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
  }

  /// `pupil` for a name (no title, no relative) in a post about children: a class or year group in its sentence,
  /// a child described by a noun (that kid, the girl), or the author's own child mentioned ("told my daughter").
  private func personTag(_ candidate: Candidate, _ evidence: NameEvidence) -> String? {
    guard candidate.tags.contains(where: { ["kind=name", "kind=full-name", "kind=named-child"].contains($0) }) else {
      return nil
    }
    let context = evidence.context
    let sentence = context.sentenceTokens(of: candidate.tokens.lowerBound)
    if context.hasClass("ni.class-ref", in: sentence) || context.hasClass("ni.pupil-noun", in: sentence) {
      return "pupil"
    }
    return ownChildMentioned(context) ? "pupil" : nil
  }

  /// Whether the author mentions their own child: "my son", "our daughter", "my kids".
  private func ownChildMentioned(_ context: DetectionContext) -> Bool {
    context.matches.spans(of: "ni.own-child").contains { span in
      span.tokens.lowerBound > 0 && ["my", "our"].contains(context.post.tokens[span.tokens.lowerBound - 1].key)
    }
  }

  static func message(_ tags: [String]) -> String {
    if tags.contains("pupil") {
      return "This identifies a particular child. Naming or describing pupils online can hurt them and their "
        + "families; if something worries you, please speak to the class teacher instead."
    }
    return message
  }

  static let message =
    "This identifies a particular person. Naming people online, even in passing, can make them a target."
}
