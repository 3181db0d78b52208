/// The detectors a ``Checker`` runs, in report order. Each lives in its own file with its messages.
enum Detectors {
  static let all: [any Detector] = [
    ThreatDetector(),
    DiscriminatoryDetector(),
    AbusiveDetector(),
    AllegationDetector(),
    ComplaintDetector(),
    ConfidentialDetector(),
    ChildImageDetector(),
    NamedIndividualDetector(),
  ]

  /// Words for the protected characteristic in a finding's `target=` tag.
  static func characteristic(in tags: [String]) -> String {
    switch tags.first(where: { $0.hasPrefix("target=") })?.dropFirst("target=".count) {
    case "race": "their race or ethnicity"
    case "nationality": "their nationality or immigration status"
    case "religion": "their religion or belief"
    case "sex": "their sex"
    case "gender_identity": "their gender identity"
    case "sexual_orientation": "their sexual orientation"
    case "disability": "a disability"
    case "age": "their age"
    default: "who they are"
    }
  }
}
