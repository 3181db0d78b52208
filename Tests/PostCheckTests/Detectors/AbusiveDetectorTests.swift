import PostCheck
import Testing

/// Abuse: insults and contempt aimed at a person or a group, harassment, and discriminatory language aimed at the
/// school community. Every sample was written for these tests.
@Suite struct AbusiveDetectorTests {
  let checker: Checker
  init() throws { checker = try Checker() }

  private func abuse(_ post: String) throws -> [Finding] {
    try checker.check(post).findings.filter { $0.category == .abusive }
  }

  @Test(arguments: [
    "⟦Mr Pritchard is an absolute knobhead⟧.",
    "⟦you lot are pathetic⟧",
    "⟦I can't stand her⟧.",
    "⟦Estate agents are scum⟧.",
    "⟦You make me sick⟧.",
    "⟦Only you could be so selfish⟧.",
    "⟦Those bankers make me sick⟧.",
    "nobody noticed and ⟦that lad is a horrible little brat⟧",
  ])
  func flagsAbuseWithSpans(_ sample: String) throws {
    let (post, expected) = marked(sample)
    #expect(try abuse(post).map(\.range.utf8) == expected)
  }

  @Test(arguments: [
    "The new lollipop man is a right miserable git.",
    "Everyone message her and tell her what we think of her.",
    "I detest you.",
    "Footballers are a waste of space.",
  ])
  func flagsAbuse(_ post: String) throws {
    #expect(try !abuse(post).isEmpty)
  }

  @Test("Hostility at a person or a non-protected group is abuse, not discrimination")
  func nonProtectedGroupIsNotDiscriminatory() throws {
    let report = try checker.check("Estate agents are scum.")
    #expect(report.findings.contains { $0.category == .abusive })
    #expect(!report.findings.contains { $0.category == .discriminatory })
  }

  @Test(arguments: [
    "this weather is shit", "this stupid printer", "I'm such an idiot", "you absolute legend",
    "I hate him being so upset after school", "Thank you Mrs Patel for a lovely trip!", "Scunthorpe",
    "our Muslim families celebrated Eid", "She's not a liar, she's just busy.",
  ])
  func ignoresUntargetedSelfAndObjects(_ post: String) throws {
    #expect(try abuse(post).isEmpty)
  }

  @Test("Discrimination aimed at the school community is abuse too; an area-wide generalisation is not")
  func targetedDiscrimination() throws {
    let school = try checker.check("The Roma parents at our school are all thieves.")
    #expect(school.findings.contains { $0.category == .discriminatory })
    #expect(school.findings.contains { $0.ruleID == "abusive.targeted-discrimination" })
    let nation = try checker.check("This country is overrun with immigrants.")
    #expect(nation.findings.contains { $0.category == .discriminatory })
    #expect(!nation.findings.contains { $0.category == .abusive })
  }

  @Test(arguments: [
    "Mrs Hale's new haircut 😂 did she lose a bet?",
    "the head's outfit today lol",
    "Mr Dunn looks about 12 and has the brains to match.",
    "Mr Bell couldn't organise a piss up in a brewery.",
    "Mrs Ahmed needs to get over herself.",
  ])
  func flagsMockery(_ post: String) throws {
    #expect(try abuse(post).contains { $0.tags.contains("mockery") })
  }

  @Test(arguments: [
    "Love Mrs Patel's new haircut 😍",
    "my daughter cut her own fringe last night, her new haircut 😂😂",
    "Reception are so loud at pick up, my youngest covers his ears every day 😂",
    "A fabulous birthday cake with the icing to match.",
    "Dear Madam, I am writing about the trip.",
    "I need to get over myself and just email the office.",
  ])
  func ignoresFondnessAndOwnFamily(_ post: String) throws {
    #expect(try abuse(post).isEmpty)
  }

  @Test("An insult noun in a sentence about someone counts however the sentence is built")
  func unframedInsults() throws {
    let findings = try abuse("Miss Roy from reception, the muppet, lost the forms again.")
    #expect(findings.contains { $0.ruleID == "abusive.unframed-insult" && $0.text == "muppet" })
    for post in [
      "I'm such a muppet, forgot the PE kit again.", "She's not an idiot, she's just busy.",
      "He told my son not to be an idiot.", "Watched a film about a muppet with the kids.",
    ] {
      #expect(try abuse(post).isEmpty, "\(post)")
    }
  }

  @Test("A mild dismissal takes the insult's severity")
  func mildSeverity() throws {
    let findings = try abuse("Jog on, Mrs Ellis.")
    #expect(!findings.isEmpty)
    #expect(findings.allSatisfy { $0.severity == .low })
  }
}

extension AbusiveDetectorTests {
  @Test(
    "Hostility at a group survives a postmodifier, a coordination or a relative clause",
    arguments: [
      "Estate agents who keep ringing me at work make me so angry.",
      "You and all the other landlords on this street make me sick.",
      "Cyclists in this town fill me with rage.",
      "The contempt I feel for traffic wardens is hard to describe.",
      "Only greedy bankers are that selfish.",
      "Those protesters should get the fuck out of our town.",
      "If it comes from him, it must be rubbish.",
    ])
  func flagsLongHostility(_ post: String) throws {
    #expect(try !abuse(post).isEmpty)
  }

  @Test(
    "Warmth, the speaker's own leaving and praise stay quiet",
    arguments: [
      "The dentists who treated my son make me so happy.", "The respect I have for nurses is huge.",
      "I need to get out of this town for a weekend.", "If it comes from the office, it must be important.",
    ])
  func ignoresWarmthAndLeaving(_ post: String) throws {
    #expect(try abuse(post).isEmpty)
  }

  @Test(
    "Shunning calls, year-group insults, mocking looks, dialect insults and othering contempt",
    arguments: [
      "Let's all ignore that new mum at the gate", "Everyone report Mr Daniels, he's a disgrace",
      "Year 4 are a bunch of feral little animals", "Did you see Mrs Green's hair today 😂😂",
      "Mr Hale looked like a wet weekend at the fair lol", "someone should teach that boy some manners",
      "that wee shite nicked his ball again", "Typical of that lot, never pay for anything",
      "what a clown that teacher is", "Mr Dean is a walking joke",
    ])
  func flagsShunningMockeryAndContempt(_ post: String) throws {
    #expect(try !abuse(post).isEmpty)
  }

  @Test(
    "Welcomes, admin requests, pretend play, compliments and ideas stay quiet",
    arguments: [
      "Let's all welcome the new mums at the gate", "Everyone email Mrs Patel your dinner choices by Friday",
      "My son has decided he's a Neanderthal and eats like one 🦴", "My daughter is pretending she's a cat again 😂",
      "Did you see Mrs Green's new haircut, gorgeous!", "Mr Hale looked like he was having a great time at the fair",
      "Year 6 are amazing, best leavers assembly ever", "Typical, it rains on sports day again",
      "what a star that teacher is", "He's a walking encyclopedia",
    ])
  func ignoresWelcomesPretendPlayAndCompliments(_ post: String) throws {
    #expect(try abuse(post).isEmpty)
  }

  @Test(
    "Named people called ambiguous names, looks mocked with laughter, exposure and exclusion calls",
    arguments: [
      "Mr Singh is a plank", "that head is a spineless coward", "the new TA is built like a fridge lol",
      "Mr Hayes' comb-over though 😂😂", "Has Mr Rees ever heard of deodorant? 🤢",
      "Post her pic so everyone knows what she looks like", "Screenshot her comments and send them round",
      "Everyone unfollow Lily's mum's page", "don't let your kids play with the Smith kids, scruffy lot",
    ])
  func flagsNamingMockingAndExposing(_ post: String) throws {
    #expect(try !abuse(post).isEmpty)
  }

  @Test(
    "Nativity parts, own children, school pages and certificates stay quiet",
    arguments: [
      "Mrs Cole is a star in the nativity", "The teacher is a snake charmer in the assembly play",
      "My son is built like a tank lol, eats everything", "His costume teeth though 😂 he loved them",
      "My son has finally discovered deodorant 😂", "Everyone follow the PTA page for updates",
      "Post her pic so everyone can see the lovely certificate", "Don't let your kids play near the pond at the park",
    ])
  func ignoresPartsOwnChildrenAndPages(_ post: String) throws {
    #expect(try abuse(post).isEmpty)
  }

  // MARK: - Mockery without insult words

  @Test(arguments: [
    "Has Mrs Blake never discovered a hairbrush?",
    "Does Mr Hollis own a comb? Asking for a friend.",
    "Does that receptionist look like a toad or is it just me?",
    "The new deputy head looks about twelve.",
    "Does his mum know he's out? The new head, I mean.",
    "Amazing, Mia's dad managed to stay sober at the summer fair.",
    "Someone should set up a page of the ridiculous comments Mrs Dunn makes.",
    "We all know how Miss Hart got that promotion.",
  ])
  func flagsMockeryWithoutInsultWords(_ post: String) throws {
    #expect(try !abuse(post).isEmpty, "\(post)")
  }

  @Test(arguments: [
    "Mrs Blake, has anyone handed in a hairbrush to lost property?",
    "My son's Halloween costume looks like a potato 😂 thanks Miss Green for the help.",
    "Mr Hollis says the cake looks like a toad, he's not wrong.",
    "The new deputy head starts at 8.",
    "I managed to stay sober at the quiz, Mrs Taylor will be proud.",
    "Miss Hart got that promotion because she's brilliant, well deserved.",
    "Can someone send me the page of reading activities Mrs Dunn mentioned?",
  ])
  func staysQuietOnMockeryLookalikes(_ post: String) throws {
    #expect(try abuse(post).isEmpty, "\(post)")
  }

  // MARK: - Body mockery, gloating, and exceptions inside longer abuse

  @Test(arguments: [
    "Have you seen Mrs Pike at sports day 😂 neck like a giraffe",
    "Mr Dunn's breath could knock out a horse, honestly.",
    "Someone get Mrs Carr a bigger chair 🤣",
    "Miss Kelly's little favourite failed his spelling test. Not so clever now is he",
    "Let's start a thread for all the stupid things Mr Poole says in assembly.",
    "that creep on the gate keeps staring at the mums.",
    "The deputy is a smug, jumped up little man.",
  ])
  func flagsBodyMockeryAndGloating(_ post: String) throws {
    #expect(try !abuse(post).isEmpty, "\(post)")
  }

  @Test(arguments: [
    "My toddler walking with legs like a baby giraffe 😂 so proud",
    "Mrs Pike's breath of fresh air approach to reading is working, thank you.",
    "Can the office get Mrs Carr a bigger chair for her bad back? She's asked twice.",
    "Jacob got a great reading score, so clever, well done to Mrs Lee's class.",
    "My stupid phone keeps dropping the school app, sorry Mr Poole.",
    "The frost creeps on the windows every morning at drop off, Mrs Hale.",
    "The deputy is a horrible few weeks from retiring, poor man, he looks shattered.",
  ])
  func staysQuietOnBodyMockeryLookalikes(_ post: String) throws {
    #expect(try abuse(post).isEmpty, "\(post)")
  }
}
