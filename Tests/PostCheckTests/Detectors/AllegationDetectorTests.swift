import PostCheck
import Testing

/// Allegations: harm, misconduct, character, hearsay, safeguarding; the accused as evidence; negation, conditionals,
/// quotes said to the author, the author's own acts and own child. Every sample is written for these tests.
@Suite struct AllegationDetectorTests {
  let checker: Checker
  init() throws { checker = try Bundled.checker() }

  private func allegations(_ post: String) throws -> [Finding] {
    try checker.check(post).findings.filter { $0.category == .allegation }
  }

  private func text(_ range: TextRange, in post: String) -> String { String(post[range.indices(in: post)]) }

  @Test(arguments: [
    "The dinner lady ⟦slapped my daughter⟧ at lunch.",
    "Mr Hollis ⟦grabbed him by the arm⟧ and left a mark.",
    "Honestly the office ⟦covered it up⟧ and nobody said a word.",
    "⟦She's a compulsive liar⟧ and everyone at the gate knows it.",
  ])
  func flagsAccusations(_ sample: String) throws {
    let (post, expected) = marked(sample)
    #expect(try allegations(post).map(\.range.utf8) == expected)
  }

  @Test(arguments: [
    ("The dinner lady slapped my daughter at lunch.", "The dinner lady"),
    ("Mr Hollis grabbed him by the arm and left a mark.", "Mr Hollis"),
    ("Honestly the office covered it up and nobody said a word.", "the office"),
    ("Apparently the caretaker has been nicking the school's laptops.", "the caretaker"),
  ])
  func marksTheAccusedAsEvidence(_ post: String, _ accused: String) throws {
    let found = try allegations(post)
    #expect(found.count == 1)
    #expect(found.first.flatMap { $0.evidence.first }.map { text($0, in: post) } == accused)
  }

  @Test func resolvesAPronounToTheTitledPersonBefore() throws {
    let post = "Mrs Okoro was on duty. She shoved him into the wall."
    let evidence = try allegations(post).first?.evidence.map { text($0, in: post) }
    #expect(evidence == ["She", "Mrs Okoro"])
  }

  @Test(arguments: [
    "Apparently the new PE teacher was sacked from his last job.",
    "I've heard the deputy has been fiddling the trip money.",
  ])
  func hearsayIsItsOwnRule(_ post: String) throws {
    let found = try allegations(post)
    #expect(found.count == 1)
    #expect(found.allSatisfy { $0.ruleID.hasPrefix("allegation.hearsay") })
    #expect(found.allSatisfy { $0.message.contains("rumour") })
  }

  @Test(arguments: [
    "My niece says a man at the park was grooming kids online.",
    "I think my son is being abused by someone he met at football.",
    "The new coach has been messaging some of the Year 6 girls on Snapchat.",
  ])
  func safeguardingGoesToAPrivateChannel(_ post: String) throws {
    let found = try allegations(post)
    #expect(!found.isEmpty)
    #expect(found.allSatisfy { $0.message.contains("Designated Safeguarding Lead") })
    #expect(try checker.check(post).findings.allSatisfy { $0.category != .abusive })
  }

  @Test(arguments: [
    "He never hit him, it was all a misunderstanding.",
    "She didn't push my son, he tripped over his laces.",
    "If anyone pushes my son off that climbing frame there will be trouble.",
    "Whoever slapped that kid should own up.",
    "She told me 'you're a liar' at the gate, which was upsetting.",
    "My son was so upset today after losing at football.",
    "I accidentally hit him with the car door, poor lad.",
    "The trip was cancelled due to snow.",
    "Thank you Mrs Patel for a lovely trip!",
    "The kids killed it at sports day!",
    "In the panto he plays a thief and steals the show.",
  ])
  func ignoresWhatIsNotAnAccusation(_ post: String) throws {
    #expect(try allegations(post).isEmpty)
  }

  @Test func keepsAConditionalThatPresupposesARepeat() throws {
    #expect(try !allegations("If he pushes my son again I'm going to the head.").isEmpty)
  }

  @Test(arguments: [
    "Mr Hollis grabbed him by the arm and left a mark.",
    "The dinner lady slapped my daughter at lunch.",
  ])
  func aDirectAccusationOfStaffIsAlsoAComplaint(_ post: String) throws {
    #expect(try checker.check(post).findings.contains { $0.ruleID == "complaint.allegation-against-school" })
  }

  @Test(arguments: [
    "Apparently the new PE teacher was sacked from his last job.",
    "Some older boy slapped my daughter at the park.",
  ])
  func hearsayAndAccusationsOfOthersAreNotComplaints(_ post: String) throws {
    #expect(try checker.check(post).findings.allSatisfy { $0.category != .complaint })
  }

  @Test(arguments: [
    "Apparently a boy in Year 5 brought a flick knife into school last week.",
    "That big lad keeps taking sweets off the younger kids at break.",
    "He threw a chair at the supply teacher.",
    "The TA was sat on her phone while the kids ran wild in the hall.",
    "One of the teachers goes to the pub at lunchtime every Friday.",
    "Mr Dale was seen coming out of the pub at lunchtime again.",
    "That man is always hanging around outside the boys' toilets.",
  ])
  func findsMisconductNamedByItsConduct(_ post: String) throws {
    #expect(try !allegations(post).isEmpty)
  }

  @Test(arguments: [
    "I brought a cake knife for the party.",
    "My son threw a ball at the goal and scored.",
    "We popped to the pub at lunch for my birthday.",
    "The caretaker is fixing the toilets after the flood.",
    "The kids ran wild at the party and had a great time.",
    "He threw the ball to his mate.",
  ])
  func ignoresOrdinaryConduct(_ post: String) throws {
    #expect(try allegations(post).isEmpty)
  }

  @Test(arguments: [
    "Strange how the office conveniently lost our complaint letter.",
    "Interesting how the head always loses the emails from the parents who complain.",
    "The school should sort it, after what happened with that lad last term.",
  ])
  func findsInsinuationFrames(_ post: String) throws {
    #expect(try allegations(post).contains { $0.tags.contains("type=innuendo") })
  }

  @Test(arguments: [
    "Funny how my daughter always loses her gloves.",
    "What happened with the Year 6 play in the end?",
  ])
  func ignoresFramesWithoutAnInsinuation(_ post: String) throws {
    #expect(try allegations(post).isEmpty)
  }

  @Test(arguments: [
    "If the head won't deal with that thief I'll go to the governors.",
    "see if that lad kicks ma boy again",
  ])
  func referringPhrasesAndDialectKeepTheirAccusation(_ post: String) throws {
    #expect(try !allegations(post).isEmpty)
  }

  @Test(arguments: [
    "Gossip at pick up is the new teacher is a compulsive liar.",
    "My daughter says Mr Pike shouted at the whole class.",
  ])
  func playgroundTalkAndChildrensReportsAreHearsay(_ post: String) throws {
    #expect(try allegations(post).contains { $0.tags.contains("type=hearsay") })
  }

  @Test(arguments: ["My son says the trip was the best day ever.", "The talk at pick up is all about the fair."])
  func hearsayCuesAloneAccuseNobody(_ post: String) throws {
    #expect(try allegations(post).isEmpty)
  }

  @Test(arguments: [
    "Mr Cole is having an affair with the deputy head.",
    "The head only ever hires her mates.",
    "The office told half the playground about my son's diagnosis.",
    "Her mum doesn't feed them, they come in starving every day.",
    "Mrs Dean changed the answers on their SATs papers.",
    "The caretaker takes photos of the kids on his phone.",
    "The PTA treasurer has been pocketing the raffle money.",
    "Apparently she got caught drinking in the staff room.",
  ])
  func findsPrivateLifeFraudNeglectAndBreachClaims(_ post: String) throws {
    #expect(try !allegations(post).isEmpty)
  }

  @Test(arguments: [
    "My parents had a lovely anniversary party.",
    "He always takes photos of the kids on my phone at sports day.",
    "My kids come in starving after football.",
    "The teacher helped them with their spelling.",
    "We all know why the trip was moved: the weather.",
    "Took the money to the office this morning.",
    "My son got caught vaping at the bus stop.",
    "I got caught in the rain at pick up.",
  ])
  func ignoresTheirOrdinaryNeighbours(_ post: String) throws {
    #expect(try allegations(post).isEmpty)
  }

  @Test(arguments: [
    "The TA binned his packed lunch and gave him toast instead. That is theft.",
    "Mr Dean made him stand outside in the rain for an hour. Isn't that neglect?",
    "Infant playground at lunch today: forty kids and not one member of staff on duty.",
    "My daughter wandered off the field and nobody noticed she was gone.",
    "Heard the deputy left her last school after an investigation.",
    "There's a disciplinary against one of the teachers, my friend works in the office.",
    "Rumour is the head bumped up the Year 6 results before the inspection.",
    "The lunchtime supervisor keeps grabbing kids by the hood.",
    "If that lad in 5C hits my daughter again I want to know why.",
    "Her grandson says the coach touches the little ones on the head to make them listen.",
  ])
  func findsWrongsNamedSupervisionLapsesAndMalpractice(_ post: String) throws {
    #expect(try !allegations(post).isEmpty)
  }

  @Test(arguments: [
    "The Reception TA left my son at the farm when they got back on the coach.",
    "The coach driver for the swimming run is half cut most days, you can smell it on him.",
    "Our youngest says the dinner lady gave her a slap on the wrist for spilling water.",
    "They fiddled the waiting list so the governor's grandson got in first.",
  ])
  func findsNeglectDrinkAndBlows(_ post: String) throws {
    #expect(try !allegations(post).isEmpty)
  }

  @Test(arguments: [
    "That boy in 2C push my son every day in the line.",
    "The dinner lady twisted her wrist until she cried.",
    "Word is the kitchen staff have been taking the leftovers home.",
    "The PTA can't find the raffle money now, funny that.",
    "The coach made the slower kids do press ups in front of everyone.",
    "He got suspended for bringing a knife in.",
  ])
  func findsHabitualShovingTakingHomeAndHumiliation(_ post: String) throws {
    #expect(try !allegations(post).isEmpty)
  }

  @Test(arguments: [
    "Mrs Ade pushes my daughter in reading and she's flying.",
    "I can't find the money for the residential this year, any payment plans?",
    "I twisted my ankle at the school fun run 🙈",
    "Took the leftover cake home for the kids, thanks PTA!",
  ])
  func ignoresEncouragementAndTheAuthorsOwnTroubles(_ post: String) throws {
    #expect(try allegations(post).isEmpty)
  }

  @Test(arguments: [
    "Mr Cole only ever picks the boys for the quiz team, year after year.",
    "The drama teacher won't let boys try out for the dance show.",
    "The cover supervisor makes comments about the Polish kids' lunches.",
    "They've been shutting him in a store room when he's upset.",
    "Mrs Ray takes her snack away and doesn't give it back until home time.",
    "Breakfast club let them cross the main road on their own to the shop.",
    "The office let my son go home with a man they'd never met.",
    "The dinner ladies are bullied by the kitchen manager, ask anyone.",
  ])
  func findsTreatmentDescribedRatherThanNamed(_ post: String) throws {
    #expect(try !allegations(post).isEmpty)
  }

  @Test(arguments: [
    "I was bullied at school myself so the anti-bullying week assembly got me.",
    "Only picks the ripe ones, my fussy eater.",
    "The PE teacher won't let them play out in the rain, fair enough.",
    "Let them walk to the shop on their own for the first time today, proud mum moment.",
  ])
  func ignoresOwnPastChoicesAndParentsDecisions(_ post: String) throws {
    #expect(try allegations(post).isEmpty)
  }

  @Test(arguments: [
    "I left my phone in the toilets at the leisure centre again 🙈",
    "Gave him a push on the swings and he was giggling all afternoon.",
    "What a coincidence, I'm sure I saw you at the big Tesco too!",
  ])
  func ignoresOwnMishapsAndFriendlyCoincidences(_ post: String) throws {
    #expect(try allegations(post).isEmpty)
  }

  @Test(arguments: [
    "Somebody keyed three cars on Elm Road last night. That's criminal.",
    "It's anti-bullying week so odd socks on Monday!",
    "The kids did the writing for the class book themselves, it's lovely.",
    "Any child who touches the pond gets wet, it's not rocket science 😂",
    "My son is doing his SATs papers this week, fingers crossed.",
    "Not one member of staff missed the leavers' assembly, so touching.",
  ])
  func ignoresWrongWordsWithoutAnAccusedAct(_ post: String) throws {
    #expect(try allegations(post).isEmpty)
  }
}
