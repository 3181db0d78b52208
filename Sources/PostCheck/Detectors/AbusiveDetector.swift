/// Finds insults, mockery and harassment aimed at a person or an identifiable group in the school community
/// (`abusive.*` lexicons). Banter and abuse of objects are exceptions. On top of the patterns:
/// - negation before or inside a match cancels it ("she's not a liar"), unless the pattern spells it
///   (`negation-expected`: "nobody likes her");
/// - quoted or reported words are someone else's, not the author's abuse;
/// - `needs=target` patterns ("f off") count only when a person is addressed or named, `needs=person` ones only when
///   their open slot is a name; `subject=pronoun` insults about the author's own family with laughter are banter;
/// - `mild` phrases take the severity of the insult they contain, not the strongest word around it;
/// - a slur or discriminatory derogation aimed at a person or a group within the school community ("the new TA",
///   "the Roma kids", "in my son's class") is abusive as well as discriminatory; an area-wide or national
///   generalisation is discriminatory only.
struct AbusiveDetector: Detector {
  var id: String { "abusive" }

  func findings(in context: DetectionContext) -> [Finding] {
    let named = context.findings(of: NamedIndividualDetector())
    let exceptions = context.lexiconMatches(of: .abusive, kind: .exception)
    let candidates = context.lexiconMatches(of: .abusive, kind: .pattern).filter { match in
      context.isAimedAtSomeone(match, exceptions: exceptions.filter { !Self.isInside($0, of: match) }, named: named)
    }
    var findings = context.matches.longestFirst(candidates).map { match in
      let tags = context.matches.tags(of: match)
      return context.finding(
        .abusive, severity: severity(of: match, tags: tags, context), ruleID: context.matches.entry(match.entry).ruleID,
        tokens: match.tokens, tags: tags, message: Self.message)
    }
    findings += targetedDiscrimination(in: context, named: named, besides: findings)
    findings += unframedInsults(in: context, exceptions: exceptions, named: named, besides: findings)
    return findings
  }

  /// An exception strictly inside a longer abusive construction names a harmless phrase that the construction
  /// uses ("stupid things" in "a page for the stupid things she says"), so it does not cancel it.
  static func isInside(_ exception: PhraseMatcher.Match, of match: PhraseMatcher.Match) -> Bool {
    exception.tokens.count < match.tokens.count && exception.tokens.lowerBound >= match.tokens.lowerBound
      && exception.tokens.upperBound <= match.tokens.upperBound
  }

  /// A `mild` phrase ("sod off", "jog on") is as severe as the insult inside it, not more.
  private func severity(of match: PhraseMatcher.Match, tags: [String], _ context: DetectionContext) -> Severity {
    guard tags.contains("mild") else { return context.matches.severity(of: match) }
    let own = context.matches.entry(match.entry).entry.severity
    return match.captures.map { context.matches.entry($0.entry).entry.severity }.max().map { min($0, own) } ?? own
  }

  static let message =
    "This insults or mocks someone. Offensive comments about pupils, staff or families hurt people and breach "
    + "the policy; describe how you feel to the school instead."
}
