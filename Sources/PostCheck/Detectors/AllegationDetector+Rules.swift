/// The code rules on top of the allegation lexicons: which matches stand as accusations, and who is accused.
extension AllegationDetector {
  /// A lexicon match that stands as an allegation, with the people or body it accuses.
  struct Accusation {
    var match: PhraseMatcher.Match
    var tags: [String]
    var severity: Severity
    /// The accused as written (the actor span), then what a pronoun most likely refers to.
    var accused: [Actor]
    /// The hearsay cue that frames the accusation ("apparently", "I've heard"), if any.
    var hearsayCue: Range<Int>?

    /// Passed on from others rather than stated by the author.
    var isHearsay: Bool { hearsayCue != nil || tags.contains("type=hearsay") }

    /// Whether the accused is the school, its staff or a titled person: an accusation that is also a grievance
    /// about the school.
    var accusesSchool: Bool { accused.contains { $0.kind != .person } }
    /// A direct accusation of the school or its staff is also the author's grievance about the school; a rumour
    /// or a hint is not.
    var isGrievance: Bool {
      accusesSchool && !isHearsay && !tags.contains("type=innuendo") && !tags.contains("innuendo")
    }
  }

  /// Someone a finding accuses.
  struct Actor {
    enum Kind { case school, staff, titled, person }
    var tokens: Range<Int>
    var kind: Kind
    /// A pronoun ("he", "they"): the actor to resolve against an earlier mention.
    var isPronoun: Bool = false
  }

  /// Classes whose phrases can be the doer of a wrong.
  static let actorClasses = ["school.target", "staff.role", "wrongdoing.actor"]
  /// Words that make a noun phrase a member of staff ("that teacher", "the head's").
  static let staffNouns: Set<String> = [
    "teacher", "teachers", "ta", "tas", "head", "headteacher", "headmaster", "headmistress", "deputy", "senco",
    "caretaker", "staff", "lady", "supply", "coach", "governor", "governors", "office", "principal",
  ]
  /// Doers no one can be accused through: "someone sprayed it ... that's racism".
  static let indefinites: Set<String> = ["someone", "somebody", "anyone", "anybody", "whoever", "people", "they"]
  static let titles: Set<String> = ["mr", "mrs", "miss", "ms", "mx", "dr", "sir", "mister", "missus"]

  /// The allegation matches that survive the rules, longest first where they overlap.
  static func accusations(in context: DetectionContext) -> [Accusation] {
    let exceptions = context.lexiconMatches(of: .allegation, kind: .exception)
    let schoolContext = hasSchoolContext(context)
    let kept = context.lexiconMatches(of: .allegation, kind: .pattern).filter { match in
      let tags = context.matches.tags(of: match)
      if exceptions.contains(where: { $0.tokens.overlaps(match.tokens) }) { return false }
      if tags.contains("needs=target"), !schoolContext { return false }
      let verb = verbIndex(of: match, context)
      // "If the school won't sort that bully out": a referring phrase presupposes its description, whatever
      // clause (negated or conditional) it stands in.
      let referential = tags.contains("referential")
      if !tags.contains("negation=in-pattern"), !referential, context.isNegated(verb) { return false }
      if !referential, isConditional(match, verb: verb, context) { return false }
      return !isQuotedToAuthor(match.tokens, context)
    }
    let candidates = actorCandidates(context)
    return context.matches.longestFirst(kept).compactMap { match in
      let accusation = Accusation(
        match: match, tags: context.matches.tags(of: match), severity: context.matches.severity(of: match),
        accused: accused(by: match, among: candidates, schoolContext: schoolContext, context),
        hearsayCue: hearsayCue(before: match, context))
      // A pattern that names an act as a wrong ("that's stealing") accuses only if someone definite did it.
      let definite = accusation.accused.contains { actor in
        !actor.tokens.allSatisfy { indefinites.contains(context.post.tokens[$0].key) }
      }
      return accusation.tags.contains("needs=accused") && !definite ? nil : accusation
    }
  }

  /// Whether the post is about the school: it names the school or a group of its staff, a staff role, something
  /// the school runs, a class ("Year 4", "in 3B"), or a titled person ("Mrs Khan"). Patterns tagged `needs=target` count only then.
  static func hasSchoolContext(_ context: DetectionContext) -> Bool {
    context.postHasAnyClass(schoolContextClasses) || !titledNames(context).isEmpty
  }

  /// The classes that make a post, or a sentence, about the school (with titled names).
  static let schoolContextClasses = ["school.target", "staff.role", "school.topic", "ni.class-ref"]

  /// Title + name spans ("Mr Jones", "miss k").
  static func titledNames(_ context: DetectionContext) -> [Range<Int>] {
    let tokens = context.post.tokens
    return tokens.indices.dropLast().compactMap { index in
      guard titles.contains(tokens[index].key), tokens[index + 1].sentence == tokens[index].sentence,
        tokens[index + 1].kind == .word, !tokens[index + 1].boundaryBefore.contains(.clause)
      else { return nil }
      // "miss" is also a verb: only before a capitalised word.
      if tokens[index].key == "miss", !tokens[index].shape.contains(.capitalised),
        !tokens[index + 1].shape.contains(.capitalised)
      {
        return nil
      }
      return index..<(index + 2)
    }
  }

  /// A hearsay cue earlier in the match's sentence, or opening the post ("Apparently ... . And ...").
  static func hearsayCue(before match: PhraseMatcher.Match, _ context: DetectionContext) -> Range<Int>? {
    let sentence = context.sentenceTokens(of: match.tokens.lowerBound)
    let cues = context.matches.spans(of: "hearsay").filter { $0.tokens.lowerBound < match.tokens.upperBound }
    return
      (cues.last { sentence.contains($0.tokens.lowerBound) }
      ?? cues.first { context.post.tokens[$0.tokens.lowerBound].sentence == 0 })?.tokens
  }

  /// The token of the wrongdoing word itself (the verb or character noun the match went through), else the first.
  static func verbIndex(of match: PhraseMatcher.Match, _ context: DetectionContext) -> Int {
    let names = context.matches.lexicons.classNames
    return match.captures.first {
      names[Int($0.classID)].hasPrefix("wrongdoing.verb") || names[Int($0.classID)] == "wrongdoing.character"
        || names[Int($0.classID)] == "safeguarding"
    }?
    .tokens.lowerBound ?? match.tokens.lowerBound
  }

  /// "If anyone touches him", "whoever took it", "any teacher who shouts at a child": a condition, not a report,
  /// unless "again" or "one more time" presupposes that it happened before.
  static func isConditional(_ match: PhraseMatcher.Match, verb: Int, _ context: DetectionContext) -> Bool {
    let sentence = context.sentenceTokens(of: match.tokens.lowerBound)
    let tokens = context.post.tokens
    var position = min(verb, match.tokens.upperBound - 1)
    var conditional = false
    while position > sentence.lowerBound {
      if tokens[position].boundaryBefore.contains(.clause) { break }
      position -= 1
      let key = tokens[position].key
      if ["if", "whoever", "whomever", "unless", "anyone", "anybody", "any"].contains(key) {
        // "anyone" and "any" only as "anyone who", "any teacher who".
        if key == "anyone" || key == "anybody" || key == "any" {
          let next = (position + 1)..<min(position + 3, sentence.upperBound)
          if !next.contains(where: { tokens[$0].key == "who" || tokens[$0].key == "that" }) { continue }
        }
        conditional = true
        break
      }
    }
    guard conditional else { return false }
    let after = match.tokens.lowerBound..<sentence.upperBound
    let keys = after.map { tokens[$0].key }
    for (index, key) in keys.enumerated() {
      if key == "again" { return false }
      if key == "more", index > 0, keys[index - 1] == "one" || keys[index - 1] == "once" { return false }
    }
    return true
  }

  /// Words inside quotation marks that a reporting verb frames as said to the author ("she told me 'you're a
  /// liar'", "he called us 'thieves'"): the author reports being accused, not accusing.
  static func isQuotedToAuthor(_ tokens: Range<Int>, _ context: DetectionContext) -> Bool {
    guard context.isQuoted(tokens) else { return false }
    let sentence = context.sentenceTokens(of: tokens.lowerBound)
    let before = sentence.lowerBound..<tokens.lowerBound
    let post = context.post.tokens
    let reporting: Set<String> = [
      "said", "says", "told", "tells", "called", "calls", "shouted", "yelled", "screamed", "accused", "asked",
      "replied", "emailed", "wrote", "messaged", "texted",
    ]
    return before.contains { index in
      guard reporting.contains(post[index].key), index + 1 < tokens.lowerBound else { return false }
      let next = post[index + 1].key
      if next == "me" || next == "us" { return true }
      return next == "to" && index + 2 < tokens.lowerBound && ["me", "us"].contains(post[index + 2].key)
    }
  }
}
