/// Names found in code rather than by a lexicon pattern: given names written as names and extended over the
/// surnames that follow, bare surnames after a given name, and the casing tests that tell a name from a common word.
extension NamedIndividualDetector {
  /// Given names written as names, extended over the surname or other capitalised names that follow.
  func bareNames(_ evidence: NameEvidence) -> [Candidate] {
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
  func isBareSurname(_ span: ClassSpan, _ evidence: NameEvidence) -> Bool {
    guard evidence.casing == .mixed, !evidence.isWeak(span) else { return false }
    let index = span.tokens.lowerBound
    guard !evidence.tokens[index].shape.contains(.sentenceInitial) else { return false }
    return evidence.nameSpans(at: index).allSatisfy { $0.classID == span.classID }
  }

  /// Whether only spaces stand between tokens `left` and `left + 1`.
  func spaced(_ left: Int, _ evidence: NameEvidence) -> Bool {
    let tokens = evidence.tokens
    let text = evidence.context.post.text.utf8
    let start = text.index(text.startIndex, offsetBy: tokens[left].range.utf8.upperBound)
    let end = text.index(text.startIndex, offsetBy: tokens[left + 1].range.utf8.lowerBound)
    return start < end && text[start..<end].allSatisfy { $0 == UInt8(ascii: " ") }
  }

  /// Whether token `index`, right before a given name, is a first part of the same name: another given name
  /// written as a name ("Mary Jane"), or a capitalised word no lexicon knows that does not start the sentence.
  func precedesName(_ index: Int, _ evidence: NameEvidence) -> Bool {
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
  func isWrittenAsName(_ span: ClassSpan, _ evidence: NameEvidence) -> Bool {
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
  func isInsideProperNoun(_ span: ClassSpan, _ evidence: NameEvidence) -> Bool {
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
  func continuesName(_ index: Int, _ evidence: NameEvidence) -> Bool {
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
}
