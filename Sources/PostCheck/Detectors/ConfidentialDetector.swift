/// Finds private information about someone else's child or family: health, SEN, family circumstances,
/// discipline, addresses (`confidential.*` lexicons), and phone numbers and e-mail addresses.
///
/// Matches must pass their entries' `check=` tags (see ``NameEvidence``). A match whose subject is a pronoun
/// (`subject=pronoun`: "he's autistic", "she's on the ADHD pathway") is dropped when the pronoun can only refer
/// to the author's own child: "my son" or "our daughter" stands in its sentence or the one before, and no other
/// child, parent or member of staff is mentioned there.
struct ConfidentialDetector: Detector {
  private let contactDetails = ContactDetailsDetector()

  var id: String { "confidential" }

  func findings(in context: DetectionContext) -> [Finding] {
    let evidence = NameEvidence(context)
    let exceptions = context.lexiconMatches(of: .confidential, kind: .exception)
    let kept = context.lexiconMatches(of: .confidential, kind: .pattern).filter { match in
      !exceptions.contains { $0.tokens.overlaps(match.tokens) } && evidence.passesChecks(match)
        && !(context.matches.tags(of: match).contains("subject=pronoun")
          && Self.refersToOwnChild(match.tokens, evidence))
    }
    let lexiconFindings = context.matches.longestFirst(kept).map { match in
      let tags = NamedIndividualDetector.findingTags(context.matches.tags(of: match))
      return context.finding(
        .confidential, severity: context.matches.severity(of: match), ruleID: context.matches.entry(match.entry).ruleID,
        tokens: match.tokens, tags: tags, message: Self.message)
    }
    return lexiconFindings + contactDetails.findings(in: context)
  }

  /// Whether the pronoun at the start of `tokens` can only be the author's own child: an own-child phrase ("my
  /// son", "our eldest") in the sentence or the previous one, before the match, and no third-party anchor there
  /// (a name, a title, a staff role, another child or parent).
  static func refersToOwnChild(_ tokens: Range<Int>, _ evidence: NameEvidence) -> Bool {
    let context = evidence.context
    let sentence = context.post.tokens[tokens.lowerBound].sentence
    let first = context.post.sentences[max(0, sentence - 1)].tokens.lowerBound
    let scope = first..<tokens.lowerBound
    let ownChild = context.matches.spans(of: "ni.own-child").filter { span in
      scope.contains(span.tokens.lowerBound) && span.tokens.lowerBound > 0
        && ["my", "our"].contains(context.post.tokens[span.tokens.lowerBound - 1].key)
    }
    // "my son's on the list": the possessive or contracted form keeps its own key.
    let contracted = scope.filter { index in
      index + 1 < scope.upperBound && ["my", "our"].contains(context.post.tokens[index].key)
        && ownChildWords.contains(String(context.post.tokens[index + 1].key.dropLast(2)))
        && context.post.tokens[index + 1].key.hasSuffix("'s")
    }.map { ($0 + 1)..<($0 + 2) }
    let ownChildRanges = ownChild.map(\.tokens) + contracted
    guard !ownChildRanges.isEmpty else { return false }
    let ownChildTokens = ownChildRanges.flatMap { Array(($0.lowerBound - 1)..<$0.upperBound) }
    let anchors = ["conf.person", "staff.role", "title", "ni.pupil-noun"].flatMap { context.matches.spans(of: $0) }
    let thirdParty = anchors.contains { span in
      scope.contains(span.tokens.lowerBound) && !span.tokens.contains(where: ownChildTokens.contains)
        && (evidence.nameSpans(at: span.tokens.lowerBound).isEmpty || span.tokens.allSatisfy(evidence.isNameWord))
    }
    let namedThirdParty = scope.contains { index in
      !ownChildTokens.contains(index) && !(index > 0 && ownChildTokens.contains(index - 1))
        && evidence.isNameWord(index) && evidence.tokens[index].shape.contains(.capitalised)
        && !evidence.tokens[index].shape.contains(.sentenceInitial)
    }
    return !thirdParty && !namedThirdParty
  }

  private static let ownChildWords: Set<String> = [
    "son", "daughter", "boy", "girl", "lad", "child", "kid", "eldest", "youngest", "oldest", "stepson", "stepdaughter",
  ]

  static let message =
    "This shares private information about someone else's child or family. Please keep it between you and "
    + "the school."
}
