/// The parts of the school's Social Media Network Policy that findings relate to. Each case's ``text`` quotes
/// or closely follows the policy's wording.
public enum PolicyClause: String, CaseIterable, Hashable, Sendable, Codable {
  case allegations = "allegations"
  case complaints = "complaints"
  case defamation = "defamation"
  case negativeComments = "negative_comments"
  case discrimination = "discrimination"
  case threats = "threats"
  case namingIndividuals = "naming_individuals"
  case confidentialInformation = "confidential_information"
  case imagesOfChildren = "images_of_children"

  /// The policy's words for this clause.
  public var text: String {
    switch self {
    case .allegations: "Making allegations about staff or pupils at school or cyber-bullying"
    case .complaints: "Making complaints about the school or staff"
    case .defamation: "Making defamatory statements about school or staff"
    case .negativeComments: "Posting negative/offensive comments about specific pupils/staff"
    case .discrimination: "Posting discriminatory comments, for example: sexist, racist, homophobic comments"
    case .threats: "Posting comments which threaten violence"
    case .namingIndividuals:
      "Social media should not be used to name individuals and make abusive comments about those people"
    case .confidentialInformation:
      "Online communication can cause harm when it is used to share confidential information"
    case .imagesOfChildren:
      "Online communication can cause harm when it is used to post images of children without consent"
    }
  }

  /// The clause a finding of `category` relates to by default.
  public static func forCategory(_ category: Category) -> PolicyClause {
    switch category {
    case .namedIndividual: .namingIndividuals
    case .allegation: .allegations
    case .complaint: .complaints
    case .threat: .threats
    case .discriminatory: .discrimination
    case .abusive: .negativeComments
    case .confidential: .confidentialInformation
    case .childImage: .imagesOfChildren
    }
  }
}
