/// Conditional threats whose parts stand further apart than one pattern reaches: "if that lad in 6B puts his hands on
/// my little brother again, he's getting battered".
extension ThreatDetector {
  /// Findings for sentences that hold, in this order, a condition (`threat.condition`: "if", "the minute", "next
  /// time"), a provocation (`threat.provocation`: "again", "so much as", an act aimed at the author's own child) and a
  /// consequence aimed at a person rather than an institutional step (`threat.consequence`: "she will be sorry", "I'll
  /// deal with him", "a word round the back"). A condition tagged `repetition` ("next time") is its own provocation;
  /// a vague consequence tagged `needs=act` ("see what happens") needs an act against the author's family (`act`).
  /// A negated consequence, someone else's reported words and a consequence whose subject may be the author's own
  /// child ("if my son forgets his kit again he'll be sorry") stay quiet.
  static func conditionalConsequences(_ context: DetectionContext, exceptions: [PhraseMatcher.Match]) -> [Finding] {
    let conditions = context.matches.spans(of: "threat.condition")
    guard !conditions.isEmpty else { return [] }
    var findings: [Finding] = []
    var covered = 0
    for consequence in context.matches.spans(of: "threat.consequence") where consequence.tokens.lowerBound >= covered {
      let sentence = context.sentenceTokens(of: consequence.tokens.lowerBound)
      let tags = context.matches.entry(consequence.entry).entry.tags
      let condition = conditions.first { span in
        sentence.contains(span.tokens.lowerBound) && span.tokens.upperBound <= consequence.tokens.lowerBound
          && isProvoked(between: span, and: consequence, needsAct: tags.contains("needs=act"), context)
      }
      guard let condition else { continue }
      let tokens = condition.tokens.lowerBound..<consequence.tokens.upperBound
      if context.isNegated(consequence.tokens.lowerBound) || context.isReportedSpeech(tokens) { continue }
      if exceptions.contains(where: { $0.tokens.overlaps(tokens) }) { continue }
      if tags.contains("needs=other"), Self.ownFamilyOpens(after: condition, context) { continue }
      findings.append(
        context.finding(
          .threat, severity: .high, ruleID: "threat.conditional.consequence", tokens: tokens,
          tags: ["strength=conditional"], message: message))
      covered = tokens.upperBound
    }
    return findings
  }

  /// Whether a provocation stands between the condition and the consequence, or the condition is one itself; with
  /// `needsAct`, only an act against the author's family (a provocation tagged `act`) counts.
  private static func isProvoked(
    between condition: ClassSpan, and consequence: ClassSpan, needsAct: Bool, _ context: DetectionContext
  ) -> Bool {
    let gap = condition.tokens.upperBound..<consequence.tokens.lowerBound
    if !needsAct, context.matches.entry(condition.entry).entry.tags.contains("repetition") { return true }
    return context.matches.spans(of: "threat.provocation").contains { span in
      gap.contains(span.tokens.lowerBound) && span.tokens.upperBound <= gap.upperBound
        && (!needsAct || context.matches.entry(span.entry).entry.tags.contains("act"))
    }
  }

  /// Whether the condition's subject is the author's own family ("if my son ..."), so that "he'll be sorry" may be a
  /// parent's warning to their own child.
  private static func ownFamilyOpens(after condition: ClassSpan, _ context: DetectionContext) -> Bool {
    let next = condition.tokens.upperBound
    guard next < context.post.tokens.count else { return false }
    return ["my", "our", "me", "mi"].contains(context.post.tokens[next].key)
  }
}
