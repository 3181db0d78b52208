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

  /// Who `match` accuses, chosen from `candidates` (the post's `actorCandidates`, in text order). `schoolContext`
  /// says whether the post is about the school (`hasSchoolContext`).
  static func accused(
    by match: PhraseMatcher.Match, among candidates: [Actor], schoolContext: Bool, _ context: DetectionContext
  ) -> [Actor] {
    let names = context.matches.lexicons.classNames
    let victims = match.captures.filter { names[Int($0.classID)] == "wrongdoing.victim" }.map(\.tokens)
    let verb = verbIndex(of: match, context)
    let sentence = context.sentenceTokens(of: match.tokens.lowerBound)
    func eligible(_ actor: Actor) -> Bool {
      !victims.contains { $0.overlaps(actor.tokens) } && !isAuthorsOwn(actor.tokens, context)
    }
    // Candidates are in text order, so the sentence's candidates are one slice found by binary search.
    let sentenceStart = firstCandidate(startingAtOrAfter: sentence.lowerBound, in: candidates)
    let sentenceEnd = firstCandidate(startingAtOrAfter: sentence.upperBound, in: candidates)
    let inSentence = candidates[sentenceStart..<sentenceEnd].filter(eligible)
    // 1. an actor inside the match, before the wrongdoing word ("the head covered it up", "Mr X slapped him")
    // 2. the nearest before the wrongdoing word in its sentence, then the nearest after it ("hit by a teacher")
    // 3. the nearest earlier mention of a member of staff, the school or a named person in the post
    let inMatch = inSentence.last {
      match.tokens.contains($0.tokens.lowerBound) && $0.tokens.lowerBound < max(verb, match.tokens.lowerBound + 1)
    }
    let before = inSentence.last { $0.tokens.upperBound <= verb }
    let after = inSentence.first { $0.tokens.lowerBound >= match.tokens.upperBound }
    let earlier = candidates[..<sentenceStart].last { !$0.isPronoun && eligible($0) }
    guard let actor = inMatch ?? before ?? after ?? earlier else { return [] }
    guard actor.isPronoun else { return [actor] }
    let antecedent = candidates[..<firstCandidate(startingAtOrAfter: actor.tokens.lowerBound, in: candidates)].last {
      candidate in
      !candidate.isPronoun && eligible(candidate) && candidate.tokens.upperBound <= actor.tokens.lowerBound
        && agrees(pronoun: context.post.tokens[actor.tokens.lowerBound].key, with: candidate, context)
    }
    if let antecedent { return [actor, antecedent] }
    // "They marked her absent so they could fine us": a "they" that refers back to no one (it agrees with any
    // antecedent, so none was found), in a post about the school, is the institution (the corporate "they").
    if schoolContext,
      ["they", "they've", "they're", "theyve", "theyre", "they'd"].contains(
        context.post.tokens[actor.tokens.lowerBound].key)
    {
      return [Actor(tokens: actor.tokens, kind: .school, isPronoun: true)]
    }
    return [actor]
  }

  /// The index of the first candidate that starts at or after token `index` (binary search; candidates are in text
  /// order).
  private static func firstCandidate(startingAtOrAfter index: Int, in candidates: [Actor]) -> Int {
    var low = 0
    var high = candidates.count
    while low < high {
      let middle = (low + high) / 2
      if candidates[middle].tokens.lowerBound < index { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// Every phrase in the post that can name a doer: school and staff groups, roles, titled names, pronouns and
  /// described people, given names and surnames; longest first where they overlap. In text order.
  static func actorCandidates(_ context: DetectionContext) -> [Actor] {
    // Which actor, if any, covers each token: overlap checks stay linear in the post's length.
    var owner = [Int?](repeating: nil, count: context.post.tokens.count)
    var found: [Actor?] = []
    func add(_ actor: Actor) {
      for index in actor.tokens { owner[index] = found.count }
      found.append(actor)
    }
    for tokens in titledNames(context) where !tokens.contains(where: { owner[$0] != nil }) {
      add(Actor(tokens: tokens, kind: .titled))
    }
    let spans = ["staff.role", "school.target", "wrongdoing.actor", "given.name", "surname"].flatMap { name in
      context.matches.spans(of: name).map { (name, $0.tokens) }
    }.sorted { $0.1.count > $1.1.count }
    for (name, tokens) in spans where !tokens.contains(where: { owner[$0] != nil }) {
      if let actor = actor(named: name, at: tokens, context) { add(actor) }
    }
    // "Ioana's dad", "his mum's boyfriend": a relative of a named or described person
    for index in context.post.tokens.indices.dropFirst() where kin.contains(context.post.tokens[index].key) {
      let relative = context.post.tokens[index - 1]
      guard relative.sentence == context.post.tokens[index].sentence, relative.key.hasSuffix("'s"),
        owner[index] == nil
      else { continue }
      if let previous = owner[index - 1], let replaced = found[previous] {
        for covered in replaced.tokens { owner[covered] = nil }
        found[previous] = nil
      }
      add(Actor(tokens: (index - 1)..<(index + 1), kind: .person))
    }
    return found.compactMap { $0 }.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
  }

  /// The actor a lexicon span of class `name` stands for, if it can be one.
  private static func actor(named name: String, at tokens: Range<Int>, _ context: DetectionContext) -> Actor? {
    let keys = tokens.map { context.post.tokens[$0].key }
    let staff = keys.contains { staffNouns.contains($0) || staffNouns.contains(String($0.dropLast(2))) }
    switch name {
    case "staff.role": return Actor(tokens: tokens, kind: keys.contains("pta") ? .person : .staff)
    case "school.target": return Actor(tokens: tokens, kind: staff ? .staff : .school)
    case "wrongdoing.actor":
      let pronoun = tokens.count == 1 && pronouns.contains(keys[0])
      return Actor(tokens: tokens, kind: staff ? .staff : .person, isPronoun: pronoun)
    default:
      // a name counts only when written as one ("Jake", not "jake" inside a sentence)
      guard context.post.tokens[tokens.lowerBound].shape.contains(.capitalised) else { return nil }
      return Actor(tokens: tokens, kind: .person)
    }
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
