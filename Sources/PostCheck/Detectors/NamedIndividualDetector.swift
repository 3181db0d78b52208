/// Finds people the post identifies: names, titles with names, @handles and roles or descriptions that point to
/// one person (`named_individual.*` lexicons, the school's roster, and code for what a list cannot hold).
///
/// Lexicon matches must pass the `check=` tags of their entries (see ``NameEvidence``). On top of them, code finds
/// bare given names written as names (capitalised in running text, or names that are no common word in posts
/// typed all in one case), extends them over the surname that follows ("Glenn Greenwald"), takes capitalised words no
/// lexicon knows for names where context says so (thanks Ayodele, you and Kasia, Okonjo's voice), finds @handles and
/// "Miss"/"Sir" as pupils address a teacher. A name that heads the name of a place or organisation ("Harris
/// Academy") or follows "in" is no person. Exceptions (the author's own child, historical and fictional figures,
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
    let exceptions = context.lexiconMatches(of: .namedIndividual, kind: .exception)
      .filter {
        !(context.matches.tags(of: $0).contains("check=not-possessive") && Self.hasPossessiveName($0, evidence))
      }
    let excepted = Self.coverage(exceptions.map(\.tokens), count: evidence.tokens.count)
    let isExcepted = { (candidate: Candidate) in (candidate.context ?? candidate.tokens).contains { excepted[$0] } }
    let names = bareNames(evidence).filter { !isExcepted($0) }
    let heads = Set(context.matches.spans(of: "ni.organisation-head").map(\.tokens.lowerBound))
    let candidates =
      (lexiconCandidates(evidence) + names + cuedNames(evidence, names: names) + addressTerms(evidence)
      + handles(evidence))
      .filter { !isExcepted($0) }
      .filter { !isPartOfProperNoun($0, evidence, heads: heads) && !isPlaceAfterIn($0, evidence) }
      .map { candidate in
        // A name the pipeline split ("Fair|clough") is highlighted whole.
        var widened = candidate
        widened.tokens =
          evidence.glued(candidate.tokens.lowerBound)
          .lowerBound..<evidence.glued(candidate.tokens.upperBound - 1).upperBound
        return widened
      }
    let pupilContext = PupilContext(context)
    return Self.merged(candidates, tokenCount: evidence.tokens.count).map { candidate in
      var tags = candidate.tags
      if !tags.contains("pupil"), !tags.contains("staff"), let person = pupilContext.tag(for: candidate) {
        tags.append(person)
      }
      let range = candidate.context.map { context.post.range(ofTokens: $0) }
      return context.finding(
        .namedIndividual, severity: candidate.severity, ruleID: candidate.ruleID, tokens: candidate.tokens,
        evidence: range.map { [$0] } ?? [], tags: tags, message: Self.message(tags))
    }
  }

  /// Whether a name is the first part of the name of an organisation, place or work: a capitalised head noun
  /// follows it in mixed-case text ("Harris Academy", "Kendal Road", "Ashworth Foundation").
  private func isPartOfProperNoun(_ candidate: Candidate, _ evidence: NameEvidence, heads: Set<Int>) -> Bool {
    guard evidence.casing == .mixed, candidate.context == nil,
      candidate.tags.contains(where: { $0 == "kind=name" || $0 == "kind=full-name" })
    else { return false }
    let next = candidate.tokens.upperBound
    let tokens = evidence.tokens
    return next < tokens.count && heads.contains(next) && tokens[next].sentence == tokens[next - 1].sentence
      && tokens[next].boundaryBefore.isEmpty && tokens[next].shape.contains(.capitalised)
      && !tokens[next - 1].shape.contains(.possessive)
  }

  /// Whether a one-word name comes right after "in", where a name is a place ("stayed in Compton"), unless it is
  /// a possessive ("in Amir's class"); or is a surname that is no given name after a preposition of movement
  /// ("on the way to Grantham", "drove through Ashby"), where people are named by their first name.
  private func isPlaceAfterIn(_ candidate: Candidate, _ evidence: NameEvidence) -> Bool {
    let index = candidate.tokens.lowerBound
    let tokens = evidence.tokens
    guard candidate.tokens.count == 1, candidate.context == nil, candidate.tags == ["kind=name"], index > 0,
      tokens[index - 1].sentence == tokens[index].sentence, !tokens[index].shape.contains(.possessive)
    else { return false }
    if tokens[index - 1].key == "in" { return true }
    let surname = evidence.context.matches.lexicons.classID("surname")
    let spans = evidence.nameSpans(at: index)
    return Self.movementPrepositions.contains(tokens[index - 1].key) && !spans.isEmpty
      && spans.allSatisfy { $0.classID == surname }
  }

  /// Prepositions of movement and nearness, after which a surname alone is a town.
  static let movementPrepositions: Set<String> = [
    "to", "from", "through", "via", "towards", "near", "outside", "into", "past", "around",
  ]

  /// For each of `count` tokens, whether one of the ranges covers it.
  static func coverage(_ ranges: [Range<Int>], count: Int) -> [Bool] {
    var covered = [Bool](repeating: false, count: count)
    for range in ranges { for index in range where index < count { covered[index] = true } }
    return covered
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
    return evidence.context.lexiconMatches(of: .namedIndividual, kind: .pattern).filter {
      evidence.passesChecks($0) && !isVerbMiss($0, evidence)
    }.map { match in
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

  /// Whether a title-and-name match starts with the verb "miss": lower case in running text or after a subject or
  /// auxiliary ("I miss Rusty", "we'll miss Edna"). The name alone is left to the code for bare names.
  private func isVerbMiss(_ match: PhraseMatcher.Match, _ evidence: NameEvidence) -> Bool {
    let first = match.tokens.lowerBound
    guard evidence.tokens[first].key == "miss",
      match.captures.contains(where: { $0.classID == evidence.titleClass && $0.tokens.lowerBound == first })
    else { return false }
    if evidence.casing == .mixed, !evidence.tokens[first].shape.contains(.capitalised) { return true }
    return first > 0 && evidence.tokens[first - 1].sentence == evidence.tokens[first].sentence
      && Self.missSubjects.contains(evidence.tokens[first - 1].key)
  }

  /// Words before "miss" that make it the verb: subjects, auxiliaries and adverbs.
  static let missSubjects: Set<String> = [
    "i", "we", "you", "they", "u", "ya", "he", "she", "will", "i'll", "we'll", "you'll", "gonna", "do", "don't",
    "dont", "did", "didn't", "does", "really", "so", "still", "already", "always", "just", "truly", "def",
    "definitely", "gunna", "to", "i'd", "we'd", "would",
  ]

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

  // MARK: Merging and person tags

  /// Of overlapping candidates, the longest (then most severe, then first); the kept one takes the roster and
  /// person tags of those it overlaps, so a rostered pupil inside "Zofia in Year 5" stays a pupil.
  static func merged(_ candidates: [Candidate], tokenCount: Int) -> [Candidate] {
    let ranked = candidates.sorted { left, right in
      let (leftSpan, rightSpan) = (left.context ?? left.tokens, right.context ?? right.tokens)
      if leftSpan.count != rightSpan.count { return leftSpan.count > rightSpan.count }
      if left.severity != right.severity { return left.severity > right.severity }
      return leftSpan.lowerBound < rightSpan.lowerBound
    }
    var chosen: [Candidate] = []
    // The chosen candidate that covers each token, so an overlap is found without scanning the chosen ones.
    var owner = [Int?](repeating: nil, count: tokenCount)
    for candidate in ranked {
      let span = candidate.context ?? candidate.tokens
      if let index = span.compactMap({ $0 < tokenCount ? owner[$0] : nil }).min() {
        for tag in candidate.tags where ["roster", "pupil", "staff"].contains(tag) && !chosen[index].tags.contains(tag)
        {
          if tag == "pupil" { chosen[index].tags.removeAll { $0 == "staff" } }
          if tag == "staff", chosen[index].tags.contains("pupil") { continue }
          chosen[index].tags.append(tag)
        }
      } else {
        for token in span where token < tokenCount { owner[token] = chosen.count }
        chosen.append(candidate)
      }
    }
    return chosen.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
  }

  /// What makes a named person a pupil, read once per post: the sentences that mention a class, a year group or a
  /// child described by a noun (that kid, the girl), and whether the author mentions their own child ("told my
  /// daughter").
  struct PupilContext {
    let context: DetectionContext
    let childSentences: Set<Int>
    let ownChildMentioned: Bool

    init(_ context: DetectionContext) {
      self.context = context
      let tokens = context.post.tokens
      childSentences = Set(
        (context.matches.spans(of: "ni.class-ref") + context.matches.spans(of: "ni.pupil-noun")).map {
          tokens[$0.tokens.lowerBound].sentence
        })
      ownChildMentioned = context.mentionsOwnChild
    }

    /// `pupil` for a name (no title) in a post about children: a class, year group or child noun in its sentence,
    /// or the author's own child mentioned; or a name whose owner the words after it make a child: a parent or a
    /// child's occasion ("Tobi's party", "Mei's mum", also inside a relative finding).
    func tag(for candidate: Candidate) -> String? {
      if candidate.tags.contains("kind=relative") { return ownsChildWorldNoun(candidate.tokens.lowerBound) }
      guard candidate.tags.contains(where: { ["kind=name", "kind=full-name", "kind=named-child"].contains($0) })
      else { return nil }
      if let owned = ownsChildWorldNoun(candidate.tokens.upperBound - 1) { return owned }
      let sentence = context.post.tokens[candidate.tokens.lowerBound].sentence
      return childSentences.contains(sentence) || ownChildMentioned ? "pupil" : nil
    }

    /// `pupil` when token `index` is a capitalised possessive name ("Tobi's"), not after a title, followed by a
    /// parent or a child's occasion.
    private func ownsChildWorldNoun(_ index: Int) -> String? {
      let tokens = context.post.tokens
      guard index + 1 < tokens.count, tokens[index].shape.contains(.possessive),
        tokens[index].shape.contains(.capitalised), index == 0 || !titles.contains(tokens[index - 1].key),
        NamedIndividualDetector.childWorldNouns.contains(tokens[index + 1].key)
      else { return nil }
      return "pupil"
    }

    private var titles: Set<String> { AllegationDetector.titles }
  }

  /// Nouns after a possessive name that make its owner a child: a parent or a child's occasion.
  static let childWorldNouns: Set<String> = [
    "mum", "mam", "mom", "mummy", "mammy", "dad", "daddy", "parents", "nan", "nana", "nanna", "gran", "granny",
    "grandma", "grandad", "grandpa", "stepdad", "stepmum", "party", "birthday", "sleepover", "playdate", "christening",
  ]

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
