/// Finds allegations that a person, a role or the school did something wrong, including hearsay
/// (`allegation.*` lexicons).
struct AllegationDetector: Detector {
  private let lexiconFindings = LexiconCategoryDetector(category: .allegation, negationCancels: false) { tags in
    message(tags)
  }

  var id: String { "allegation" }

  func findings(in context: DetectionContext) -> [Finding] { lexiconFindings.findings(in: context) }

  static func message(_ tags: [String]) -> String {
    tags.contains("type=hearsay")
      ? "This repeats something you heard. Passing on a rumour can still harm someone's reputation before the "
        + "school has looked into it; please take it to the Headteacher privately."
      : "This says someone did something wrong. Allegations should go to the class teacher, the Headteacher or "
        + "the Chair of Governors, so they can be looked into fairly."
  }
}
