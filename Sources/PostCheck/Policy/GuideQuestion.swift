/// The four questions the policy asks parents to consider before posting about the school.
public enum GuideQuestion: String, CaseIterable, Hashable, Sendable, Codable {
  /// Is social media the appropriate channel for this concern, feedback or view?
  case rightChannel = "right_channel"
  /// Would a private and confidential discussion with the school be more appropriate?
  case privateDiscussion = "private_discussion"
  /// Are the comments likely to cause emotional or reputational harm to individuals that is not justified,
  /// particularly before the school has had a chance to investigate?
  case unjustifiedHarm = "unjustified_harm"
  /// What is the reputational impact on the school, the harm it may suffer, and the impact on pupils' learning?
  case reputationalImpact = "reputational_impact"

  /// The question as the policy puts it.
  public var text: String {
    switch self {
    case .rightChannel: "Is social media the right place to raise this concern, feedback or view?"
    case .privateDiscussion: "Would a private and confidential discussion with the school be more appropriate?"
    case .unjustifiedHarm:
      "Could this cause emotional or reputational harm to someone that is not justified, especially before the "
        + "school has had a chance to look into it?"
    case .reputationalImpact: "What harm could this do to the school's reputation and to pupils' learning?"
    }
  }

  /// Which categories of finding bear on this question (the table documented in README).
  public var categories: Set<Category> {
    switch self {
    case .rightChannel: [.complaint, .allegation, .threat, .discriminatory, .abusive, .confidential, .childImage]
    case .privateDiscussion: [.allegation, .complaint, .confidential, .namedIndividual]
    case .unjustifiedHarm:
      [.allegation, .abusive, .threat, .discriminatory, .confidential, .childImage, .namedIndividual]
    case .reputationalImpact: [.complaint, .allegation, .discriminatory, .threat, .abusive]
    }
  }
}

/// The report's answer to one guide question.
public struct GuideAnswer: Hashable, Sendable, Codable {
  public var question: GuideQuestion
  /// Whether the findings give reason to pause on this question.
  public var raisesConcern: Bool
  /// A short plain-English answer.
  public var answer: String
  /// The indices, in ``Report/findings``, of the findings behind the answer.
  public var findings: [Int]
}
