import PostCheck
import Testing

@Suite struct PolicyRulesTests {
  private func finding(_ category: Category, tags: [String] = []) -> Finding {
    Finding(
      category: category, severity: .medium, ruleID: "test", text: "x", range: TextRange(utf8: 0..<1), tags: tags,
      message: "m", policyClause: .forCategory(category))
  }

  @Test(arguments: [Category.threat, .discriminatory, .abusive, .confidential, .childImage, .allegation])
  func blockingCategoriesMeanDoNotPost(_ category: Category) {
    #expect(Report(findings: [finding(category)]).verdict == .doNotPost)
    #expect(Report(findings: [finding(.complaint), finding(category)]).verdict == .doNotPost)
  }

  @Test func complaintsAndNamedPupilsMeanReconsider() {
    #expect(Report(findings: [finding(.complaint)]).verdict == .reconsider)
    #expect(Report(findings: [finding(.namedIndividual, tags: ["pupil"])]).verdict == .reconsider)
  }

  @Test func namedStaffAloneAndNothingAreOK() {
    #expect(Report(findings: []).verdict == .ok)
    #expect(Report(findings: [finding(.namedIndividual, tags: ["staff"])]).verdict == .ok)
  }

  @Test func guideQuestionsFollowTheDocumentedTable() {
    let report = Report(findings: [finding(.complaint), finding(.namedIndividual)])
    let concerns = Dictionary(uniqueKeysWithValues: report.guideAnswers.map { ($0.question, $0.raisesConcern) })
    #expect(
      concerns == [.rightChannel: true, .privateDiscussion: true, .unjustifiedHarm: true, .reputationalImpact: true])
    let praise = Report(findings: [finding(.namedIndividual, tags: ["staff"])])
    #expect(praise.guideAnswers.allSatisfy { !$0.raisesConcern })
    let threat = Report(findings: [finding(.threat)])
    #expect(threat.guideAnswers.map(\.raisesConcern) == [true, false, true, true])
    #expect(threat.guideAnswers[0].findings == [0])
  }

  @Test func everyQuestionIsAnsweredInPolicyOrder() {
    #expect(Report(findings: []).guideAnswers.map(\.question) == GuideQuestion.allCases)
  }
}
