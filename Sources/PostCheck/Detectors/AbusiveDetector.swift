/// Finds insults, mockery and harassment aimed at a person or an identifiable group in the school community
/// (`abusive.*` lexicons). Banter and abuse of objects are exceptions.
struct AbusiveDetector: Detector {
  private let lexiconFindings = LexiconCategoryDetector(category: .abusive, negationCancels: false) { _ in message }

  var id: String { "abusive" }

  func findings(in context: DetectionContext) -> [Finding] { lexiconFindings.findings(in: context) }

  static let message =
    "This insults or mocks someone. Offensive comments about pupils, staff or families hurt people and breach "
    + "the policy; describe how you feel to the school instead."
}
