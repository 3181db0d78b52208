/// Finds threats of violence: direct, conditional, veiled and incitement (`threat.*` lexicons). Idioms and sport
/// ("killed it", "could murder a brew") are exceptions; negated intent ("I would never hurt") is dropped.
struct ThreatDetector: Detector {
  private let lexiconFindings = LexiconCategoryDetector(category: .threat, negationCancels: true) { _ in message }

  var id: String { "threat" }

  func findings(in context: DetectionContext) -> [Finding] { lexiconFindings.findings(in: context) }

  static let message =
    "This reads as a threat of violence. Even said in anger, threats can frighten people and may be a crime; "
    + "please raise what happened with the Headteacher instead."
}
