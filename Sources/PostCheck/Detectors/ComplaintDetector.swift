/// Finds complaints about the school, its staff, decisions or services (`complaint.*` lexicons): negative
/// evaluation, breached expectations, demands, sarcasm, exasperated questions and threats to leave.
///
/// General complaint markers tagged `needs=target` ("fed up with", "what a joke") count only in a post about the
/// school (a school target, staff role, school topic or titled person) or one addressed to an organisation
/// (a post that tags an @handle). Service complaints tagged `needs=address` ("still hasn't arrived", "why
/// is my account locked") count only in a post addressed to an organisation. Service failures stated as bare facts
/// (`complaint.service-failure`: "the minibus never turned up again", "charged twice", "still no reply after three
/// weeks") are mostly tagged `needs=target`, so they count for both. An allegation against the school, its staff or a
/// titled person is also a complaint about the school, and so is a sentence about the school whose weak stance cues
/// add up (see `stanceFindings`). Exceptions and patterns may ask for a clause position
/// (`check=sentence-start`: a notice marker such as "heads up" must open its sentence to make a facility's state
/// information; `check=sentence-start,check=clause-end`: a verdict such as "Absolute joke." is a whole fragment).
struct ComplaintDetector: Detector {
  var id: String { "complaint" }

  func findings(in context: DetectionContext) -> [Finding] {
    let exceptions = context.lexiconMatches(of: .complaint, kind: .exception)
    let schoolContext = AllegationDetector.hasSchoolContext(context)
    let addressed = Self.addressesOrganisation(context)
    let kept = context.lexiconMatches(of: .complaint, kind: .pattern).filter { match in
      let tags = context.matches.tags(of: match)
      if exceptions.contains(where: { $0.tokens.overlaps(match.tokens) }) { return false }
      if tags.contains("needs=target"), !schoolContext, !(addressed && tags.contains("general")) { return false }
      if tags.contains("needs=address"), !addressed { return false }
      return true
    }
    var findings = context.matches.longestFirst(kept).map { match in
      let tags = context.matches.tags(of: match)
      return context.finding(
        .complaint, severity: context.matches.severity(of: match), ruleID: context.matches.entry(match.entry).ruleID,
        tokens: match.tokens, tags: tags, message: Self.message)
    }
    let grievances = context.findings(of: AllegationDetector()).filter {
      $0.tags.contains(AllegationDetector.grievanceTag)
    }
    for allegation in grievances where !findings.contains(where: { $0.range.overlaps(allegation.range) }) {
      findings.append(
        context.finding(
          .complaint, severity: .low, ruleID: "complaint.allegation-against-school",
          tokens: context.tokens(in: allegation.range), evidence: allegation.evidence, tags: ["type=allegation"],
          message: Self.message))
    }
    findings += stanceFindings(in: context, existing: findings)
    return findings.sorted { $0.range.utf8.lowerBound < $1.range.utf8.lowerBound }
  }

  /// A post that tags someone with an @handle ("@AcmeHelp my order...", "very disappointed in @Acme") is addressed
  /// to them; in a complaint that is usually the organisation complained to. An e-mail address is not a handle.
  static func addressesOrganisation(_ context: DetectionContext) -> Bool {
    var previous: Character = " "
    var atSign = false
    for character in context.post.text {
      if atSign, character.isLetter || character.isNumber || character == "_" { return true }
      atSign = character == "@" && !(previous.isLetter || previous.isNumber)
      previous = character
    }
    return false
  }

  static let message =
    "This sounds like a complaint about the school. Your concern matters, and the school's Complaints Policy "
    + "is the way to have it dealt with properly: start with the class teacher, then the Headteacher, then the "
    + "Chair of Governors."
}
