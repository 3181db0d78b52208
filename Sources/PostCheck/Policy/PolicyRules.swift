/// The policy's rules applied to a post's findings: the verdict, and the answers to the four guide questions.
enum PolicyRules {
  /// The verdict by the label schema's rule: any blocking category means `do_not_post`; otherwise a complaint, a
  /// named pupil, or a named person in a post with other concerns means `reconsider`; otherwise `ok`.
  static func verdict(for findings: [Finding]) -> Verdict {
    if findings.contains(where: { $0.category.blocksPosting }) { return .doNotPost }
    if findings.contains(where: { $0.category == .complaint || isNamedPupil($0) }) { return .reconsider }
    return .ok
  }

  /// Whether a finding names a pupil (from the roster or the context).
  static func isNamedPupil(_ finding: Finding) -> Bool {
    finding.category == .namedIndividual && finding.tags.contains("pupil")
  }

  /// Whether a named-individual finding matters for the guide questions: a pupil, or a person named in a post
  /// that also raises other concerns (`postHasOtherConcerns`). Praise of a named member of staff does not.
  static func namingMatters(_ finding: Finding, postHasOtherConcerns: Bool) -> Bool {
    isNamedPupil(finding) || postHasOtherConcerns
  }

  /// One answer per guide question, in the policy's order.
  static func answers(for findings: [Finding]) -> [GuideAnswer] {
    let otherConcerns = findings.contains { $0.category != .namedIndividual }
    return GuideQuestion.allCases.map { question in
      let behind = findings.indices.filter { index in
        let finding = findings[index]
        guard question.categories.contains(finding.category) else { return false }
        return finding.category != .namedIndividual || namingMatters(finding, postHasOtherConcerns: otherConcerns)
      }
      return GuideAnswer(
        question: question, raisesConcern: !behind.isEmpty,
        answer: answer(question, concerns: Set(behind.map { findings[$0].category })), findings: behind)
    }
  }

  private static func answer(_ question: GuideQuestion, concerns: Set<Category>) -> String {
    guard !concerns.isEmpty else { return noConcern(question) }
    switch question {
    case .rightChannel:
      return "No. Concerns like this should go to the class teacher, the Headteacher or the Chair of Governors, "
        + "not social media."
    case .privateDiscussion:
      return concerns.contains(.allegation) || concerns.contains(.confidential)
        ? "Yes. Serious concerns and private details are best discussed in confidence with the school."
        : "Probably. A private conversation with the school is more likely to get this resolved."
    case .unjustifiedHarm:
      return "Yes, it could. Posts that accuse, insult, threaten or identify people can hurt them before anything "
        + "has been looked into."
    case .reputationalImpact:
      return "It could harm the school's reputation and unsettle pupils, which the policy asks parents to avoid."
    }
  }

  private static func noConcern(_ question: GuideQuestion) -> String {
    switch question {
    case .rightChannel: "Nothing in this post needs a different channel."
    case .privateDiscussion: "Nothing here seems to need a private discussion."
    case .unjustifiedHarm: "Nothing here seems likely to harm anyone."
    case .reputationalImpact: "Nothing here seems likely to harm the school's reputation."
    }
  }
}
