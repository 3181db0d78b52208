import PostCheck
import Testing

/// Threats: direct, conditional, veiled, incitement and threats against groups, and the code rules on top of the
/// patterns (negation, reported speech, cues, family banter). Every sample was written for these tests.
@Suite struct ThreatDetectorTests {
  let checker: Checker
  init() throws { checker = try Checker() }

  private func threats(_ post: String) throws -> [Finding] {
    try checker.check(post).findings.filter { $0.category == .threat }
  }

  @Test(arguments: [
    "If that lad lays a finger on my daughter again ⟦I'll break his nose⟧.",
    "Mrs Finch ⟦better watch her back⟧.",
    "not gonna lie ⟦I'll batter that man⟧ if he parks there again",
    "⟦I want to wipe out all traffic wardens⟧.",
    "⟦Death to all landlords⟧.",
  ])
  func flagsThreatsWithSpans(_ sample: String) throws {
    let (post, expected) = marked(sample)
    #expect(try threats(post).map(\.range.utf8) == expected)
  }

  @Test(arguments: [
    "I'm going to batter that new caretaker if he shouts at my girl again.",
    "We know where the deputy head parks. Mark my words.",
    "Someone should give that dinner lady a good slap.",
    "All the Polish families should be shot.",
    "You'll regret this, Mr Dean. Mark my words 👊",
    "The world would be better off without people like you.",
    "Hanging those bankers should be legal.",
    "I hope someone stabs him.",
    "Touch my son again and I'll sort him out myself.",
    "Mr Quayle wants to watch himself at pick-up.",
    "The lollipop man is lucky I didn't go round there last night.",
    "If anyone lays a finger on my kids they'll answer to me.",
    "Someone needs to teach that lad a lesson he won't forget.",
    "Keep pushing me Mrs Grant and see where it gets you.",
    "That dinner lady wants sorting out.",
    "Next time she shouts at my son I'm going in there and she'll regret it.",
  ])
  func flagsThreats(_ post: String) throws {
    #expect(try !threats(post).isEmpty)
  }

  @Test(arguments: [
    "The kids killed it at sports day!",
    "I could murder a bacon butty.",
    "This homework is killing me.",
    "Signed him up for boxing club and shooting practice.",
    "We did the Battle of Hastings in history today.",
    "Scunthorpe",
    "Thank you Mrs Patel for a lovely trip!",
    "The kids want to watch themselves on the ice rink.",
    "Lucky I didn't go in there, the queue was massive.",
    "I'll deal with it myself, no need to ring the office.",
    "The sunflowers should die back over winter.",
    "The car park needs sorting out.",
    "Mrs Hall taught them a lesson on fractions they won't forget.",
    "Next time she's in, ask her about the trip.",
  ])
  func ignoresIdiomsAndSport(_ post: String) throws {
    #expect(try threats(post).isEmpty)
  }

  @Test(
    "Negated intent is not a threat",
    arguments: [
      "I would never hurt that teacher, I'm just upset.", "I won't punch him, don't worry.",
    ])
  func ignoresNegatedIntent(_ post: String) throws {
    #expect(try threats(post).isEmpty)
  }

  @Test(
    "Reported or quoted words and past violence are allegations, not the author's threat",
    arguments: [
      "He told my son 'I'll punch you' at break time.",
      "He punched my son in the playground.",
      "Apparently that boy said he's going to stab him.",
    ])
  func ignoresReportedSpeech(_ post: String) throws {
    #expect(try threats(post).isEmpty)
  }

  @Test("A phrase that needs a cue counts only with one")
  func needsCue() throws {
    #expect(try threats("You'll regret it if you miss the school disco!").isEmpty)
    #expect(try !threats("You'll regret it. Don't test me.").isEmpty)
  }

  @Test("Hyperbole about the author's own family with laughter is banter")
  func familyBanter() throws {
    #expect(try threats("My husband forgot the PE kit again 😂 I'm going to murder him").isEmpty)
    #expect(try !threats("The PE teacher forgot the kit again 😂 I'm going to murder him").isEmpty)
  }
}

extension ThreatDetectorTests {
  @Test("An open slot must hold a name: 'I'll punch Kevin' is a threat, 'I'll punch in the code' is not")
  func openSlotNeedsName() throws {
    #expect(try !threats("Tomorrow I'll punch Kevin").isEmpty)
    #expect(try threats("Tomorrow I'll punch in the code").isEmpty)
  }
}

extension ThreatDetectorTests {
  @Test(
    "Commands and requests to hurt a person open their sentence",
    arguments: [
      "⟦Slap him⟧.",
      "That lollipop man again. ⟦Someone please lamp him⟧!",
      "⟦Can somebody just thump her⟧?",
      "If he does it again, ⟦kick him in the shins⟧.",
      "⟦Give that caretaker a slap⟧.",
      "⟦Just beat him senseless⟧.",
      "⟦Smack the living daylights out of⟧ that lad.",
      "⟦Strangle the lying cow⟧!",
    ])
  func flagsCommands(_ sample: String) throws {
    let (post, expected) = marked(sample)
    #expect(try threats(post).map(\.range.utf8) == expected)
  }

  @Test(
    "A report, a possessive 'her' or a phrasal idiom is not a command to hurt",
    arguments: [
      "He shoved my son, hit him and walked off.", "The older boy hit him at break.",
      "Hang her coat on the peg please.", "Hit him up if you want a lift to the match.",
      "Shoot her a text about the cake sale.", "Beat him at chess, he was thrilled.",
      "Kick him out of the class chat.", "Burn them onto a disc for the grandparents.",
      "Beat the traffic and come early.", "Give the dinner ladies a thank-you card.",
      "Punch in the door code at the side gate.", "Someone hit her at lunchtime and nobody saw.",
    ])
  func ignoresReportsAndIdiomaticCommands(_ post: String) throws {
    #expect(try threats(post).isEmpty)
  }

  @Test(
    "Wished, endorsed and counterfactual harm",
    arguments: [
      "I really hope that useless head gets knocked over.", "I wish someone would finally thump him.",
      "I want that man to suffer.", "The new deputy needs to hang.", "Let them starve.",
      "That supply teacher deserves a bullet.", "The caretaker needs battered.", "It's fine to slap a bully.",
      "I'd have thumped him.", "He should be dragged outside and kicked.",
    ])
  func flagsWishes(_ post: String) throws {
    #expect(try !threats(post).isEmpty)
  }

  @Test(
    "Worry, recovery, other meanings of the verbs and negation stay quiet",
    arguments: [
      "I hope the girl who got hurt in the hall is feeling better.", "I hope nobody got hurt on the trip.",
      "I want them to burn off some energy at the park.", "The plants need to die back before spring.",
      "Let them suffer the consequences of missing homework.", "It's fine to hit the snooze button once.",
      "I would have hit the brakes too.", "I would never have slapped her.", "I hope they smash the quiz!",
      "He needs to hang up his coat.",
    ])
  func ignoresOrdinaryWishes(_ post: String) throws {
    #expect(try threats(post).isEmpty)
  }

  @Test(
    "Veiled, conditional, dialect and incited threats of the school gate",
    arguments: [
      "I'll have a quiet word with him after pickup 👊",
      "Next parent who parks across my drive is getting a slap, not joking",
      "If I catch you near my son again you'll find out what happens",
      "If the head won't deal with that boy then I will. He won't like how I do it.",
      "Who's coming with me to sort out that family on Elm Road?", "I've told my son to hit him back harder next time",
      "If he pushes you again, hit him back.", "Praying the woman who keyed my car trips over and breaks her neck",
      "see if he touches her again am gonnae batter him", "I'd love five minutes alone with him",
      "I'll knock his teeth down his throat",
      "he'd better not show his face at pickup",
    ])
  func flagsVeiledConditionalAndIncitedThreats(_ post: String) throws {
    #expect(try !threats(post).isEmpty)
  }

  @Test(
    "A word with a teacher, campaigns, first aid and good-luck wishes stay quiet",
    arguments: [
      "I'll have a quiet word with his teacher about the reading books",
      "The next person who finds a blue lunchbox, please hand it in",
      "Come to the fair and you'll find out what happens to the raffle money!",
      "If the council won't fix the crossing, we will campaign until they do.",
      "Come with me to sort out the cake stall at 3",
      "I've told my son not to hit back and to tell a teacher", "I hope nobody gets hurt on the new climbing frame",
      "Kids who fall off the monkey bars and break something get first aid", "Good luck tonight Maya, break a leg!",
      "He's getting a belt for his birthday, he asked for one",
      "I had five minutes alone with the head to talk about reading",
      "I'll be having words with the council about the bins", "I'll pull her hair into a bun",
    ])
  func ignoresOrdinaryWordsAndWishes(_ post: String) throws {
    #expect(try threats(post).isEmpty)
  }

  @Test(
    "Hoping not to meet someone, visits from the author, 'if he wasn't a kid' and wrung necks",
    arguments: [
      "she'd better hope I don't see her at the gates", "that boy's dad will be getting a visit from me",
      "I'll ring his neck", "if he wasn't a kid I'd have flattened him",
      "He wants to hope I don't catch him on his own",
      "Don't make me come down there, Mr Hill 😡",
    ])
  func flagsVeiledConsequences(_ post: String) throws {
    #expect(try !threats(post).isEmpty)
  }

  @Test(
    "Inspections, family visits, luck and phone calls stay quiet",
    arguments: [
      "The school will be getting a visit from Ofsted", "My son is getting a visit from his grandma",
      "she's lucky she's a girl, no football practice in the rain", "I'll ring his mum tomorrow",
      "If he so much as sneezes my son catches it", "I hope I don't see her at the gates, so awkward",
    ])
  func ignoresOrdinaryConsequences(_ post: String) throws {
    #expect(try threats(post).isEmpty)
  }

  @Test(
    "Conditional threats assembled from a condition, a provocation and a consequence aimed at a person",
    arguments: [
      "⟦if she shouts at my son again she'll regret it⟧",
      "⟦If the TA so much as raises her voice at my boy she'll wish she hadn't⟧",
      "⟦if dat gyal touch mi son again mi a go deal wid her⟧",
    ])
  func flagsLongConditionalThreatsWithSpans(_ sample: String) throws {
    let (post, expected) = marked(sample)
    #expect(try threats(post).map(\.range.utf8) == expected)
  }

  @Test(
    "Conditional threats in standard, dialect and learner English, with harm, regret or a reckoning",
    arguments: [
      "If that boy shoves my daughter one more time his dad will be very sorry",
      "if any of them kids lay a hand on my little sister again theyre getting merked",
      "If that teacher humiliates my girl again, I come to the school and he will be sorry",
      "Next time he pushes our Tom I'm sorting him out myself",
      "if that lad trips my son up again me and his dad are having words round the back of the shops",
      "If anyone picks on my lad again they'll have me to deal with",
      "If that mum keeps spreading lies about my family she'll find out soon enough",
      "If she comes near my kids again I'm going to deal with her",
      "if dat teacher shout at mi yute again mi a go sort her out",
    ])
  func flagsLongConditionalThreats(_ post: String) throws {
    #expect(try !threats(post).isEmpty)
  }

  @Test(
    "Institutional steps, the author's own child and harmless outcomes after a condition stay quiet",
    arguments: [
      "If my son forgets his PE kit again he'll be sorry when he misses football",
      "If she shouts at my son again I'm going straight to the head",
      "If that boy hits my daughter again I'll be pulling her out and moving schools",
      "If it rains again on sports day we'll be sorry we didn't book the hall",
      "If he bullies my son again I will report it to the police",
      "If anyone finds a blue lunchbox please let me know, my son will be so sorry he lost it",
      "If he hits my son again I'll deal with it through the proper channels",
      "If the weather's nice again we'll see what happens with sports day",
      "If my son needs help again I'll deal with it myself",
      "If my boy gets picked again he'll be so chuffed",
    ])
  func ignoresInstitutionalConsequences(_ post: String) throws {
    #expect(try threats(post).isEmpty)
  }

  @Test(
    "Veiled warnings to a named person, threats by proxy, weapons brought to meetings and wished accidents",
    arguments: [
      "Mrs Green wants to think on.",
      "Got a mean left hook still. That teacher wants to think on.",
      "I don't do violence, my brothers do. Mr Price might want to remember that.",
      "she dunno who she messin wiv, gonna find out",
      "My brothers would happily batter that PE teacher",
      "My fella says he'll knock him out",
      "He'll snap him like a twig",
      "If they want to talk about me they can say it to my face and see what happens",
      "How long would Mr Cole last in a room with me and my husband?",
      "I might bring my baseball bat along to my next meeting with the head",
      "Hope her brakes fail on the way to work",
      "I hope his car catches fire",
      "Wouldn't want anything to happen to Mrs Hill's car, just saying",
      "Spoke to a few of the lads about Mr Dyer. He won't be doing that again, put it that way",
      "I'm not saying I'd slap her, but Mrs Cole is lucky I was calm",
      "That's not a threat, it's a promise, Mr Dunn.",
    ])
  func flagsVeiledWarningsProxiesAndWishedAccidents(_ post: String) throws {
    #expect(try !threats(post).isEmpty)
  }

  @Test(
    "Reminders, husbands, bats, brakes and surprises in ordinary posts stay quiet",
    arguments: [
      "You might want to remember that the trip money is due on Friday",
      "He wants to think on about his options for secondary school",
      "I don't do mornings. My husband does though.",
      "My husband will kill me when he sees the bill lol",
      "My husband is going to hit the roof when he sees the price of the uniform",
      "Got my son a new cricket bat for his birthday, can't wait to see him play",
      "I'll bring the cricket bat to the club meeting on Friday",
      "Hope the brakes on the minibus get checked before the trip",
      "How long would the new climbing frame last in a room with my kids lol",
      "She won't be doing swimming again after Friday as the pool is closing",
      "Ms Hart doesn't know who he's playing with on Saturday, it's a surprise",
      "We'll find out the results soon",
      "I wouldn't want anything to happen to the little ones on that crossing, can someone ask the council",
      "She got a taste of her own medicine when her kids ran rings round her at bedtime lol",
      "Show these young mums how it's done, bake sale champion three years running!",
      "He'll snap up the last tickets if we don't hurry",
      "I never said I'd hit him, stop twisting my words",
      "I'm not saying it was the teacher's fault but the class was chaos",
    ])
  func ignoresOrdinaryWarningsAndProxies(_ post: String) throws {
    #expect(try threats(post).isEmpty)
  }

  @Test(
    "An agent with intent and an attack on a person, in any spelling: dialect, text-speak, proxies, the progressive",
    arguments: [
      "am gonnae lamp that janitor if he grabs my wean again",
      "I'm gunna floor him at the school gate",
      "gonna leather him after school",
      "Me and my cousins are gonna do him in",
      "My brothers will knock that caretaker spark out",
      "I'm chinning him the second he walks out of that office",
      "Ah'll clobber that dinner lady",
      "I'm going round there tonight to batter him",
      "I'll have him sweeping his teeth up off the car park",
      "I would happily lump Mrs Frost",
      "I'll break every bone in his body",
    ])
  func flagsCompositionalIntent(_ post: String) throws {
    #expect(try !threats(post).isEmpty)
  }

  @Test(
    "Injury outcomes in a future frame, weapons brought to an encounter, weapon emoji at a person",
    arguments: [
      "Carry on like that and you'll be the one in a neck brace",
      "he's getting his face smashed in down his own street",
      "She'll be eating her tea through a straw",
      "Mr Lowe is getting a slap the minute I see him",
      "I'll be bringing my crowbar when I go in to see the head",
      "if that lad pushes my daughter again he's getting chased off the estate with a hockey stick",
      "Mr Dale 🔫💀 see you Monday",
      "If he pushes my son again he'll be spitting his teeth out",
      "Next time she grabs my daughter she's on the floor",
      "Tell the head to watch himself.",
      "My boot is meeting his backside if he speaks to my girl like that again",
      "You'll wish you'd never met me",
      "She's lucky I didn't go round there and flatten her",
    ])
  func flagsInjuryOutcomesWeaponsAndEmoji(_ post: String) throws {
    #expect(try !threats(post).isEmpty)
  }

  @Test(
    "Sport, own aches, dressing up, errands, accidents and kind offers share the words but stay quiet",
    arguments: [
      "The staff flattened us at the tug of war, what a team",
      "Gonna hit the shops after drop off",
      "I'll deck her out in sequins for the Christmas disco",
      "ah'm gonna knack me knee on these stairs one day",
      "If he climbs the fence again he'll end up in hospital",
      "Can't wait to see Mrs Lyle at parents evening, I'll bring flowers",
      "Carving pumpkins with Mr Bell 🎃🔪 so much fun",
      "I'll end up in tears at the leavers assembly",
      "I'm lumping her in with the Year 2 group for the trip",
      "I'll make sure she can't miss the bus again",
      "Tell the kids to watch themselves on the ice.",
      "She's getting it now, she finally understands long division",
      "We're gonna batter them at rounders on sports day",
      "Someone should sort the car park out",
      "I'll belt him in and we'll be off",
      "He decked my son in the playground last week",
    ])
  func ignoresSharedWordsInOrdinaryPosts(_ post: String) throws {
    #expect(try threats(post).isEmpty)
  }

  @Test(arguments: [
    "am gonna burst that dinner lady's mooth so a am",
    "If he trips my son up one more time, both his knees are getting smashed.",
    "Once more she shout at my girl, I come in the class and I slap her.",
    "I'll torch the caretaker's van, see if he locks the gate early then.",
  ])
  func findsHarmNamedByBodyPartOutcomeOrTarget(_ post: String) throws {
    #expect(try !threats(post).isEmpty)
  }

  @Test(arguments: [
    "I'm going to burst into tears if the nativity is cancelled.",
    "His legs are getting done in physio every week now.",
    "Gonna smash the quiz at the school fair tonight!",
    "When the gate sticks I come in and I hit the button twice.",
  ])
  func ignoresTheSameWordsWithoutAVictim(_ post: String) throws {
    #expect(try threats(post).isEmpty)
  }
}
