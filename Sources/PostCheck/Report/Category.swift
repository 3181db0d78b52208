/// What kind of breach of the social-media policy a finding is. The raw values are the label schema's names.
public enum Category: String, CaseIterable, Hashable, Sendable, Codable {
  /// The post identifies a specific person other than its author (a name, a handle or a single-person role).
  case namedIndividual = "named_individual"
  /// The post states or implies that a person, or the school, did something wrong, harmful or unlawful.
  case allegation
  /// The post voices dissatisfaction or a grievance about the school, its staff, decisions or services.
  case complaint
  /// The post threatens, wishes or incites violence or physical harm.
  case threat
  /// The post uses slurs or derogatory generalisations on a protected characteristic.
  case discriminatory
  /// The post insults, mocks or harasses a person or an identifiable group in the school community.
  case abusive
  /// The post shares private information about others (health, SEN, family, address, phone number).
  case confidential
  /// The post shares, or says it shares, photos or videos of children other than the author's own child alone.
  case childImage = "child_image"

  /// Whether any finding of this category alone means the post should not be posted.
  public var blocksPosting: Bool {
    switch self {
    case .threat, .discriminatory, .abusive, .confidential, .childImage, .allegation: true
    case .namedIndividual, .complaint: false
    }
  }
}
