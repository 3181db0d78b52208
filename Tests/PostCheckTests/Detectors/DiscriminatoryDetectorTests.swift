import PostCheck
import Testing

/// The discriminatory detector's rule families, each with positives and hard negatives written for PostCheck.
@Suite struct DiscriminatoryDetectorTests {
  /// One checker for the suite: compiling the bundled lexicons is the slow part of a debug build.
  static let sharedChecker = Result { try Bundled.checker() }
  var checker: Checker { get throws { try Self.sharedChecker.get() } }

  func discriminatory(_ post: String) throws -> [Finding] {
    try checker.check(post).findings.filter { $0.category == .discriminatory }
  }

  // MARK: - Clause rule: a group and a derogation cue linked in one clause

  @Test(arguments: [
    "Honestly ⟦Polish people round here are all so disgusting⟧.",
    "⟦Muslims are nothing but cockroaches⟧.",
    "⟦I feel nothing but contempt for disabled people⟧.",
    "⟦Gay people make me sick⟧ and I don't care who knows it.",
    "⟦Refugees can all go fuck themselves⟧.",
  ])
  func flagsGroupAndCueInOneClause(_ sample: String) throws {
    let (post, expected) = marked(sample)
    #expect(try discriminatory(post).map(\.range.utf8) == expected)
  }

  @Test("Stereotype frames: a verdict on a group, an identity 'rammed down throats', the others as 'normal'")
  func stereotypeFrames() throws {
    for post in [
      "Typical Romanian, parking across the whole gate again.",
      "Sick of this LGBT stuff being rammed down our kids' throats.",
      "The SEN kids get all the help while the normal ones are left to it.",
      "Boys are naturally worse at reading, no point pushing him.",
    ] {
      #expect(try !discriminatory(post).isEmpty, "\(post)")
    }
    for post in [
      "Typical British weather for sports day!", "Typical Italian food at the international evening, delicious.",
      "Homework being rammed down our kids' throats every night.", "My daughter is worse at maths than her brother.",
    ] {
      #expect(try discriminatory(post).isEmpty, "\(post)")
    }
  }

  @Test("'Too many X here/now' treats a group as an excess; a disparity or a class size is no such claim")
  func groupAsExcess() throws {
    #expect(try !discriminatory("Far too many foreign families round here now.").isEmpty)
    for post in [
      "Too many black pupils are being excluded and it has to change.",
      "There are too many kids in the class for one teacher.",
    ] {
      #expect(try discriminatory(post).isEmpty, "\(post)")
    }
  }

  @Test("A same-sex couple's affection condemned is homophobic; the couple themselves are no cue")
  func sameSexDisplay() throws {
    let condemned = try discriminatory(
      "The two dads from Year 1 kissing at the gate in front of everyone is disgusting.")
    #expect(condemned.contains { $0.tags.contains("target=sexual_orientation") })
    for post in [
      "The two mums who run the PTA stall were lovely.", "Two dads holding hands at the gate, so lovely to see.",
      "The two mums at the gate were kissing their kids goodbye, disgusting weather though.",
      "My son has two dads and they are the kindest people.",
    ] {
      #expect(try discriminatory(post).isEmpty, "\(post)")
    }
  }

  @Test(arguments: [
    "Muslim families face vile abuse online and it has to stop.",
    "Black pupils are disproportionately excluded, which is a disgrace.",
    "Our Muslim families celebrated Eid together and the food was amazing.",
    "I love how inclusive this school is for trans kids.",
    "The kids killed it at sports day!",
    "Thank you Mrs Patel for a lovely trip.",
    "Scunthorpe",
  ])
  func ignoresNeutralAndPositiveMentions(_ post: String) throws {
    #expect(try discriminatory(post).isEmpty)
  }

  @Test("Veiled generalisations: unfit-for-care claims, conspiracy whistles and 'that lot' once identity is raised")
  func veiledGeneralisations() throws {
    for post in [
      "Men shouldn't be caring for babies, simple as.",
      "Look who sits on the board from that mosque, we all know who really controls things.",
      "They skipped the trip because of their faith. Typical of that lot.",
    ] {
      #expect(try !discriminatory(post).isEmpty, "\(post)")
    }
    for post in [
      "We all know who really runs things: the PTA treasurer.",
      "Typical of that lot in the office to lose the forms again.",
      "Dads should be looking after the kids more, it isn't just a mum's job.",
    ] {
      #expect(try discriminatory(post).isEmpty, "\(post)")
    }
  }

  @Test("A job title or one person described is no generalisation about a sex")
  func jobTitlesAndSinglePeople() throws {
    for post in [
      "The dinner ladies got caught smoking behind the kitchen.", "One of the lollipop men got caught speeding.",
      "That woman on reception is so rude to everyone.",
      "Honestly, stupid man, he parked across my drive.",
    ] {
      #expect(try discriminatory(post).isEmpty, "\(post)")
    }
    #expect(try !discriminatory("Women are so rude to each other at the gate.").isEmpty)
  }

  // MARK: - Negation by parity

  @Test(arguments: [
    "⟦Travellers are never any good at anything⟧.",
    "⟦Disabled people don't deserve to live⟧.",
    "⟦Immigrants are not welcome here⟧.",
  ])
  func flagsNegatedPositives(_ sample: String) throws {
    let (post, expected) = marked(sample)
    #expect(try discriminatory(post).map(\.range.utf8) == expected)
  }

  @Test(arguments: [
    "Gay people are not disgusting.",
    "I don't hate Muslims, whatever my cousin says.",
    "Jewish families are the very opposite of greedy.",
    "We must not let refugees suffer.",
  ])
  func ignoresNegatedHate(_ post: String) throws {
    #expect(try discriminatory(post).isEmpty)
  }

  // MARK: - Reference across clauses and sentences

  @Test(arguments: [
    "I met some Romanians at the market yesterday. ⟦They are vermin⟧.",
    "Refugees like you should stop moaning. ⟦You deserve to suffer⟧.",
    "⟦They're all thieves⟧, the Roma, every last one.",
  ])
  func flagsPronounsReferringToAGroup(_ sample: String) throws {
    let (post, expected) = marked(sample)
    #expect(try discriminatory(post).map(\.range.utf8) == expected)
  }

  @Test(arguments: [
    "Lovely assembly about Diwali from our Hindu families. You were all amazing.",
    "If you hate gay people, you are a bigot.",
    "We had two Polish dads help at the fair. They were brilliant.",
  ])
  func ignoresPronounsWithoutAGroupAntecedent(_ post: String) throws {
    #expect(try discriminatory(post).isEmpty)
  }

  // MARK: - Questions

  @Test(arguments: [
    "Why are Muslims so violent?",
    "Isn't it obvious that I despise immigrants?",
    "What is wrong with saying that gay people are perverts?",
  ])
  func flagsHatefulQuestions(_ post: String) throws {
    #expect(try !discriminatory(post).isEmpty)
  }

  @Test(arguments: [
    "Why would anyone say that Muslims are violent?",
    "How can people call disabled kids vermin and sleep at night?",
  ])
  func ignoresQuestionsThatChallengeHate(_ post: String) throws {
    #expect(try discriminatory(post).isEmpty)
  }

  // MARK: - Counter-speech and mentions

  @Test(arguments: [
    "Calling Pakistani people vermin is disgusting and has no place at our school.",
    "Someone wrote \"immigrants are parasites\" on the fence. I have reported it to the police.",
    "It hurts to see people saying trans kids are freaks.",
    "Threatening to kill all Muslims will get you arrested.",
  ])
  func ignoresCounterSpeech(_ post: String) throws {
    #expect(try discriminatory(post).isEmpty)
  }

  // MARK: - Sex nouns: generalisations, not particular people

  @Test(arguments: ["Women are useless at everything.", "I can't stand women.", "Women belong in a zoo."])
  func flagsGeneralisationsAboutSex(_ post: String) throws {
    #expect(try !discriminatory(post).isEmpty)
  }

  @Test(arguments: [
    "The girls were filthy after forest school!",
    "Our boys were useless in the first half but came back to win.",
    "My two girls are so annoying this morning.",
  ])
  func ignoresParticularGirlsAndBoys(_ post: String) throws {
    #expect(try discriminatory(post).isEmpty)
  }

  // MARK: - Harm calls, comparisons, aversion

  @Test(arguments: [
    "⟦I'm going to shoot the next immigrant⟧ I see.",
    "⟦Beating up gay people should be legal⟧.",
    "⟦Disabled people should be put down⟧.",
    "⟦My hamster is smarter than any Muslim⟧.",
    "I'd ⟦rather eat glass than sit next to a Jew⟧.",
  ])
  func flagsHarmComparisonsAndAversion(_ sample: String) throws {
    let (post, expected) = marked(sample)
    #expect(try discriminatory(post).map(\.range.utf8) == expected)
  }

  @Test(arguments: [
    "Three Muslims were killed in the attack, which is heartbreaking.",
    "My dog is smarter than my brother.",
    "I'd rather die than miss Eid with my Muslim friends.",
    "Beating up gay people should never be legal.",
  ])
  func ignoresHarmNewsAndOrdinaryComparisons(_ post: String) throws {
    #expect(try discriminatory(post).isEmpty)
  }

  // MARK: - Slurs

  @Test(arguments: ["Wouldn't trust a w*g with the school budget.", "Not having a tr4nny teach my son PE."])
  func negationDoesNotCancelASlur(_ post: String) throws {
    #expect(try !discriminatory(post).isEmpty)
  }

  @Test func aLabelledReclaimableSlurIsNotReclaimed() throws {
    #expect(try !discriminatory("Apparently a pair of dykes are teaching PSHE now.").isEmpty)
    #expect(try discriminatory("I'm a dyke and proud of it.").isEmpty)
  }

  @Test func findingsNameTheCharacteristic() throws {
    let finding = try #require(try discriminatory("Muslims are vermin.").first)
    #expect(finding.tags.contains("target=religion"))
    #expect(!finding.message.contains("vermin"))
  }

  // MARK: - Veiled derogation without slurs

  @Test(arguments: [
    "Since the Somali families came in, this school has gone right downhill.",
    "Bet the Hindu mums got their way on the menu again.",
    "The Catholic lot will expect a discount on the trip, watch.",
    "Girls just hold the boys back in PE, always have.",
    "Women can't park, simple as.",
    "Gypsies have set up on the field again so lock your cars, everyone.",
    "Allowing lads in skirts into the ladies' loos is madness.",
    "They can call it what they like, a man is still a man.",
    "Mr Dale says his pronouns are they/them. It's a man.",
    "The new pronoun policy is attention seeking nonsense.",
    "Keep that trans stuff away from our children.",
    "Our form tutor is a bit... light on his feet if you get my drift.",
    "Word is the new PE teacher bats for the other team.",
    "Can anyone understand Mrs Kaur through that thick accent?",
    "Why can't the school just employ British teachers?",
    "Mr Fenwick should have retired years ago.",
    "Miss Platt's been put out to pasture and about time, the old fossil.",
    "Autism is just an excuse for bad behaviour.",
    "Half the class has a dyslexia label now. When I was young it was called laziness.",
  ])
  func flagsVeiledDerogation(_ post: String) throws {
    #expect(try !discriminatory(post).isEmpty, "\(post)")
  }

  @Test(arguments: [
    "Since the Syrian families arrived the PTA has doubled in size, brilliant.",
    "The Hindu mums brought amazing food to the Diwali evening.",
    "The Jewish families asked the school to move sports day off Yom Kippur and it did.",
    "The girls held their own against the boys in the final.",
    "Lock your cars at pick-up, someone's been trying door handles.",
    "Our Muslim families celebrated Eid with the whole class this week.",
    "The boys in dresses for the panto were hilarious, well done Year 6.",
    "My son's teacher uses they/them pronouns and he's fine with it.",
    "My toddler's tantrums are pure attention seeking at the moment.",
    "Keep that junk food away from our children at the fair please.",
    "He's very light on his feet for a goalkeeper.",
    "I love Mr Osei's accent, the kids understand him perfectly.",
    "Why can't the school get more English teachers for the GCSE groups?",
    "The old climbing frame should be put out to pasture.",
    "Mrs Reid retired last year after thirty brilliant years.",
    "My son's ADHD is not bad parenting and his teacher knows it.",
    "There must be about 100 kids at the disco tonight.",
    "Someone called my son a word I won't repeat. It's a word that hurts people and I've told the school.",
  ])
  func staysQuietOnVeiledDerogationLookalikes(_ post: String) throws {
    #expect(try discriminatory(post).isEmpty, "\(post)")
  }

  // MARK: - Tropes, unnatural, identity emoji, scare quotes

  @Test(arguments: [
    "The new treasurer is Chinese. We all know how they are with money.",
    "Of course the Jewish landlord put the hall rent up, they just can't help themselves eh",
    "Trip to the mosque next week. Are they learning how to make explosives as well?",
    "So the new deputy is a woman, expect hormonal emails every few weeks.",
    "Women don't understand the offside rule and never will.",
    "Two mums running the bake sale? Sorry but it isn't natural.",
    "All this gay stuff being forced on our kids in Reception.",
    "The supply teacher 🏳️‍🌈🤢",
    "The 'dyslexic' kids in that set are just skivers.",
  ])
  func flagsTropesAndVeiledSexualityDerogation(_ post: String) throws {
    #expect(try !discriminatory(post).isEmpty, "\(post)")
  }

  @Test(arguments: [
    "The new treasurer is Chinese and she's brilliant with the accounts.",
    "The kids can't help themselves around the cake stall, can they 😂",
    "Year 5 made bath bombs for the Christmas fair, the mosque bought a box of them.",
    "My hormonal teenager slammed the door again; the new head is a woman and she's lovely.",
    "The girls don't understand why the match was called off either.",
    "It's not natural for kids to sit still all day, gay or straight, they need to run about.",
    "Pride week flags up in the hall 🏳️‍🌈😍",
    "Homework being forced on Reception kids is too much, my son is four.",
    "The teacher said \"the dyslexic kids are lazy\" and she was rightly suspended.",
  ])
  func staysQuietOnTropeLookalikes(_ post: String) throws {
    #expect(try discriminatory(post).isEmpty, "\(post)")
  }
}
