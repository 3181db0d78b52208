/// What PostCheck says about one post: the verdict, the findings behind it and the answers to the policy's
/// four guide questions.
public struct Report: Hashable, Sendable, Codable {
  /// The overall advice.
  public var verdict: Verdict
  /// Every reason the post may breach the policy, in text order.
  public var findings: [Finding]
  /// One answer per guide question, in the policy's order.
  public var guideAnswers: [GuideAnswer]

  /// Creates a report from findings, applying the policy's verdict rule and guide-question table.
  public init(findings: [Finding]) {
    self.findings = findings.sorted { ($0.range, $0.category.rawValue) < ($1.range, $1.category.rawValue) }
    verdict = PolicyRules.verdict(for: self.findings)
    guideAnswers = PolicyRules.answers(for: self.findings)
  }

  /// The distinct categories found, in the label schema's order.
  public var categories: [Category] {
    Category.allCases.filter { category in findings.contains { $0.category == category } }
  }
}
