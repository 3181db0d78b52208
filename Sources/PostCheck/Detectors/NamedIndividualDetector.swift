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

  /// Capitalised words no lexicon knows that context makes a name: said to someone after a greeting, thanks or a
  /// wish ("thanks Ayodele!", "RIP Dougie"); joined by "and" to a name or to "you"/"me" ("you and Kasia", "Temi and
  /// Femi", "Kasia and I"); or with 's before a face, voice or relative ("Okonjo's voice"). Addressed or joined, a
  /// single word that stands alone: one followed by another capitalised word may be a firm or a place ("Thanks
  /// Ashfield Motors"). A sentence may start with the name only when what follows says it is one.
  private func cuedNames(_ evidence: NameEvidence, names: [Candidate]) -> [Candidate] {
    guard evidence.casing == .mixed else { return [] }
    let tokens = evidence.tokens
    let matches = evidence.context.matches
    let isName = Self.coverage(names.map(\.tokens), count: tokens.count)
    let afterCue = Set(matches.spans(of: "ni.address-cue").map(\.tokens.upperBound))
    let personPart = Set(
      (matches.spans(of: "ni.person-part") + matches.spans(of: "ni.relative")).map(\.tokens.lowerBound))
    let classRefs = Set(matches.spans(of: "ni.class-ref").map(\.tokens.lowerBound))
    return tokens.indices.compactMap { index -> Candidate? in
      guard isUnknownCapitalised(index, evidence), !isName[index], !Self.isToponym(tokens[index].key) else {
        return nil
      }
      let token = tokens[index]
      let initial = token.shape.contains(.sentenceInitial)
      let next = index + 1 < tokens.count && tokens[index + 1].sentence == token.sentence ? index + 1 : nil
      let standsAlone = next.map { !evidence.isCapitalisedWord($0) || !tokens[$0].boundaryBefore.isEmpty } ?? true
      // A plural after a greeting greets a group ("Morning Owls", "Well done Brownies").
      let addressed =
        !initial && afterCue.contains(index) && token.boundaryBefore.isEmpty && standsAlone
        && !token.shape.contains(.possessive) && !NameEvidence.isPlural(token.key)
      let owner = token.shape.contains(.possessive) && next.map(personPart.contains) == true
      // Joined to a name, a plural or a word after an article is a group or a thing ("the Tudors and Henry VIII").
      let joined =
        standsAlone && !NameEvidence.isPlural(token.key) && isCoordinated(index, with: isName, evidence)
        && (index == 0 || !["the", "a", "an"].contains(tokens[index - 1].key))
      // "Ebere in Year 4": a word no lexicon knows, placed in a class, is a pupil's name.
      let placedInClass =
        !NameEvidence.isPlural(token.key) && !token.shape.contains(.possessive)
        && next.map { ["in", "from"].contains(tokens[$0].key) && classRefs.contains($0 + 1) } == true
      guard addressed || owner || joined || placedInClass else { return nil }
      return Candidate(
        tokens: index..<(index + 1), ruleID: "named_individual.name", severity: .low, tags: ["kind=name"])
    }
  }

  /// Endings of English place names (Grantham, Ashfield, Clapgate, Kirkby): a word no lexicon knows with one of them
  /// is a place or a school sooner than a person.
  static let toponymEndings = [
    "gate", "field", "fields", "ham", "ton", "bury", "borough", "brough", "ford", "wick", "worth", "by", "thorpe",
    "stead", "chester", "caster", "cester", "mouth", "bridge", "combe", "dale", "holme", "minster", "pool", "port",
    "shire", "wood", "hurst", "hampton", "moor", "well", "church", "side",
  ]

  /// Whether a word looks like a place name: long enough and ending like one.
  static func isToponym(_ key: String) -> Bool {
    key.count >= 6 && toponymEndings.contains { key.hasSuffix($0) && key.count - $0.count >= 3 }
  }

  /// Whether token `index` is a capitalised word of mixed-case text that no lexicon knows: not all capitals, not
  /// split off or rewritten, letters only. It may start its sentence: the cues that make it a name say whether
  /// that is enough.
  private func isUnknownCapitalised(_ index: Int, _ evidence: NameEvidence) -> Bool {
    let token = evidence.tokens[index]
    return token.kind == .word && token.wordID < 0 && token.baseWordID < 0 && token.shape.contains(.capitalised)
      && !token.shape.contains(.allCaps) && !evidence.isRewritten(index)
      && evidence.glued(index).count == 1 && token.key.count > 1
      && token.key.allSatisfy { $0.isLetter || $0 == "'" }
  }

  /// Whether token `index` is joined by "and" or "&" to a name, or to a pronoun of the speaker or the addressee, in
  /// the same clause: "Temi and Femi", "you and Kasia", "Kasia and me". Not "Yes and you can": a "you" after the
  /// word starts a clause of its own.
  private func isCoordinated(_ index: Int, with isName: [Bool], _ evidence: NameEvidence) -> Bool {
    let tokens = evidence.tokens
    func isPerson(_ other: Int, pronouns: Set<String>) -> Bool {
      tokens.indices.contains(other) && tokens[other].sentence == tokens[index].sentence
        && (isName[other] || pronouns.contains(tokens[other].key))
    }
    func isConjunction(_ other: Int) -> Bool {
      tokens.indices.contains(other) && ["and", "&", "n"].contains(tokens[other].key)
        && tokens[other].sentence == tokens[index].sentence
    }
    return
      (!tokens[index].shape.contains(.sentenceInitial) && isConjunction(index - 1)
      && isPerson(index - 2, pronouns: ["you", "me"]) && tokens[index - 1].boundaryBefore.isEmpty)
      || (isConjunction(index + 1) && isPerson(index + 2, pronouns: ["me", "i"])
        && tokens[index + 2].boundaryBefore.isEmpty)
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
      ownChildMentioned = context.matches.spans(of: "ni.own-child").contains { span in
        span.tokens.lowerBound > 0 && ["my", "our"].contains(tokens[span.tokens.lowerBound - 1].key)
      }
    }

    /// `pupil` for a name (no title, no relative) in a post about children: a class, year group or child noun in
    /// its sentence, or the author's own child mentioned.
    func tag(for candidate: Candidate) -> String? {
      guard candidate.tags.contains(where: { ["kind=name", "kind=full-name", "kind=named-child"].contains($0) })
      else { return nil }
      let sentence = context.post.tokens[candidate.tokens.lowerBound].sentence
      return childSentences.contains(sentence) || ownChildMentioned ? "pupil" : nil
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
