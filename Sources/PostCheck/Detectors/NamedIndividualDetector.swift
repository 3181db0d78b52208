/// Finds people the post identifies: names, titles with names, @handles and roles that point to one person
/// (`named_individual.*` lexicons).
struct NamedIndividualDetector: Detector {
  private let lexiconFindings = LexiconCategoryDetector(category: .namedIndividual, negationCancels: false) { _ in
    message
  }

  var id: String { "named_individual" }

  func findings(in context: DetectionContext) -> [Finding] { lexiconFindings.findings(in: context) }

  static let message = "This identifies a particular person. Naming people online, even in passing, can make them a target."
}
