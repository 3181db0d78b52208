/// Names that context reveals: capitalised words no lexicon knows, made names by address, coordination or a
/// possessive; "Miss" and "Sir" as pupils address a teacher; and @handles.
extension NamedIndividualDetector {
  /// Capitalised words no lexicon knows that context makes a name: said to someone after a greeting, thanks or a
  /// wish ("thanks Ayodele!", "RIP Dougie"); joined by "and" to a name or to "you"/"me" ("you and Kasia", "Temi and
  /// Femi", "Kasia and I"); with 's before a face, voice, relative or child's occasion ("Okonjo's voice", "Tamsin's party"); or after "little" or "wee",
  /// which make it a child ("little Remi"). Addressed or joined, a
  /// single word that stands alone: one followed by another capitalised word may be a firm or a place ("Thanks
  /// Ashfield Motors"). A sentence may start with the name only when what follows says it is one.
  func cuedNames(_ evidence: NameEvidence, names: [Candidate]) -> [Candidate] {
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
      // A capitalised word after the possessive makes a place ("Pratt's Bottom", "Land's End").
      let owner =
        token.shape.contains(.possessive)
        && next.map {
          (personPart.contains($0) || Self.childWorldNouns.contains(tokens[$0].key))
            && !tokens[$0].shape.contains(.capitalised)
        } == true
      // Joined to a name, a plural or a word after an article is a group or a thing ("the Tudors and Henry VIII").
      let joined =
        standsAlone && !NameEvidence.isPlural(token.key) && isCoordinated(index, with: isName, evidence)
        && (index == 0 || !["the", "a", "an"].contains(tokens[index - 1].key))
      // "Ebere in Year 4": a word no lexicon knows, placed in a class, is a pupil's name.
      let placedInClass =
        !NameEvidence.isPlural(token.key) && !token.shape.contains(.possessive)
        && next.map { ["in", "from"].contains(tokens[$0].key) && classRefs.contains($0 + 1) } == true
      // "little Remi", "wee Callum": an endearment before a single word no lexicon knows names a child.
      let endeared =
        !initial && index > 0 && ["little", "wee"].contains(tokens[index - 1].key) && standsAlone
        && !NameEvidence.isPlural(token.key)
      guard addressed || owner || joined || placedInClass || endeared else { return nil }
      return Candidate(
        tokens: index..<(index + 1), ruleID: "named_individual.name", severity: .low,
        tags: endeared ? ["kind=name", "pupil"] : ["kind=name"])
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
  func isUnknownCapitalised(_ index: Int, _ evidence: NameEvidence) -> Bool {
    let token = evidence.tokens[index]
    return token.kind == .word && token.wordID < 0 && token.baseWordID < 0 && token.shape.contains(.capitalised)
      && !token.shape.contains(.allCaps) && !evidence.isRewritten(index)
      && evidence.glued(index).count == 1 && token.key.count > 1
      && token.key.allSatisfy { $0.isLetter || $0 == "'" }
  }

  /// Whether token `index` is joined by "and" or "&" to a name, or to a pronoun of the speaker or the addressee, in
  /// the same clause: "Temi and Femi", "you and Kasia", "Kasia and me". Not "Yes and you can": a "you" after the
  /// word starts a clause of its own.
  func isCoordinated(_ index: Int, with isName: [Bool], _ evidence: NameEvidence) -> Bool {
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
  func addressTerms(_ evidence: NameEvidence) -> [Candidate] {
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
  func handles(_ evidence: NameEvidence) -> [Candidate] {
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
}
