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
    "The way the deputy spoke to my daughter yesterday was out of order.",
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
    "I'm gutted I missed the Year 2 assembly, I was stuck at work.",
    "The toilet by the school hall is out of order, just so people know.",
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

  @Test(arguments: [
    "@AcmeHelp my order never arrived.",
    "@AcmeBank you've charged me twice for the same jacket.",
    "@AcmeBroadband no internet since yesterday morning.",
    "@AcmeHelp I've been passed between four departments today.",
    "@AcmeMobile I'm unable to log in to my account.",
    "@AcmeShop the parcel was supposed to be here on Friday.",
    "@AcmeShop it's been two weeks since I ordered and still nothing.",
    "@AcmeShop you sent me the wrong size.",
    "@AcmeTech restarting it hasn't helped.",
    "@AcmeShop the kettle arrived dented and the lid fell off.",
    "@AcmeHelp please reply to my email.",
    "@AcmeRail cancelled again, for the third time this month.",
    "@AcmeHelp I shouldn't have to chase this every week.",
    "@AcmeShop you've just lost a customer.",
    "@AcmeShop never ordering from you again.",
  ])
  func flagsServiceFailuresStatedAsBareFacts(_ post: String) throws {
    #expect(try !complaints(post).isEmpty)
  }

  @Test(arguments: [
    "@AcmeHelp when will this be fixed?",
    "@AcmeShop where is my order?",
    "@AcmeHelp is this your idea of customer service?",
    "@AcmeHelp how can you charge for a broken product?",
    "@AcmeRail thanks for ignoring every email I've sent.",
    "@AcmeRail thanks for leaving us stranded at the station all evening.",
  ])
  func flagsQuestionsThatPresupposeAFailureAndSarcasticThanks(_ post: String) throws {
    #expect(try !complaints(post).isEmpty)
  }

  @Test(arguments: [
    "The school minibus never turned up again.",
    "We were promised a meeting with the head but it was cancelled for the third time.",
    "I was charged twice for the school trip deposit and the office can't explain why.",
    "The school app has stopped working and nobody can tell me why.",
    "We are yet to hear back from the school about the bullying.",
    "Is anyone else getting fed up with the homework?",
  ])
  func flagsServiceFailuresAboutTheSchool(_ post: String) throws {
    #expect(try !complaints(post).isEmpty)
  }

  @Test(arguments: [
    "@AcmeShop do you have this in blue?",
    "@AcmeShop the parcel arrived this morning, thank you!",
    "@AcmeRail is the 8.15 running today?",
    "@AcmeHelp I'm not having the same problem any more, thanks for the help.",
    "@AcmeHelp anyone having trouble with the new update?",
    "@jo_smith keep working hard, you'll smash it!",
    "@jo_smith I couldn't do it without you, thanks for not giving up on me.",
    "My phone keeps crashing, time for a new one.",
    "I was charged twice at the cafe, my own fault for tapping the card.",
    "The coach will be back at 4pm, it's running 20 minutes late so pick up will be 4.20.",
    "Our class teacher has been waiting two weeks for the new books, the children are so excited.",
  ])
  func ignoresServiceWordsInNeutralPosts(_ post: String) throws {
    #expect(try complaints(post).isEmpty)
  }

  @Test(arguments: [
    "@AcmeRail #TrainFail again this morning",
    "@AcmeShop two weeks for a reply #NotImpressed",
    "@AcmeShop my laptop overheats every evening.",
    "@AcmeMail all my saved emails have disappeared.",
    "@AcmeTech is it normal for the fan to make this noise?",
    "@AcmeHelp are you aware of the outage in the north?",
    "@AcmeShop please stop sending me texts every morning.",
    "@AcmeRail please clean the toilets on this train.",
    "@AcmeShop my refund should have arrived by now.",
    "@AcmeRail gotta love being on hold all afternoon.",
    "@AcmeShop you lost my parcel.",
    "@AcmeEnergy the power has been out since lunchtime.",
    "@AcmeShop look what arrived this morning.",
    "@AcmeHelp it was working fine yesterday.",
    "@AcmeShop the box was only half full.",
  ])
  func flagsProblemsReportedWithoutAnEvaluativeWord(_ post: String) throws {
    #expect(try !complaints(post).isEmpty)
  }

  @Test(arguments: [
    "We should have been told by the school about the closure before the day itself.",
    "They lost my son's coat again and the school office doesn't care.",
    "Heads up, the office has ignored my emails for three weeks.",
    "Drop off was chaos again, nobody on the gate and kids running into the road.",
    "We had no heads up that the school gate would be locked.",
  ])
  func flagsBreachesAndGrievancesAboutTheSchool(_ post: String) throws {
    #expect(try !complaints(post).isEmpty)
  }

  @Test(arguments: [
    "@jo_smith that's why you two get on so well haha",
    "@AcmeShop please don't ever stop making these biscuits!",
    "@jo_smith I should have called you earlier, sorry!",
    "@AcmeRail is it safe to travel to the coast tomorrow?",
    "@jo_smith I'm not working tomorrow so let's meet for coffee.",
    "@jo_smith great race today #NeverGiveUp #TeamWork",
    "@AcmeShop can you explain how to set up the printer?",
  ])
  func ignoresLookalikesOfProblemReports(_ post: String) throws {
    #expect(try complaints(post).isEmpty)
  }

  @Test(arguments: [
    "Just a heads up that the car park gate is stuck again, go in by the side entrance",
    "FYI the side gate is locked today, please use the main entrance.",
    "Drop off was chaos today, the traffic on Church Road was backed up to the roundabout",
    "Pick up was a nightmare with all the roadworks on the high street.",
  ])
  func ignoresNoticesAndChaosFromTraffic(_ post: String) throws {
    #expect(try complaints(post).isEmpty)
  }

  @Test(arguments: [
    "Training day on a Friday before half term. Complete shambles.",
    "Parents evening slots all gone in ten minutes. Not acceptable",
    "Non uniform day yet again this month 🙄",
    "The school trip letter says bring a packed lunch. I'm at my wits end with this school.",
    "Cancelled the after school club and the school told us nothing.",
    "Nobody from school told us the swimming lessons had stopped.",
    "Had to find out from another parent that the teacher had left.",
    "Not a single email from the school about the flooding in the hall.",
    "Four different class teachers since Easter and it's only June.",
    "Homework books haven't been marked for weeks.",
    "How that teacher ever qualified I'll never know.",
    "Typical of the office.",
    "If the school won't deal with the bullying then I will.",
    "Kept in at lunchtime for forgetting his water bottle, the rules are out of hand.",
    "My emails to the head just fall on deaf ears.",
    "Funny how the school always finds money for new signs.",
    "And then the school wonders why attendance is down.",
    "The homework club was cancelled with no notice again.",
    "Love how the school app sends the reminder after the event has finished 🙄",
    "Love how the uniform shop is closed all summer but open on the first day back 😂",
  ])
  func flagsExasperationAndDisorganisationAboutTheSchool(_ post: String) throws {
    #expect(try !complaints(post).isEmpty)
  }

  @Test(arguments: [
    "Thank you so much for the lovely sports day, the kids had a blast!",
    "Love how the teachers made the nativity so special this year 😂 my son is still singing",
    "Reminder: inset day on Monday, school reopens Tuesday.",
    "Non uniform day again on Friday, £1 donation for the charity 👕",
    "Typical of Mrs Patel to remember every child's birthday ❤️",
    "He's useless at remembering his PE kit 😂 any tips?",
    "Not a word to anyone about the surprise for the teacher's leaving do!",
    "You've got to love how excited they get for the school disco",
    "Has the school said anything about the trip money yet?",
    "My son got a detention for being rude to his friend, fair enough.",
    "We found out from the kids that sports day was a success, they loved it!",
    "The SATs results have gone up, well done Year 6!",
    "Last minute costume for world book day sorted, thank goodness for the dressing up box",
    "Nit letter has come home again 🙃 combs at the ready",
  ])
  func ignoresPraiseNoticesAndPoliteQuestionsAboutSchoolEvents(_ post: String) throws {
    #expect(try complaints(post).isEmpty)
  }

  @Test(arguments: [
    "Since when is it ok for a school to keep a child in at every playtime?",
    "Apparently the children can no longer bring a snack into school. Since when?",
    "Can someone explain why the school trip costs more than a family day out?",
    "So we're expected to find a Victorian costume for the school play by Monday?",
    "The school has completely failed my daughter this year.",
    "Honestly the school gets worse every term.",
    "The head clearly has no idea what happens at lunchtime.",
    "They'd rather spend money on a new logo than on the school toilets.",
    "Year 5 have had supply teachers all term.",
    "No one at school noticed that she'd been crying all afternoon.",
    "Does anyone at the school actually read the emails we send?",
  ])
  func flagsRhetoricalChallengesAndNeglectAboutTheSchool(_ post: String) throws {
    #expect(try !complaints(post).isEmpty)
  }

  @Test(arguments: [
    "We're expected to arrive by 9 for the class assembly.",
    "Can someone explain how the lunch booking system works?",
    "Another week, another brilliant class assembly, well done Year 1!",
    "Nobody noticed my new haircut at the school gate 😂",
    "The school really let the kids shine at the concert.",
    "Since when did my baby get so tall? First day of Year 3 tomorrow!",
  ])
  func ignoresQuestionsAndPraiseThatShareTheirFrames(_ post: String) throws {
    #expect(try complaints(post).isEmpty)
  }

  @Test(arguments: [
    "The new reading scheme. Felt a bit pointless tbh.",
    "Two hours of homework for a seven year old, it's silly.",
    "Sports day moved to a Tuesday morning. An email first would have been nice.",
    "Swimming has been cancelled. Would've been nice to tell parents before the kids got there.",
    "The office could at least have told us the trip was off.",
    "Forty slides on the new logo and one line on the broken heating. Priorities eh.",
    "Nothing against the new head but the pick up system is worse than ever.",
    "Do the teachers even read the reading diaries?",
    "When are the kids meant to play if the homework takes all evening?",
    "Another non uniform day, another £2. Some of us have three at this school.",
    "Rant over, but the school car park is dangerous at 3pm.",
  ])
  func flagsStanceWithoutAComplaintPhrase(_ post: String) throws {
    #expect(try !complaints(post).isEmpty)
  }

  @Test(arguments: [
    "Lovely staff but communication needs work, we hear about everything the night before.",
    "Why school not send the letter about the trip? Nobody know the date.",
    "I'll be having words with the school about the state of the playground.",
    "Could the office please stop texting at 10pm?",
    "The homework this week was way too hard for Year 1.",
    "School dinners are honking this term, he comes home starving.",
    "Four pounds for a cupcake at the school fair is steep.",
  ])
  func flagsPoliteDialectAndEALComplaints(_ post: String) throws {
    #expect(try !complaints(post).isEmpty)
  }

  @Test(arguments: [
    "Sports day felt chaotic from start to finish.",
    "The new reading books for Year 2 look dreadful.",
  ])
  func anEvaluationSaidOfASchoolSubjectIsEnough(_ post: String) throws {
    #expect(try !complaints(post).isEmpty)
  }

  @Test(arguments: [
    "Year 3 did daft voices all through the school play 😂",
    "He came home from school full of it, best trip ever.",
    "Some shocking dance moves at the school disco from the dads.",
  ])
  func ignoresEvaluationsThatModifyANounOrPraise(_ post: String) throws {
    #expect(try complaints(post).isEmpty)
  }

  @Test(arguments: [
    "School dinners going from £2.40 to £3 after Easter, with a week's notice.",
    "£15 for a PE bag with the school badge on it.",
    "Would it kill the school to put the dates on the website?",
    "The parking at school is a nightmare, a one-way system wouldn't break the bank.",
    "Is there any point emailing the school? Third time asking.",
    "Half the class kept in at school because of one child. How exactly does that help anyone?",
    "Hope the new homework policy gets reconsidered.",
    "Sorry to complain, I know everybody's doing their best, but the school gate queue is long.",
    "Found out the school play had moved from my eight year old, again.",
  ])
  func flagsPricesRhetoricalDemandsAndHedgedGrievances(_ post: String) throws {
    #expect(try !complaints(post).isEmpty)
  }

  @Test(arguments: [
    "Brilliant, no rain for sports day at school tomorrow!",
    "Went up to the school office to drop off his inhaler.",
    "Same teacher as last year for Year 3, he's thrilled.",
    "Such a shame Mrs Lee is leaving the school, she'll be missed.",
  ])
  func ignoresPraiseErrandsAndSympathy(_ post: String) throws {
    #expect(try complaints(post).isEmpty)
  }

  @Test(arguments: [
    "It's too late to sign up for the trip now, I'll ask next year.",
    "Please stop sending me cat videos at midnight 😂",
    "The state of my kitchen after bake sale prep 😂",
    "Having words with my son about his bedroom again.",
  ])
  func ignoresTheSameWordsAboutHomeLife(_ post: String) throws {
    #expect(try complaints(post).isEmpty)
  }

  @Test(arguments: [
    "Yet again no letter about the trip and the payment closes tomorrow 🙄",
    "The homework club has been cancelled again, not one word from the office.",
    "Why on earth are the class photos £18 each this year?",
  ])
  func addsUpWeakCuesInASentenceAboutTheSchool(_ post: String) throws {
    let findings = try complaints(post)
    #expect(findings.contains { $0.ruleID.hasPrefix("complaint.") })
  }

  @Test(arguments: [
    "It's silly o'clock and the baby is still awake 😩",
    "Poor little Ted in Year 1 still has his cast on, bless him.",
    "is it PE tomorrow?? my daughter says yes but she also said it was Christmas 🙄",
    "His mum's fuming apparently, the school photos came out lovely though.",
    "Thank you to the office for sorting the trip money again, lifesavers ❤️",
    "The kids said the play was too much fun, can't fault the teachers.",
    "Would have been nice to see the sun at sports day but the kids loved it.",
    "Why is the trip £5, is that for the coach?",
  ])
  func ignoresBanterSympathyAndPraiseWithNegativeWords(_ post: String) throws {
    #expect(try complaints(post).isEmpty)
  }
}
