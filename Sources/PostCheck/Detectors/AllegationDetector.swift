/// Finds allegations that a person, a role or the school did something wrong (`allegation.*` lexicons): harm and
/// mistreatment, theft and fraud, lying and covering up, neglect, discrimination, misconduct, wrongful character
/// ("he's a thief"), hearsay and innuendo, and safeguarding concerns.
///
/// On top of the lexicon matches it drops accusations that are negated just before the verb ("he never hit him"),
/// conditional ("if anyone hits him", unless "again" presupposes a first time), quoted as said to the author, or
/// that need a school context (`needs=target`) in a post with none. Each finding carries the accused (the actor
/// span and, for a pronoun, the person it most likely refers to) as evidence. Hearsay and safeguarding findings
/// get their own rule ids and messages.
struct AllegationDetector: Detector {
  var id: String { "allegation" }

  func findings(in context: DetectionContext) -> [Finding] {
    Self.accusations(in: context).map { accusation in
      var tags = accusation.tags
      if accusation.isHearsay, !tags.contains("type=hearsay") { tags.append("type=hearsay") }
      if accusation.isGrievance { tags.append(Self.grievanceTag) }
      let cue = accusation.hearsayCue.map { [context.post.range(ofTokens: $0)] } ?? []
      return context.finding(
        .allegation, severity: accusation.severity, ruleID: Self.ruleID(for: accusation, context),
        tokens: accusation.match.tokens,
        evidence: accusation.accused.map { context.post.range(ofTokens: $0.tokens) } + cue,
        tags: tags, message: Self.message(tags))
    }
  }

  /// Tags a direct accusation of the school, its staff or a titled person: a grievance about the school as well.
  static let grievanceTag = "accused=school"

  /// Lexicon rule id, except that hearsay and safeguarding are rules of their own whatever entry found them.
  static func ruleID(for accusation: Accusation, _ context: DetectionContext) -> String {
    let entry = context.matches.entry(accusation.match.entry).ruleID
    if accusation.isHearsay || accusation.tags.contains("type=innuendo") {
      return entry.hasPrefix("allegation.hearsay") ? entry : "allegation.hearsay"
    }
    if accusation.tags.contains("safeguarding") {
      return entry.hasPrefix("allegation.safeguarding") ? entry : "allegation.safeguarding"
    }
    return entry
  }

  static func message(_ tags: [String]) -> String {
    if tags.contains("safeguarding") {
      return "This raises a concern about a child's safety. Please don't post it: tell the school's Designated "
        + "Safeguarding Lead or the Headteacher privately today, or children's services or the police if a child "
        + "is in danger. Posting can warn the person involved and harm an investigation."
    }
    if tags.contains("type=hearsay") {
      return "This passes on something you heard. Repeating a rumour is still publishing it: if it is wrong it "
        + "can wreck someone's reputation (the law treats repeating a claim like making it), and if it is right "
        + "it can get in the way of the school looking into it. Please take it to the Headteacher privately."
    }
    if tags.contains("type=innuendo") {
      return "This hints that someone did something wrong without saying it. Insinuation can harm a person as "
        + "much as an open accusation; if you have a concern, raise it with the Headteacher privately."
    }
    return "This says someone did something wrong. Allegations should go to the class teacher, the Headteacher or "
      + "the Chair of Governors, so they can be looked into fairly and the person is not judged online first."
  }
}
