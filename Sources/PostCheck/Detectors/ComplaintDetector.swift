/// Finds complaints about the school, its staff, decisions or services (`complaint.*` lexicons).
struct ComplaintDetector: Detector {
  private let lexiconFindings = LexiconCategoryDetector(category: .complaint, negationCancels: false) { _ in message }

  var id: String { "complaint" }

  func findings(in context: DetectionContext) -> [Finding] { lexiconFindings.findings(in: context) }

  static let message =
    "This sounds like a complaint about the school. Your concern matters, and the school's Complaints Policy "
    + "is the way to have it dealt with properly."
}
