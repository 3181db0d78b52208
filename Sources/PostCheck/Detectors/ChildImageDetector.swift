/// Finds posts that share, or say they share, photos or videos of children other than the author's own child
/// alone (`child_image.*` lexicons).
struct ChildImageDetector: Detector {
  private let lexiconFindings = LexiconCategoryDetector(category: .childImage, negationCancels: false) { _ in message }

  var id: String { "child_image" }

  func findings(in context: DetectionContext) -> [Finding] { lexiconFindings.findings(in: context) }

  static let message =
    "This shares, or mentions sharing, photos or videos of children. Other families may not have given "
    + "consent; please don't post images of other people's children."
}
