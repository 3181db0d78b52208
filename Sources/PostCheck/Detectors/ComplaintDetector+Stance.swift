/// Complaints that no single phrase makes: a sentence about the school whose stance cues add up to dissatisfaction
/// (`complaint.cue` terms, each tagged with its family, plus the `neg.evaluation` class). "Three emails about the
/// car park this week, zero about parents evening 🙄" has no complaint phrase, but persistence ("zero") and
/// frustration (🙄) together make one.
///
/// A sentence counts when it lies next to a school subject (in it or in the sentence before or after), carries no
/// positive or sympathetic cue and no threat or abuse (whose own wording carries the negative cues), and has cues of
/// two families besides a contrast, one of them strong (an evaluation, frustration or a rhetorical question), or cues
/// of three families. An evaluation said of something in a sentence that itself names the school or a school topic
/// ("the dinners are grim this term") is enough alone.
extension ComplaintDetector {
  /// Cue families whose presence, with one other family, makes a complaint.
  static let strongCueFamilies: Set<String> = ["evaluation", "frustration", "rhetorical"]
  /// Cue families that only count in a sentence ending with a question mark.
  static let questionCueFamilies: Set<String> = ["question", "rhetorical"]

  /// Low-severity complaints for sentences whose cues add up, skipping sentences that hold an `existing` finding;
  /// cues inside a complaint exception ("out of order" of a toilet, traffic "chaos") do not count.
  func stanceFindings(in context: DetectionContext, existing: [Finding]) -> [Finding] {
    let schoolSentences = Self.schoolSentences(context)
    guard !schoolSentences.isEmpty else { return [] }
    let hostile = context.findings(of: ThreatDetector()) + context.findings(of: AbusiveDetector())
    let covered = existing + hostile
    var cuesBySentence: [Int: [(family: String, tokens: Range<Int>)]] = [:]
    let exceptions = context.lexiconMatches(of: .complaint, kind: .exception)
    for (family, tokens) in Self.cues(in: context) where !exceptions.contains(where: { $0.tokens.overlaps(tokens) }) {
      cuesBySentence[context.post.tokens[tokens.lowerBound].sentence, default: []].append((family, tokens))
    }
    return cuesBySentence.keys.sorted().compactMap { sentenceIndex -> Finding? in
      let sentence = context.post.sentences[sentenceIndex]
      let cues = cuesBySentence[sentenceIndex, default: []].filter {
        sentence.isQuestion || !Self.questionCueFamilies.contains($0.family)
      }
      let families = Set(cues.map(\.family))
      let judged =
        schoolSentences.contains(sentenceIndex)
        && cues.contains { $0.family == "evaluation" && Self.isPredicative($0.tokens, context) }
      guard !families.contains("positive"), Self.addsUp(families) || judged,
        (sentenceIndex - 1...sentenceIndex + 1).contains(where: schoolSentences.contains),
        !covered.contains(where: { $0.range.overlaps(sentence.range) })
      else { return nil }
      let span = cues.map(\.tokens.lowerBound).min()!..<cues.map(\.tokens.upperBound).max()!
      return context.finding(
        .complaint, severity: .low, ruleID: "complaint.stance.cues", tokens: span,
        tags: ["type=stance"] + families.sorted().map { "cue=\($0)" }, message: Self.message)
    }
  }

  /// Whether an evaluation is said of something rather than modifying a noun: after a linking verb or intensifier
  /// ("the dinners are honestly grim", "it's so steep"), or closing its clause ("grim."). "Daft voices" and "shocking
  /// results" modify a noun.
  static func isPredicative(_ tokens: Range<Int>, _ context: DetectionContext) -> Bool {
    let post = context.post
    if tokens.upperBound == post.tokens.count || context.startsClause(tokens.upperBound) { return true }
    guard tokens.lowerBound > 0 else { return false }
    let previous = post.tokens[tokens.lowerBound - 1].key
    return linkingWords.contains(previous) || previous.hasSuffix("'s") || previous.hasSuffix("'re")
  }

  /// Linking verbs and the intensifiers that stand between them and a predicative evaluation.
  static let linkingWords: Set<String> = [
    "is", "are", "was", "were", "be", "been", "seems", "seem", "seemed", "looks", "look", "looked", "feels",
    "felt", "sounds", "sounded", "got", "getting", "gets", "become", "becoming", "so", "too", "very", "really",
    "utterly", "totally", "absolutely", "completely", "just", "honestly", "frankly", "pretty", "quite", "bit",
    "proper", "well", "dead", "bloody", "right", "beyond", "extremely", "most", "least",
  ]

  /// Whether the cue families of a sentence add up to a complaint.
  /// A contrast ("but", "only", "even") counts only as a third family: beside a frustrated emoji alone it is banter.
  static func addsUp(_ families: Set<String>) -> Bool {
    let telling = families.subtracting(["contrast"])
    return families.count >= 3 || (telling.count == 2 && !telling.isDisjoint(with: strongCueFamilies))
  }

  /// Every stance cue of the post with its family. Feelings tagged `needs=speaker` count as the author's only; evaluations right after a negation ("not bad", "no joke") are
  /// left out.
  static func cues(in context: DetectionContext) -> [(family: String, tokens: Range<Int>)] {
    let terms = context.matches.spans(of: "complaint.cue").compactMap { span -> (String, Range<Int>)? in
      let tags = context.matches.entry(span.entry).entry.tags
      if tags.contains("needs=speaker"), !context.sentenceHasFirstPerson(span.tokens.lowerBound),
        !context.startsClause(span.tokens.lowerBound)
      {
        return nil
      }
      return tags.first { $0.hasPrefix("cue=") }.map { (String($0.dropFirst(4)), span.tokens) }
    }
    let evaluations = context.matches.spans(of: "neg.evaluation").filter {
      guard $0.tokens.lowerBound > 0 else { return true }
      let previous = $0.tokens.lowerBound - 1
      return !context.matches.isCovered(previous, byClass: "negation")
        && !context.post.tokens[previous].key.hasSuffix("n't")
    }
    return terms + evaluations.map { ("evaluation", $0.tokens) }
  }

  /// The sentences that name the school, its staff, a class, a school topic or a titled person.
  static func schoolSentences(_ context: DetectionContext) -> Set<Int> {
    let spans = AllegationDetector.schoolContextClasses.flatMap { context.matches.spans(of: $0).map(\.tokens) }
    return Set((spans + AllegationDetector.titledNames(context)).map { context.post.tokens[$0.lowerBound].sentence })
  }
}
