import PostCheck
import Testing

/// Complaints about the school, and the general speech act of complaining in a post addressed to an organisation.
/// Every sample is written for these tests.
@Suite struct ComplaintDetectorTests {
  let checker: Checker
  init() throws { checker = try Bundled.checker() }

  private func complaints(_ post: String) throws -> [Finding] {
    try checker.check(post).findings.filter { $0.category == .complaint }
  }

  @Test(arguments: [
    "The communication from ⟦this school is shocking⟧.",
    "Three weeks and still no reply from the office. ⟦I want answers⟧.",
    "We're ⟦moving her to another school⟧ after half term.",
  ])
  func flagsComplaintsAboutTheSchool(_ sample: String) throws {
    let (post, expected) = marked(sample)
    #expect(try complaints(post).contains { expected.contains($0.range.utf8) })
  }

  @Test(arguments: [
    "I'm so fed up with the homework they keep sending.",
    "Not a fan of the new uniform rules at all.",
    "We're not having him teach our son, the school needs to sort it.",
  ])
  func generalMarkersCountWithASchoolTarget(_ post: String) throws {
    #expect(try !complaints(post).isEmpty)
  }

  @Test(arguments: [
    "I'm so fed up with this rain.",
    "Not a fan of coriander, never have been.",
    "What a joke my morning has been, the dog ate my toast.",
    "Does anyone know when the trip money is due?",
    "Thank you Mrs Patel for a lovely trip!",
    "Why is my internet so slow today?",
  ])
  func ignoresGrumblesWithoutASchoolTarget(_ post: String) throws {
    #expect(try complaints(post).isEmpty)
  }

  @Test(arguments: [
    "@AcmeRail my train is delayed again and nobody has replied.",
    "@ParcelCo the parcel still hasn't arrived, why is it taking so long?",
    "Really disappointed in @ShopHelp, the app keeps crashing.",
  ])
  func flagsServiceComplaintsToAnOrganisation(_ post: String) throws {
    #expect(try !complaints(post).isEmpty)
  }

  @Test(arguments: [
    "@AcmeRail what time does the first train leave on Sunday?",
    "@ShopHelp thank you, that sorted it!",
    "Email me at jo@example.com if your train is delayed.",
  ])
  func ignoresQuestionsAndThanksToAnOrganisation(_ post: String) throws {
    #expect(try complaints(post).isEmpty)
  }
}
