import Testing

@testable import PostCheck

@Suite struct NamedIndividualDetectorTests {
  let checker: Checker
  init() throws { checker = try Bundled.checker() }

  private func named(_ post: String) throws -> [Finding] {
    try checker.check(post).findings.filter { $0.category == .namedIndividual }
  }

  @Test(arguments: [
    "Huge thanks to ⟦Mrs Abernethy⟧ for running the chess club.",
    "Does anyone know if ⟦Mr Fenwick⟧ is back after Easter?",
    "Lovely afternoon at the fete, well done ⟦Agnieszka⟧ on the cake stall!",
    "Ask ⟦Tomasz⟧ about the spare tickets, he has a few.",
    "We went round to see ⟦Grace Holloway⟧ after school.",
    "my daughter invited ⟦oluwaseun⟧ round for tea",
    "Heard ⟦the caretaker⟧ has finally fixed the gate.",
    "Not impressed with ⟦the new deputy's⟧ uniform letter.",
    "⟦@PTAmum_Sal⟧ can you send me the raffle list",
  ])
  func findsPeople(_ sample: String) throws {
    let (post, expected) = marked(sample)
    #expect(try named(post).map(\.range.utf8) == expected)
  }

  @Test(arguments: [
    "The kids killed it at sports day!",
    "Scunthorpe were rubbish on Saturday.",
    "Grace before meals is part of assembly now.",
    "Will you be at the summer fair? May I bring a friend?",
    "Year 3 are learning about the Tudors and Henry VIII this term.",
    "My son has a bump on the head from the climbing frame.",
    "The teachers and the office were brilliant this week.",
    "We're doing a Christian aid collection in June.",
    "Picked up a Peppa Pig costume from Asda for world book day.",
    "THE FAIR IS ON SATURDAY, PLEASE BRING CAKES",
    "our SEN unit got new funding",
  ])
  func ignoresNonPeople(_ post: String) throws {
    #expect(try named(post).isEmpty)
  }

  @Test(arguments: [
    "Did anyone see ⟦that Year 3 lad⟧ climbing the fence?",
    "⟦That grumpy dinner lady⟧ shouted at my son again.",
    "⟦The woman from the office⟧ never answers the phone.",
    "Tell ⟦the family at number⟧ 9 their dog got out.",
    "⟦Oyelaran⟧ in Year 2 won the spelling bee.",
    "School trip pic: ⟦the boy on the left⟧ is my nephew's friend.",
  ])
  func findsDescribedPeople(_ sample: String) throws {
    let (post, expected) = marked(sample)
    #expect(try named(post).map(\.range.utf8) == expected)
  }

  @Test(arguments: [
    "We stopped for chips on the way to Pickering.",
    "Thank you Thornfield, what a lovely leavers' assembly.",
    "Maths in Year 4 is getting harder every week.",
    "That kid of mine never stops talking.",
  ])
  func ignoresPlacesAndOwnChild(_ post: String) throws {
    #expect(try named(post).isEmpty)
  }

  @Test(arguments: [
    "Mark my words, the car park will flood again.",
    "Hope the weather holds for Friday.",
    "Rose petals everywhere after the wedding at church.",
  ])
  func commonWordNamesNeedEvidence(_ post: String) throws {
    #expect(try named(post).isEmpty)
  }

  @Test func commonWordNameInsideSentenceIsAName() throws {
    let (post, expected) = marked("Had a lovely chat with ⟦Hope⟧ at pick up.")
    #expect(try named(post).map(\.range.utf8) == expected)
  }

  @Test func possessiveNameWithRelativeAtSentenceStart() throws {
    let (post, expected) = marked("⟦Summer's mum⟧ is doing the school run tomorrow.")
    #expect(try named(post).map(\.range.utf8) == expected)
  }

  @Test func themedPartyIsNotAPersonButAChildsPartyIs() throws {
    #expect(try named("We're planning an Elsa party for Saturday.").isEmpty)
    #expect(try !named("Everyone's talking about Femi's party at the bowling alley.").isEmpty)
  }

  @Test func titleBeforeUnlistedSurnameKeepsTheWholeWord() throws {
    let (post, expected) = marked("Apparently ⟦Mr Oakenshaw⟧ is leaving in July.")
    #expect(try named(post).map(\.range.utf8) == expected)
  }

  @Test func childWithClassIsAPupil() throws {
    let findings = try named("So proud of Zofia in Year 3 for her reading award.")
    #expect(findings.count == 1)
    #expect(findings.first?.text == "Zofia")
    #expect(findings.first?.tags.contains("pupil") == true)
    #expect(try checker.check("So proud of Zofia in Year 3 for her reading award.").verdict == .reconsider)
  }

  @Test(arguments: [
    "Is Tamsin's party still on for Sunday?",
    "Could Kwame's dad give me a ring about football?",
    "Well done little Ifeoluwa, what a brave girl at the dentist trip.",
  ])
  func aChildsParentOccasionOrEndearmentMakesAPupil(_ post: String) throws {
    #expect(try named(post).contains { $0.tags.contains("pupil") })
    #expect(try checker.check(post).verdict == .reconsider)
  }

  @Test(arguments: [
    "Thank you Mrs Adebayo's team for the cakes!",
    "Little Chef on the bypass has finally closed.",
    "Dr Patel's surgery is shut on Friday.",
  ])
  func possessivesOfAdultsAndPlacesMakeNoPupil(_ post: String) throws {
    #expect(try !named(post).contains { $0.tags.contains("pupil") })
  }

  @Test(arguments: [
    ("Supply in 4H were brilliant today.", "Supply in 4H"),
    ("that new janny fixed the gate", "that new janny"),
    ("whoever runs the PTA page deserves a medal", "whoever runs the"),
    ("the Polish TA speaks four languages", "the Polish TA"),
    ("the boy on the far left in the team photo", "the boy on the far left"),
    ("the grumpy man on reception never smiles", "the grumpy man on reception"),
    ("a certain Year 6 dad needs to calm down", "a certain Year 6 dad"),
  ])
  func findsPeopleDescribedByRolePlaceOrIdentity(_ post: String, _ expected: String) throws {
    #expect(try named(post).contains { $0.text == expected })
  }

  @Test(arguments: [
    "We need more supply teachers in this country.",
    "I hope that every teacher gets a pay rise this year.",
    "Polish teachers are coming to the international evening.",
  ])
  func ignoresGroupsAndGenericRoles(_ post: String) throws {
    #expect(try named(post).isEmpty)
  }

  @Test func aFamilyNamedBySurnameIsNoPupil() throws {
    let report = try checker.check("The Okafor family are moving to Leeds, we'll miss them.")
    #expect(report.findings.contains { $0.category == .namedIndividual && $0.text == "The Okafor family" })
    #expect(!report.findings.contains { $0.tags.contains("pupil") })
    #expect(report.verdict == .ok)
  }

  @Test func aCoupleWithTitlesIsNamedByTheirTitleNotAsAPupil() throws {
    let report = try checker.check("Congratulations to Mr and Mrs Hughes on the birth of their baby girl!")
    #expect(report.findings.contains { $0.text == "Mrs Hughes" })
    #expect(!report.findings.contains { $0.tags.contains("pupil") })
    #expect(report.verdict == .ok)
  }

  @Test func titledNameIsStaffAndThanksAreOk() throws {
    let report = try checker.check("Thank you Mrs Patel for a lovely trip!")
    #expect(report.findings.filter { $0.category == .namedIndividual }.allSatisfy { $0.tags.contains("staff") })
    #expect(report.verdict == .ok)
  }

  @Test func childNamedInPostAboutOwnChildIsAPupil() throws {
    let findings = try named("Ksenia keeps telling my son he can't play football with them.")
    #expect(findings.first?.tags.contains("pupil") == true)
  }

  @Test func findingsDoNotCarryGazetteerTags() throws {
    let findings = try named("Ask Tomasz Wiśniewski about the spare tickets.")
    #expect(!findings.isEmpty)
    #expect(
      findings.allSatisfy { finding in
        !finding.tags.contains { $0.hasPrefix("origin=") || $0.hasPrefix("check=") || $0 == "common-word" }
      })
  }

  @Test func ownChildIsNotAnIndividual() throws {
    #expect(try named("My daughter Isla loved the trip.").isEmpty)
    #expect(try named("my son has been poorly all week").isEmpty)
  }

  @Test func missAndSirAsPupilsSayThem() throws {
    #expect(try named("Sir said we can bring a snack on Friday.").map(\.text) == ["Sir"])
    #expect(try named("Miss you all, see you in September!").isEmpty)
  }

  @Test func allCapsPostUsesNamesThatAreNoCommonWord() throws {
    #expect(try named("CAN SOMEONE TELL ANASTAZJA'S DAD TO STOP PARKING ON THE ZIGZAGS").count == 1)
    #expect(try named("WILL THE FAIR BE ON IF IT RAINS").isEmpty)
  }

  @Test func rosteredPupilIsReportedAsAPupil() throws {
    let profile = SchoolProfile(
      schoolName: "Test Primary", channels: [],
      roster: [.init(name: "Bramwell Oduya", kind: .pupil), .init(name: "Jane Thistlewood", kind: .staff)])
    let rostered = try Checker(profile: profile)
    let report = try rostered.check("bramwell was on his own at break again")
    let finding = report.findings.first { $0.category == .namedIndividual }
    #expect(finding?.text == "bramwell")
    #expect(finding?.tags.contains("pupil") == true)
    #expect(finding?.tags.contains("roster") == true)
    #expect(report.verdict == .reconsider)
    let staff = try rostered.check("Mrs Thistlewood ran a great assembly").findings.first {
      $0.category == .namedIndividual
    }
    #expect(staff?.tags.contains("staff") == true)
  }

  @Test(arguments: [
    "Thanks ⟦Brannoch⟧ for the lift home from Leeds!",
    "RIP ⟦Dunmore⟧, you will be missed by everyone at St Mark's.",
    "Happy birthday ⟦Tavishka⟧, have a brilliant day in Spain",
    "It was lovely to meet you and ⟦Quillan⟧ at the Easter fair.",
    "Back from Leeds. ⟦Quillan⟧ and I went straight to bed.",
    "Back from Leeds. ⟦Pezzulo's⟧ voice was everywhere on the radio.",
    "⟦DJ Kestrel⟧ kept everyone dancing at the Christmas disco.",
    "I really miss ⟦Rusty⟧ in the new series on Netflix.",
  ])
  func unlistedNamesByContext(_ sample: String) throws {
    let (post, expected) = marked(sample)
    #expect(try named(post).map(\.range.utf8) == expected)
  }

  @Test(arguments: [
    "Thanks Oakfield Primary for a lovely afternoon.",
    "Good luck Brannoch Athletic in the Cup final on Saturday!",
    "Well done Owls on a great assembly!",
    "Good morning Everyone, the fair starts at 10.",
    "Hi All, the fair is on Friday.",
    "Congratulations Reception on your first term!",
    "Yes and you can pick up from the side gate.",
    "Year 6 loved learning about the Egyptians and Cleopatra in History.",
    "We had an open day at Harris Academy last week.",
    "The traffic on Kendal Road was awful this morning.",
    "Break a leg to everyone in Oliver tonight!",
    "it seems a lil wild round here",
  ])
  func contextCuesNeedANameAlone(_ post: String) throws {
    #expect(try named(post).isEmpty)
  }
}
