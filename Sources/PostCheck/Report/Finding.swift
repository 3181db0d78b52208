/// One reason the post may breach the policy, pointing at the words that show it.
public struct Finding: Hashable, Sendable, Codable {
  /// What kind of breach this is.
  public var category: Category
  /// How serious it is.
  public var severity: Severity
  /// Which rule found it: the detector and the lexicon entry, e.g. `threat.direct.break-arm`.
  public var ruleID: String
  /// The words of the post that the finding is about, exactly as typed.
  public var text: String
  /// Where those words are in the post.
  public var range: TextRange
  /// Supporting spans, such as the person accused or the hearsay cue ("apparently").
  public var evidence: [TextRange]
  /// Labels from the lexicons and the detector, such as `target=religion` or `pupil`.
  public var tags: [String]
  /// One sentence for the post's author: what was noticed and why the policy cares.
  public var message: String
  /// The part of the school's policy that the finding relates to.
  public var policyClause: PolicyClause

  /// Creates a finding. Detectors make these; applications normally only read them.
  public init(
    category: Category, severity: Severity, ruleID: String, text: String, range: TextRange,
    evidence: [TextRange] = [], tags: [String] = [], message: String, policyClause: PolicyClause
  ) {
    self.category = category
    self.severity = severity
    self.ruleID = ruleID
    self.text = text
    self.range = range
    self.evidence = evidence
    self.tags = tags
    self.message = message
    self.policyClause = policyClause
  }

  /// The value of a `key=value` tag, such as `target` in `target=religion`.
  public func tagValue(_ key: String) -> String? {
    let prefix = key + "="
    return tags.first { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
  }
}
