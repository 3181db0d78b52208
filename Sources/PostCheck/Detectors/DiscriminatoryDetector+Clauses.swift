/// Derogation of a group found clause by clause rather than by fixed patterns: a reference to a protected group (an
/// identity term, or a pronoun such as "they" or "you" whose antecedent is one) and a derogation cue in the same
/// clause, linked as subject and predicate ("Muslims ... are vermin") or as verb and object ("I despise ... women").
/// Negation is counted by parity over the clause, so "gay people are not disgusting" is quiet while "disabled people
/// are never any good" (a negated positive) is flagged. Quoting, reporting and condemning hate is left alone.
extension DiscriminatoryDetector {
  /// Cue classes whose plain use derogates the group they are linked to.
  static let derogatoryCues = [
    "dehumanising", "derog.attribute", "derog.noun", "derog.behaviour", "neg.emotion", "harm.call", "exclusion.call",
    "derog.profanity", "derog.treatment", "harm.verb",
  ]
  /// Cues that call for something to be done to the group: they need an intention, obligation or wish in the clause.
  static let deonticCues: Set<String> = ["harm.call", "exclusion.call", "derog.treatment", "harm.verb"]
  static let deonticWords: Set<String> = [
    "should", "must", "need", "needs", "ought", "deserve", "deserves", "gonna", "going", "will", "shall", "i'll",
    "we'll",
    "ill", "want", "wanna", "wish", "hope", "let's", "lets", "would", "could", "can", "time", "gotta", "have", "has",
    "better", "belong", "belongs", "let", "i'd", "we'd", "id", "love", "about", "plan", "planning", "intend", "just",
    "go", "hurry", "shoulda", "should've", "deserved", "might", "may", "ready", "start", "starting", "begin", "what",
    "how",
  ]
  /// Cue classes that derogate only when negated ("are never any good", "shouldn't be allowed").
  static let positiveCues = ["pos.attribute", "exclusion.neg"]
  /// Cues that describe the group (adjectives and nouns): after the group they need a linking verb ("are", "seem").
  static let predicativeCues: Set<String> = [
    "dehumanising", "derog.attribute", "derog.noun", "pos.attribute", "derog.profanity",
  ]

  /// A reference to a protected group: an identity term, or a pronoun whose antecedent is one.
  struct GroupReference {
    var tokens: Range<Int>
    /// The identity term's entry (the antecedent's for a pronoun).
    var entry: Int32
    /// For a pronoun, the identity term it refers to.
    var antecedent: Range<Int>?
    var isWeak: Bool
  }

  func clauseFindings(in context: DetectionContext, besides found: [Finding]) -> [Finding] {
    let references = groupReferences(in: context)
    guard !references.isEmpty else { return [] }
    var findings: [Finding] = []
    var covered: [Range<Int>] = []
    for (cueClass, positive) in Self.derogatoryCues.map({ ($0, false) }) + Self.positiveCues.map({ ($0, true) }) {
      for cue in context.matches.spans(of: cueClass) {
        let clause = context.clauseTokens(of: cue.tokens.lowerBound)
        for reference in references
        where clause.contains(reference.tokens.lowerBound) && !reference.tokens.overlaps(cue.tokens) {
          let span = Self.covering(reference.tokens, cue.tokens)
          guard !covered.contains(where: { $0.overlaps(span) }),
            isQuotedAsWords(reference.tokens, context) == context.isQuoted(cue.tokens),
            isLinked(reference, cue: cue.tokens, cueClass: cueClass, clause: clause, context),
            !reference.isWeak
              || isGeneralised(reference.tokens, strongCue: !Self.predicativeCues.contains(cueClass), context),
            isNegatedOddly(before: cue.tokens, clause: clause, skipping: reference.tokens, context) == positive,
            cueClass != "neg.emotion" || isSpeakersOwn(cue.tokens, clause: clause, context),
            !isCounterSpeech(span, context), !isMention(span, context),
            !found.contains(where: { $0.range.overlaps(context.post.range(ofTokens: span)) })
          else { continue }
          covered.append(span)
          let tags = context.matches.entry(reference.entry).entry.tags
          let target = tags.filter { $0.hasPrefix("target=") }
          let severity: Severity = ["dehumanising", "harm.call"].contains(cueClass) ? .high : .medium
          findings.append(
            context.finding(
              .discriminatory, severity: severity, ruleID: "discriminatory.clause.\(cueClass)", tokens: span,
              evidence: reference.antecedent.map { [context.post.range(ofTokens: $0)] } ?? [],
              tags: ["type=\(positive ? "negated-positive" : cueClass)"] + target, message: Self.message(target)))
        }
      }
    }
    return findings
  }

  /// Whether a group term is inside a quotation, not in scare quotes of its own ("the 'autistic' kids" doubts the
  /// label; it does not quote someone else's words): quoted, with the next word of the sentence outside the quotes.
  func isQuotedAsWords(_ tokens: Range<Int>, _ context: DetectionContext) -> Bool {
    guard context.isQuoted(tokens) else { return false }
    let sentence = context.sentenceTokens(of: tokens.lowerBound)
    return tokens.upperBound < sentence.upperBound
      && context.isQuoted(tokens.upperBound..<tokens.upperBound + 1)
  }

  /// The smallest token range covering both.
  static func covering(_ first: Range<Int>, _ second: Range<Int>) -> Range<Int> {
    min(first.lowerBound, second.lowerBound)..<max(first.upperBound, second.upperBound)
  }

  // MARK: - Comparison and aversion

  /// Words that put two things on one scale.
  static let comparisonMarkers: Set<String> = [
    "than", "difference", "same", "before", "instead", "rather", "equal", "equivalent",
  ]

  /// Dehumanising comparisons ("my dog is smarter than any X", "no difference between a rat and an X") and
  /// aversion ("I'd rather die than sit near an X"), each needing a generic group reference in the same sentence.
  func comparisonFindings(in context: DetectionContext, besides found: [Finding]) -> [Finding] {
    let references = groupReferences(in: context).filter { $0.antecedent == nil && isGeneric($0.tokens, context) }
    guard !references.isEmpty else { return [] }
    var findings: [Finding] = []
    for (className, type) in [("low.worth", "dehumanising-comparison"), ("aversion", "aversion")] {
      for cue in context.matches.spans(of: className) {
        let sentence = context.sentenceTokens(of: cue.tokens.lowerBound)
        for reference in references
        where sentence.contains(reference.tokens.lowerBound) && !reference.tokens.overlaps(cue.tokens) {
          let span = Self.covering(reference.tokens, cue.tokens)
          if className == "low.worth" {
            let between =
              min(
                reference.tokens.upperBound, cue.tokens.upperBound)..<max(
                reference.tokens.lowerBound, cue.tokens.lowerBound)
            guard between.contains(where: { Self.comparisonMarkers.contains(context.post.tokens[$0].key) }) else {
              continue
            }
          }
          guard !reference.isWeak || isGeneralised(reference.tokens, strongCue: true, context),
            context.isQuoted(reference.tokens) == context.isQuoted(cue.tokens),
            !isCounterSpeech(span, context), !isMention(span, context),
            !(found + findings).contains(where: { $0.range.overlaps(context.post.range(ofTokens: span)) })
          else { continue }
          let target = context.matches.entry(reference.entry).entry.tags.filter { $0.hasPrefix("target=") }
          findings.append(
            context.finding(
              .discriminatory, severity: .high, ruleID: "discriminatory.clause.\(type)", tokens: span,
              tags: ["type=\(type)"] + target, message: Self.message(target)))
        }
      }
    }
    return findings
  }

  // MARK: - Group references

  static let pronouns: Set<String> = [
    "they", "them", "their", "theirs", "themselves", "they're", "theyre", "they'll", "they've", "they'd", "you", "u",
    "ya", "your", "ur", "you're", "youre", "yourselves", "you'll", "yous",
  ]
  /// Determiners that make a group noun refer to particular people ("the girls", "our Muslim families").
  static let specificDeterminers: Set<String> = [
    "the", "our", "my", "his", "her", "their", "both", "some", "few", "several", "two", "three", "four", "five",
    "her", "its", "this", "that", "a", "an", "one",
  ]

  /// Identity terms in the post, and pronouns that refer back (or forward) to a generic one.
  private func groupReferences(in context: DetectionContext) -> [GroupReference] {
    var terms: [GroupReference] = []
    for name in Self.identityClasses where name != "slur" {
      for span in context.matches.spans(of: name) {
        let tags = context.matches.entry(span.entry).entry.tags
        if tags.contains("colour") { continue }
        terms.append(
          GroupReference(tokens: span.tokens, entry: span.entry, antecedent: nil, isWeak: tags.contains("weak")))
      }
    }
    // Longest term wins: "black people" rather than "black".
    terms = terms.filter { term in
      !terms.contains {
        $0.tokens != term.tokens && $0.tokens.overlaps(term.tokens) && $0.tokens.count > term.tokens.count
      }
    }
    let antecedents = terms.filter {
      isGeneric($0.tokens, context) && (!$0.isWeak || isGeneralised($0.tokens, strongCue: true, context))
    }
    var references = terms
    let addresseeIsMember = addresseeIdentified(terms, context)
    for (index, token) in context.post.tokens.enumerated() where Self.pronouns.contains(token.key) {
      // "You" is the reader unless the post makes the reader one of the group ("you Muslims", "X like you").
      if Self.secondPerson.contains(token.key), !addresseeIsMember { continue }
      let nearest = antecedents.filter { abs(context.post.tokens[$0.tokens.lowerBound].sentence - token.sentence) <= 1 }
        .min { abs($0.tokens.lowerBound - index) < abs($1.tokens.lowerBound - index) }
      guard let nearest, !terms.contains(where: { $0.tokens.contains(index) }) else { continue }
      references.append(
        GroupReference(tokens: index..<index + 1, entry: nearest.entry, antecedent: nearest.tokens, isWeak: false))
    }
    return references
  }

  static let secondPerson: Set<String> = [
    "you", "u", "ya", "your", "ur", "you're", "youre", "yourselves", "you'll", "yous",
  ]

  /// Whether the post says the person addressed belongs to a group: "you Muslims", "women like you", "you are
  /// (just) a ...", "your kind".
  private func addresseeIdentified(_ terms: [GroupReference], _ context: DetectionContext) -> Bool {
    let tokens = context.post.tokens
    func key(_ index: Int) -> String { tokens.indices.contains(index) ? tokens[index].key : "" }
    for index in tokens.indices where Self.secondPerson.contains(tokens[index].key) {
      if ["kind", "sort", "lot", "people", "type", "lives", "life"].contains(key(index + 1)) { return true }
    }
    return terms.contains { term in
      let before = term.tokens.lowerBound - 1
      let after = term.tokens.upperBound
      if ["you", "u", "ya", "yous"].contains(key(before)) { return true }
      if key(after) == "like", ["you", "u", "ya", "yourself", "yourselves"].contains(key(after + 1)) { return true }
      // "you are (just|all)? (a|an)? X", "you're X"
      var back = before
      while ["a", "an", "just", "all", "only", "simply", "nothing", "but", "such", "another"].contains(key(back)) {
        back -= 1
      }
      if ["you're", "youre", "ur"].contains(key(back)) { return true }
      if ["are", "r"].contains(key(back)), ["you", "u"].contains(key(back - 1)) { return true }
      return false
    }
  }

  /// Whether a group term is generic rather than about particular people: no specific determiner before it.
  func isGeneric(_ tokens: Range<Int>, _ context: DetectionContext) -> Bool {
    let before = tokens.lowerBound - 1
    guard before >= context.sentenceTokens(of: tokens.lowerBound).lowerBound else { return true }
    let token = context.post.tokens[before]
    if ["a", "an"].contains(token.key) { return true }  // "a Muslim must have ...": generic indefinite
    // "that" before a plural is a complementiser ("I know that Muslims ..."), not a determiner.
    if ["that", "this"].contains(token.key) {
      return context.matches.entry(context.matches.spans.first { $0.tokens == tokens }?.entry ?? 0).entry.tags.contains(
        "form=plural")
    }
    return !Self.specificDeterminers.contains(token.key) && token.kind != .number
  }

  /// A sex noun ("women", "girls") is a generalisation without a specific determiner. "These/those" count as
  /// generalising only with a strong cue (hatred, dehumanisation, harm), not with a mere attribute.
  func isGeneralised(_ tokens: Range<Int>, strongCue: Bool, _ context: DetectionContext) -> Bool {
    let sentence = context.sentenceTokens(of: tokens.lowerBound)
    let before = tokens.lowerBound - 1
    guard before >= sentence.lowerBound else { return true }
    let key = context.post.tokens[before].key
    // "dinner ladies", "the lollipop man": a job, not a sex.
    if Self.occupationModifiers.contains(key) { return false }
    // A bare singular ("woman can't park") or one after "a"/"every" is generic; after an adjective or "this" it is
    // one person ("stupid woman", "this woman from the office"), unless the cue dehumanises or threatens.
    if !strongCue, isSingularSexNoun(tokens, context), !["a", "an", "every", "any"].contains(key) { return false }
    if ["these", "those", "you", "u", "ya"].contains(key) { return strongCue || key.hasPrefix("y") || key == "u" }
    if key == "the", before - 1 >= sentence.lowerBound, context.post.tokens[before - 1].key == "all" { return true }
    // "A man at the park was grooming kids" tells of one man: an indefinite noun in a past-tense clause is specific.
    if ["a", "an"].contains(key) {
      let clause = context.clauseTokens(of: tokens.lowerBound)
      let pastTense: Set<String> = ["was", "were", "wasn't", "weren't", "had", "did", "didn't"]
      if (tokens.upperBound..<clause.upperBound).contains(where: { pastTense.contains(context.post.tokens[$0].key) }) {
        return false
      }
    }
    let specific: Set<String> = [
      "the", "our", "my", "his", "her", "their", "your", "both", "some", "few", "two", "three", "four", "five", "these",
      "those", "year", "little", "young",
    ]
    return !specific.contains(key) && context.post.tokens[before].kind != .number
  }

  /// Nouns that make "lady", "man" and their plurals a job title: dinner ladies, the lollipop man.
  static let occupationModifiers: Set<String> = [
    "dinner", "lunch", "lunchtime", "dinnertime", "lollipop", "crossing", "tea", "cleaning", "office", "admin",
    "canteen", "kitchen", "delivery", "bin", "post", "milk", "dustbin", "sales", "door", "ice-cream",
  ]

  /// Whether a group term is a singular sex noun used as a noun ("woman", "bloke"; not "female" in "female trash").
  private func isSingularSexNoun(_ tokens: Range<Int>, _ context: DetectionContext) -> Bool {
    tokens.count == 1 && ["woman", "man", "lady", "bloke", "girl"].contains(context.post.tokens[tokens.lowerBound].key)
      && context.matches.spans(of: "identity.sex.singular").contains { $0.tokens == tokens }
  }

  // MARK: - Linking group and cue

  static let linkingVerbs: Set<String> = [
    "are", "is", "was", "were", "be", "been", "being", "am", "r", "they're", "theyre", "you're", "youre", "seem",
    "seems",
    "become", "becomes", "remain", "remains", "look", "looks", "act", "acts", "behave", "behaves", "sound", "sounds",
    "like", "than", "as", "'re", "get", "gets", "make", "makes", "its", "it's", "ur", "aint", "ain't", "isnt", "arent",
    "isn't", "aren't", "wasn't", "weren't", "stay", "feel", "feels",
  ]
  /// Words that may stand between a verb or preposition and its object: determiners, quantifiers, intensifiers.
  static let objectFillers: Set<String> = [
    "all", "the", "these", "those", "of", "for", "by", "with", "you", "u", "any", "every", "most", "such", "so", "many",
    "about", "being", "around", "near", "at", "to", "them", "bloody", "fucking", "single", "other", "kind", "kinds",
    "sort", "sorts", "type", "types", "like", "towards", "toward", "against", "whole", "lot", "a", "an", "more",
    "again",
    "just", "really", "still", "even", "do", "mostly", "especially", "whenever", "when", "see", "seeing", "over", "in",
    "from", "surrounded", "living", "are", "is", "next", "each", "one", "of", "those", "any", "you", "off", "on",
  ]
  /// Words that may follow a predicative cue at the end of its phrase ("are vile people", "are vile to ...");
  /// any other word suggests the cue modifies something else ("face vile abuse").
  static let predicateFollowers: Set<String> = [
    "and", "or", "but", "people", "persons", "human", "humans", "beings", "creatures", "lot", "bunch", "ones",
    "individuals", "to", "towards", "as", "than", "in", "at", "for", "with", "without", "of", "by", "on", "around",
    "because", "cos", "when", "if", "too", "ever", "all", "really", "so", "though", "anyway", "honestly", "lol",
    "exception", "everywhere", "always", "now", "today", "innit", "mate", "here", "there", "tbh", "imo", "then", "that",
    "who", "which", "after", "by", "nature", "deep", "down", "underneath", "generally", "combined", "altogether",
    "period", "full", "stop", "this", "these", "those", "everyone", "ok", "okay", "right", "yeah", "mind", "sorry",
    "not", "no", "you", "them", "they", "it", "we", "i", "me", "us", "like", "compared", "anymore", "again", "either",
    "enough", "indeed", "frankly", "simply", "just", "ones", "things", "thing", "species", "race", "kind", "sort",
    "society", "our", "my", "whatever", "etc", "haha", "lmao", "fr", "ngl", "smh", "anyone", "we", "ever", "can",
  ]

  private func isLinked(
    _ reference: GroupReference, cue: Range<Int>, cueClass: String, clause: Range<Int>, _ context: DetectionContext
  ) -> Bool {
    let tokens = context.post.tokens
    if Self.deonticCues.contains(cueClass) {
      let before = clause.lowerBound..<cue.lowerBound
      let called = before.contains { Self.deonticWords.contains(tokens[$0].key) }
      if cueClass == "harm.verb" {
        // "I'm going to shoot ... X"; or the act as subject: "Hurting X should be legal".
        guard cue.upperBound <= reference.tokens.lowerBound else { return false }
        if !called && !isPermitted(after: reference.tokens.upperBound..<clause.upperBound, context) { return false }
      } else if !called {
        return false
      }
    }
    if reference.tokens.upperBound <= cue.lowerBound {
      // Subject ... predicate.
      let between = reference.tokens.upperBound..<cue.lowerBound
      guard between.count <= 10 else { return false }
      if Self.predicativeCues.contains(cueClass) {
        guard
          between.contains(where: { Self.linkingVerbs.contains(tokens[$0].key) })
            || Self.linkingVerbs.contains(tokens[reference.tokens.upperBound - 1].key)
            || Self.linkingVerbs.contains(tokens[cue.lowerBound].key)
            || between.isEmpty && Self.pronouns.contains(tokens[reference.tokens.lowerBound].key) == false
              && cueClass == "derog.noun"
        else { return false }
        // "Muslims are vile" but not "Muslims face vile abuse".
        if cue.upperBound < clause.upperBound, tokens[cue.upperBound].kind == .word,
          !tokens[cue.upperBound].boundaryBefore.contains(.clause),
          !Self.predicateFollowers.contains(tokens[cue.upperBound].key),
          context.matches.spans.first(where: { $0.tokens.lowerBound == cue.upperBound }) == nil
        {
          return false
        }
      }
      return true
    }
    // Verb or modifier ... object: only determiners and intensifiers between.
    let between = cue.upperBound..<reference.tokens.lowerBound
    guard between.count <= 6 else { return false }
    if cueClass == "pos.attribute" || cueClass == "exclusion.neg" || cueClass == "exclusion.call"
      || cueClass == "harm.call"
    {
      return false
    }
    let experiencer: Set<String> = ["i", "we", "have", "feel", "has", "got", "i've", "ive", "we've"]
    return between.allSatisfy {
      Self.objectFillers.contains(tokens[$0].key) || Self.pronouns.contains(tokens[$0].key)
        || (cueClass == "neg.emotion" && experiencer.contains(tokens[$0].key))
    }
  }

  /// Whether the rest of the clause declares the act permitted: "should be legal", "should not be illegal".
  private func isPermitted(after tail: Range<Int>, _ context: DetectionContext) -> Bool {
    let permitted: Set<String> = [
      "legal", "decriminalised", "decriminalized", "allowed", "acceptable", "encouraged", "rewarded", "mandatory",
      "compulsory", "fine", "okay", "ok", "legalised", "legalized", "permitted",
    ]
    let forbidden: Set<String> = ["illegal", "crime", "punished", "punishable", "banned", "criminal", "prosecuted"]
    var negations = 0
    for index in tail {
      let key = context.post.tokens[index].key
      if Self.isNegation(index, context) { negations += 1 }
      if permitted.contains(key) { return negations % 2 == 0 }
      if forbidden.contains(key) { return negations % 2 == 1 }
    }
    return false
  }

  // MARK: - Negation, ownership, mention

  /// Negations that do not negate what follows: "nothing but", "no better than", "can't help".
  static func isIdiomaticNegation(_ index: Int, _ context: DetectionContext) -> Bool {
    let tokens = context.post.tokens
    let key = tokens[index].key
    let next = index + 1 < tokens.count ? tokens[index + 1].key : ""
    if ["nothing", "no", "little", "none", "nowt"].contains(key),
      ["but", "better", "more", "less", "different", "other"].contains(next)
    {
      return true
    }
    if ["can't", "cant", "cannot", "couldn't", "couldnt", "never"].contains(key),
      ["help", "stop", "resist", "fail", "wait"].contains(next)
    {
      return true
    }
    if key == "not", ["only", "just"].contains(next) { return true }
    let previous = index > 0 ? tokens[index - 1].key : ""
    let beforePrevious = index > 1 ? tokens[index - 2].key : ""
    // "Why don't we ...": a suggestion, not a negation.
    if ["don't", "dont", "not"].contains(key), previous == "why" || beforePrevious == "why",
      ["we", "just"].contains(next) || key == "not" && previous == "why"
    {
      return true
    }
    // "I'd be fine with them if they weren't so ...": the counterfactual presupposes that they are.
    if ["weren't", "werent", "wasn't", "wasnt"].contains(key), beforePrevious == "if" || previous == "if" {
      return true
    }
    return false
  }

  /// Whether a negation cue is at token `index` (and really negates).
  static func isNegation(_ index: Int, _ context: DetectionContext) -> Bool {
    let key = context.post.tokens[index].key
    let next = index + 1 < context.post.tokens.count ? context.post.tokens[index + 1].key : ""
    if (key == "opposite" && next == "of") || (key == "anything" && next == "but") || (key == "far" && next == "from") {
      return true
    }
    let negation =
      context.matches.isCovered(index, byClass: "negation") || key.hasSuffix("n't")
      || ["not", "never", "no", "nobody", "none", "nothing"].contains(key)
    return negation && !isIdiomaticNegation(index, context)
  }

  /// Whether an odd number of negations stand in the clause before the cue (not inside the group term). In a
  /// question, negations before a complement clause belong to the rhetorical frame ("Isn't it obvious that ...?").
  func isNegatedOddly(
    before cue: Range<Int>, clause: Range<Int>, skipping group: Range<Int>, _ context: DetectionContext
  ) -> Bool {
    var start = clause.lowerBound
    let sentence = context.post.sentences[context.post.tokens[cue.lowerBound].sentence]
    if sentence.isQuestion,
      let complement = (start..<cue.lowerBound).last(where: {
        ["that", "how", "if", "whether"].contains(context.post.tokens[$0].key)
      })
    {
      start = complement + 1
    }
    // "Isn't it obvious ...?", "Don't you think ...?": a negative question asks for agreement; it does not negate.
    if sentence.isQuestion, start == sentence.tokens.lowerBound, start + 1 < cue.lowerBound,
      Self.isNegation(start, context)
        || Self.isNegation(start + 1, context) && start + 2 < cue.lowerBound
          && ["is", "are", "do", "does", "can", "would", "should", "was"].contains(context.post.tokens[start].key)
    {
      start += Self.isNegation(start, context) ? 1 : 2
    }
    var count = 0
    var index = start
    while index < cue.lowerBound {
      if !group.contains(index), Self.isNegation(index, context) {
        count += 1
        // A multi-word negation phrase counts once.
        if let span = context.matches.spans(of: "negation").first(where: { $0.tokens.lowerBound == index }) {
          index = span.tokens.upperBound
          continue
        }
      }
      index += 1
    }
    return count % 2 == 1
  }

  /// An emotion is the speaker's when its subject is the speaker or left out ("I hate ...", "Sick of ..."), not
  /// someone else's ("your contempt for ...", "people who hate ...").
  private func isSpeakersOwn(_ cue: Range<Int>, clause: Range<Int>, _ context: DetectionContext) -> Bool {
    let others: Set<String> = [
      "you", "u", "your", "ur", "he", "she", "his", "her", "they", "their", "people", "anyone", "anybody", "who",
      "racists", "bigots", "someone", "somebody", "those", "some", "many", "he's", "she's", "they're", "you're",
    ]
    var index = cue.lowerBound - 1
    let adverbs: Set<String> = [
      "really", "just", "so", "absolutely", "honestly", "truly", "fucking", "genuinely", "still", "do", "does", "all",
      "totally", "bloody", "utterly", "feel", "feels", "have", "has", "much", "such", "a", "deep", "deeply", "obvious",
      "open", "clear", "constant", "blatant", "seriously", "completely",
    ]
    while index >= clause.lowerBound, adverbs.contains(context.post.tokens[index].key) { index -= 1 }
    guard index >= clause.lowerBound else { return true }
    return !others.contains(context.post.tokens[index].key)
  }

  /// A mention rather than a use: the hateful words are the subject of a reporting gerund ("Calling X vermin is
  /// ...", "Threatening to kill X will get you jailed") or follow "for saying", "by calling".
  func isMention(_ span: Range<Int>, _ context: DetectionContext) -> Bool {
    let sentence = context.sentenceTokens(of: span.lowerBound)
    return context.matches.spans(of: "report.frame").contains { frame in
      guard sentence.contains(frame.tokens.lowerBound), frame.tokens.lowerBound < span.lowerBound + 1 else {
        return false
      }
      let key = context.post.tokens[frame.tokens.lowerBound].key
      let before = frame.tokens.lowerBound - 1
      let initial =
        before < sentence.lowerBound || context.post.tokens[frame.tokens.lowerBound].boundaryBefore.contains(.clause)
      let afterPreposition =
        before >= sentence.lowerBound
        && Self.mentionIntroducers.contains(context.post.tokens[before].key)
      // "What is wrong with saying ...?" endorses what it frames.
      let endorsing: Set<String> = ["mistake", "error", "wrong", "harm", "problem", "crime"]
      if context.post.sentences[context.post.tokens[span.lowerBound].sentence].isQuestion,
        (sentence.lowerBound..<frame.tokens.lowerBound).contains(where: {
          endorsing.contains(context.post.tokens[$0].key)
        })
      {
        return false
      }
      return key.hasSuffix("ing") && (initial || afterPreposition)
    }
  }
}

extension DiscriminatoryDetector {
  /// Words before a reporting participle that make it a mention: "for saying", "people calling", "by writing".
  static let mentionIntroducers: Set<String> = [
    "for", "by", "about", "of", "when", "with", "from", "like", "stop", "quit", "keep", "people", "someone", "somebody",
    "anyone", "anybody", "everyone", "folk", "others", "you", "he", "she", "they", "him", "them", "person", "man",
    "woman", "guy", "bloke", "parents", "kids", "those", "who", "while", "without", "after", "before", "since",
  ]
}

extension DetectionContext {
  /// Words that open a new clause inside a sentence.
  static let clauseOpeners: Set<String> = [
    "but", "because", "cos", "coz", "cause", "although", "though", "while", "whereas", "whilst", "unless", "yet", "if",
    "when", "whenever",
  ]

  /// The token indices of the clause containing token `index`: the sentence cut at clause punctuation and at
  /// subordinating or contrasting conjunctions ("but", "because", "if").
  func clauseTokens(of index: Int) -> Range<Int> {
    let sentence = sentenceTokens(of: index)
    func opens(_ position: Int) -> Bool {
      let token = post.tokens[position]
      if token.boundaryBefore.contains(.clause) { return true }
      if Self.clauseOpeners.contains(token.key) {
        // "can't help themselves but be ...": "but" before a bare verb does not start a clause.
        return !(token.key == "but" && position + 1 < sentence.upperBound && post.tokens[position + 1].key == "be")
      }
      if ["so", "and"].contains(token.key), position + 1 < sentence.upperBound,
        ["we", "i", "they", "you", "he", "she", "it", "let's", "lets"].contains(post.tokens[position + 1].key)
      {
        return true
      }
      return false
    }
    var start = index
    while start > sentence.lowerBound, !opens(start) { start -= 1 }
    var end = index + 1
    while end < sentence.upperBound, !opens(end) { end += 1 }
    return start..<end
  }
}
