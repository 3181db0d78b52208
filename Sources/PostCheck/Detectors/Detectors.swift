/// The detectors a ``Checker`` runs, in report order.
enum Detectors {
  static let all: [any Detector] = [
    LexiconCategoryDetector(category: .threat, negationCancels: true) { _ in
      "This reads as a threat of violence. Even said in anger, threats can frighten people and may be a crime; "
        + "please raise what happened with the Headteacher instead."
    },
    DiscriminatoryDetector(),
    LexiconCategoryDetector(category: .abusive, negationCancels: false) { _ in
      "This insults or mocks someone. Offensive comments about pupils, staff or families hurt people and breach "
        + "the policy; describe how you feel to the school instead."
    },
    LexiconCategoryDetector(category: .allegation, negationCancels: false) { tags in
      tags.contains("hearsay")
        ? "This repeats something you heard. Passing on a rumour can still harm someone's reputation before the "
          + "school has looked into it; please take it to the Headteacher privately."
        : "This says someone did something wrong. Allegations should go to the class teacher, the Headteacher or "
          + "the Chair of Governors, so they can be looked into fairly."
    },
    LexiconCategoryDetector(category: .complaint, negationCancels: false) { _ in
      "This sounds like a complaint about the school. Your concern matters, and the school's Complaints Policy "
        + "is the way to have it dealt with properly."
    },
    LexiconCategoryDetector(category: .confidential, negationCancels: false) { _ in
      "This shares private information about someone else's child or family. Please keep it between you and "
        + "the school."
    },
    ContactDetailsDetector(),
    LexiconCategoryDetector(category: .childImage, negationCancels: false) { _ in
      "This shares, or mentions sharing, photos or videos of children. Other families may not have given "
        + "consent; please don't post images of other people's children."
    },
    LexiconCategoryDetector(category: .namedIndividual, negationCancels: false) { _ in
      "This identifies a particular person. Naming people online, even in passing, can make them a target."
    },
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
