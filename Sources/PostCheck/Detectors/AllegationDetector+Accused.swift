/// Who an allegation accuses: the actor phrase the match went through, else the nearest doer in its sentence, and
/// for a pronoun the person it most likely refers to.
extension AllegationDetector {
  static let pronouns: Set<String> = [
    "he", "she", "they", "he's", "she's", "they've", "they're", "he'd", "she'd", "they'd", "hes", "shes", "theyve",
    "theyre", "him", "her", "them", "u", "you", "you've", "youve",
  ]
  static let kin: Set<String> = [
    "mum", "dad", "mam", "mom", "stepdad", "stepmum", "boyfriend", "girlfriend", "brother", "sister", "nan", "grandad",
  ]

  static func accused(by match: PhraseMatcher.Match, _ context: DetectionContext) -> [Actor] {
    let names = context.matches.lexicons.classNames
    let victims = match.captures.filter { names[Int($0.classID)] == "wrongdoing.victim" }.map(\.tokens)
    let verb = verbIndex(of: match, context)
    let candidates = actorCandidates(context).filter { actor in
      !victims.contains { $0.overlaps(actor.tokens) } && !isAuthorsOwn(actor.tokens, context)
    }
    let sentence = context.sentenceTokens(of: match.tokens.lowerBound)
    // 1. an actor inside the match, before the wrongdoing word ("the head covered it up", "Mr X slapped him")
    // 2. the nearest before the wrongdoing word in its sentence, then the nearest after it ("hit by a teacher")
    // 3. the nearest earlier mention of a member of staff, the school or a named person in the post
    let inMatch = candidates.filter {
      match.tokens.contains($0.tokens.lowerBound) && $0.tokens.lowerBound < max(verb, match.tokens.lowerBound + 1)
    }
    let before = candidates.filter { sentence.contains($0.tokens.lowerBound) && $0.tokens.upperBound <= verb }
    let after = candidates.filter {
      sentence.contains($0.tokens.lowerBound) && $0.tokens.lowerBound >= match.tokens.upperBound
    }
    let earlier = candidates.filter { $0.tokens.upperBound <= sentence.lowerBound && !$0.isPronoun }
    guard let actor = inMatch.last ?? before.last ?? after.first ?? earlier.last else { return [] }
    guard actor.isPronoun else { return [actor] }
    let antecedent = candidates.last { candidate in
      !candidate.isPronoun && candidate.tokens.upperBound <= actor.tokens.lowerBound
        && agrees(pronoun: context.post.tokens[actor.tokens.lowerBound].key, with: candidate, context)
    }
    if let antecedent { return [actor, antecedent] }
    // "They marked her absent so they could fine us": a "they" that refers back to no one, in a post about the
    // school, is the institution (the corporate "they").
    if ["they", "they've", "they're", "theyve", "theyre", "they'd"].contains(
      context.post.tokens[actor.tokens.lowerBound].key),
      !candidates.contains(where: { !$0.isPronoun && $0.tokens.upperBound <= actor.tokens.lowerBound }),
      hasSchoolContext(context)
    {
      return [Actor(tokens: actor.tokens, kind: .school, isPronoun: true)]
    }
    return [actor]
  }

  /// Every phrase in the post that can name a doer: school and staff groups, roles, titled names, pronouns and
  /// described people, given names and surnames; longest first where they overlap.
  static func actorCandidates(_ context: DetectionContext) -> [Actor] {
    var found: [Actor] = titledNames(context).map { Actor(tokens: $0, kind: .titled) }
    let spans = ["staff.role", "school.target", "wrongdoing.actor", "given.name", "surname"].flatMap { name in
      context.matches.spans(of: name).map { (name, $0.tokens) }
    }.sorted { $0.1.count > $1.1.count }
    for (name, tokens) in spans where !found.contains(where: { $0.tokens.overlaps(tokens) }) {
      let keys = tokens.map { context.post.tokens[$0].key }
      let staff = keys.contains { staffNouns.contains($0) || staffNouns.contains(String($0.dropLast(2))) }
      switch name {
      case "staff.role": found.append(Actor(tokens: tokens, kind: keys.contains("pta") ? .person : .staff))
      case "school.target": found.append(Actor(tokens: tokens, kind: staff ? .staff : .school))
      case "wrongdoing.actor":
        let pronoun = tokens.count == 1 && pronouns.contains(keys[0])
        found.append(Actor(tokens: tokens, kind: staff ? .staff : .person, isPronoun: pronoun))
      default:
        // a name counts only when written as one ("Jake", not "jake" inside a sentence)
        if context.post.tokens[tokens.lowerBound].shape.contains(.capitalised) {
          found.append(Actor(tokens: tokens, kind: .person))
        }
      }
    }
    // "Ioana's dad", "his mum's boyfriend": a relative of a named or described person
    for index in context.post.tokens.indices.dropFirst() where kin.contains(context.post.tokens[index].key) {
      let owner = context.post.tokens[index - 1]
      guard owner.sentence == context.post.tokens[index].sentence, owner.key.hasSuffix("'s"),
        !found.contains(where: { $0.tokens.contains(index) })
      else { continue }
      found.removeAll { $0.tokens.contains(index - 1) }
      found.append(Actor(tokens: (index - 1)..<(index + 1), kind: .person))
    }
    return found.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
  }

  /// "My son", "my husband": the author's own family is not the accused.
  static func isAuthorsOwn(_ tokens: Range<Int>, _ context: DetectionContext) -> Bool {
    ["my", "our", "me", "i", "we"].contains(context.post.tokens[tokens.lowerBound].key)
  }

  /// He/she against a title's sex; "they" prefers a group (the school, the staff) but takes anyone.
  static func agrees(pronoun: String, with candidate: Actor, _ context: DetectionContext) -> Bool {
    let first = context.post.tokens[candidate.tokens.lowerBound].key
    let male = ["mr", "sir", "mister"].contains(first)
    let female = ["mrs", "miss", "ms", "missus"].contains(first)
    if pronoun.hasPrefix("he") || pronoun == "him" { return !female }
    if pronoun.hasPrefix("she") || pronoun == "her" { return !male }
    return true
  }
}
