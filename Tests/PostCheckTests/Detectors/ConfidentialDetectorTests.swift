import Testing

@testable import PostCheck

@Suite struct ConfidentialDetectorTests {
  let checker: Checker
  init() throws { checker = try Bundled.checker() }

  private func confidential(_ post: String) throws -> [Finding] {
    try checker.check(post).findings.filter { $0.category == .confidential }
  }

  @Test(arguments: [
    "The boy next door to us, he's autistic and the school won't help.",
    "Bartosz in 4K, he has epilepsy so keep an eye out.",
    "Ring his dad on 07700 900461 if you see him.",
    "The Wiśniewski family are being investigated by social services.",
  ])
  func findsOthersPrivateDetails(_ post: String) throws {
    #expect(try !confidential(post).isEmpty)
  }

  @Test(arguments: [
    "My son was diagnosed last year. He's autistic and loves trains.",
    "Our daughter struggles at lunch. She has a nut allergy so I pack her own.",
    "my son's on the waiting list, he's on the ADHD pathway now",
    "We were visited by social services after the accident and they were lovely.",
  ])
  func ownChildIsNotConfidential(_ post: String) throws {
    #expect(try confidential(post).isEmpty)
  }

  @Test func pronounAfterAnotherChildIsConfidential() throws {
    #expect(try !confidential("My son sits with Radek. He's autistic apparently.").isEmpty)
  }

  @Test(arguments: ["lives on Kingfisher Close", "lives at 9 Hollybank Road"])
  func streetNamesAreCapitalised(_ address: String) throws {
    #expect(try !confidential("That family \(address), just so you know.").isEmpty)
  }

  @Test func streetWordWithoutNameIsNoAddress() throws {
    #expect(try confidential("She lives on the main road near the shops.").isEmpty)
  }

  @Test(arguments: [
    "The new TA in Oak class is pregnant.",
    "The lad at the front has just been adopted.",
    "Mrs Ward's on a final written warning.",
    "The head has been off for three weeks with stress.",
    "The boy who's got epilepsy sits next to mine.",
    "None of their kids are vaccinated.",
    "The twins in Year 3 are living with foster carers.",
    "Someone left the Year 4 spelling test results on the photocopier.",
    "The caretaker was escorted off the premises yesterday.",
  ])
  func findsHealthCareAndDisciplineInOtherConstructions(_ post: String) throws {
    #expect(try !confidential(post).isEmpty)
  }

  @Test(arguments: [
    "I got a written warning at work for being late.",
    "My son who has asthma loved the trip.",
    "My daughter's been off for two weeks with chickenpox.",
    "The results of the Year 6 SATs will be out in July.",
    "I was off for a week with flu.",
    "We've been vaccinated against flu.",
  ])
  func ownAndGeneralMattersStayQuiet(_ post: String) throws {
    #expect(try confidential(post).isEmpty)
  }

  @Test(arguments: ["The boy in Year 3 with the hearing aids.", "The new family live at number 9."])
  func findsDescriptionsByConditionAndHouseNumbers(_ post: String) throws {
    #expect(try !confidential(post).isEmpty)
  }

  @Test func ownAddressIsTheAuthorsToGive() throws {
    #expect(try confidential("We live at number 9, pop round for the cake sale.").isEmpty)
  }

  @Test(arguments: [
    "My neighbour's little girl in Year 1 is being assessed for ADHD, bless her",
    "Miss Carter's been off long term with her nerves apparently",
    "Saw him and his wife coming out of the fertility clinic last week",
    "They're struggling since he lost his job, so go easy on the trip money",
    "Nothing to do with her husband moving out, I'm sure",
    "Apparently he left his last school after some incident with a parent",
    "Pic of him in his hospital bed, his mum said it was fine to share",
  ])
  func findsCircumstancesDroppedInPassing(_ post: String) throws {
    #expect(try !confidential(post).isEmpty)
  }

  @Test(arguments: [
    "My son is being assessed for dyslexia, any tips?",
    "I'm off work with stress so I can do pick up this week",
    "How do you get a child on the SEN register?",
    "I lost my job last month so money is tight",
    "They're splitting up the classes next year",
    "Does your child get assessed for dyslexia at school?",
  ])
  func ignoresOwnAndGeneralCircumstances(_ post: String) throws {
    #expect(try confidential(post).isEmpty)
  }

  @Test(arguments: [
    "Her dad left her for someone from work",
    "Word is Dylan's dad is inside till next year",
    "Reece was given a two day suspension for swearing",
    "Poppy is on the pupil premium list, so be kind",
    "The pupil premium register is left on the office desk",
    "The mum next door told me the dad hit her again last night",
    "There were social workers round at theirs yesterday",
    "My sister read his DBS check at work",
    "Found the Year 5 test scores in the photocopier",
    "Jack's been referred to CAMHS",
    "Her mum's on antidepressants",
    "Harry's family are getting kicked out of their home",
    "I'm not supposed to say this but her mum's in hospital",
  ])
  func findsLeavingsPrisonSlangSanctionsRegistersAndReferrals(_ post: String) throws {
    #expect(try !confidential(post).isEmpty)
  }

  @Test(arguments: [
    "Freya left her coat on the bus",
    "Jaden left his lunchbox in our car",
    "I left her a voicemail earlier",
    "The kids stayed inside at lunch",
    "I'm allowed to share this, the school said it's fine",
    "Can someone send me a pic of the reading list please",
    "Had a look at the spelling list, it's tough this week",
    "My son got a 2 day exclusion and I'm furious",
    "The walk is 3 days long",
    "How do you get on the free school meals list?",
    "The ball hit her in the face at PE",
    "Please make sure your DBS is up to date before the trip",
    "We had social services round for a chat about our fostering application",
    "We've been referred to CAMHS",
    "I got kicked out of my house at 16",
  ])
  func ignoresObjectsLeftPermissionsRequestsAndOwnMatters(_ post: String) throws {
    #expect(try confidential(post).isEmpty)
  }

  @Test(arguments: [
    "apparently the deputy is getting sacked",
    "the twins dad is back in prison",
    "Rosie's grandad is terminally ill, so go gently with her",
  ])
  func findsComingSanctionsRelativesThroughAChildAndTerminalIllness(_ post: String) throws {
    #expect(try !confidential(post).isEmpty)
  }

  @Test(arguments: [
    "I'm a boy mum through and through",
    "My phone battery is dying, will reply later",
    "The head is getting married in the summer",
    "Meet you at the bus terminal at eight",
  ])
  func ignoresDyingBatteriesWeddingsAndBoyMums(_ post: String) throws {
    #expect(try confidential(post).isEmpty)
  }
}
