/// Finds private information about someone else's child or family: health, SEN, family circumstances,
/// discipline, addresses (`confidential.*` lexicons), and phone numbers and e-mail addresses.
struct ConfidentialDetector: Detector {
  private let lexiconFindings = LexiconCategoryDetector(category: .confidential, negationCancels: false) { _ in message }
  private let contactDetails = ContactDetailsDetector()

  var id: String { "confidential" }

  func findings(in context: DetectionContext) -> [Finding] {
    lexiconFindings.findings(in: context) + contactDetails.findings(in: context)
  }

  static let message =
    "This shares private information about someone else's child or family. Please keep it between you and "
    + "the school."
}
