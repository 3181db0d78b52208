/// Insult nouns that no pattern frames: a name-calling word (`insult`: "muppet", "knobhead") in a sentence that
/// speaks of or to someone in the school community, however the sentence is built ("honestly Mr X, what a total
/// muppet", "that TA?? absolute knobhead").
extension AbusiveDetector {
  /// Low-severity findings for insult nouns in a sentence with a person target that no abusive finding covers. Not
  /// when the insult is negated just before it, quoted or reported, aimed at the author ("I'm such an idiot"), or
  /// covered by an abusive exception (banter, titles of books and films).
  func unframedInsults(
    in context: DetectionContext, exceptions: [PhraseMatcher.Match], named: [Finding], besides found: [Finding]
  ) -> [Finding] {
    let insults = context.matches.spans(of: "insult")
    guard !insults.isEmpty, context.hasPersonTarget(named: named) else { return [] }
    let namedSentences = Set(
      named.compactMap { finding in
        context.tokens(in: finding.range).first.map { context.post.tokens[$0].sentence }
      })
    var findings: [Finding] = []
    for insult in insults {
      let range = context.post.range(ofTokens: insult.tokens)
      let sentence = context.sentenceTokens(of: insult.tokens.lowerBound)
      guard !found.contains(where: { $0.range.overlaps(range) }),
        !findings.contains(where: { $0.range.overlaps(range) }),
        !exceptions.contains(where: { $0.tokens.overlaps(insult.tokens) }),
        namedSentences.contains(context.post.tokens[insult.tokens.lowerBound].sentence)
          || sentence.contains(where: { Self.addressees.contains(context.post.tokens[$0].key) }),
        !isSelfDirected(insult.tokens, sentence: sentence, context),
        !context.isNegated(insult.tokens.lowerBound),
        !context.isReportedSpeech(insult.tokens)
      else { continue }
      findings.append(
        context.finding(
          .abusive, severity: .low, ruleID: "abusive.unframed-insult", tokens: insult.tokens,
          tags: ["type=insult"], message: Self.message))
    }
    return findings
  }

  /// Words that point the sentence at another person: second and third person.
  static let addressees: Set<String> = [
    "you", "u", "ya", "youse", "yous", "you're", "youre", "ur", "he", "she", "he's", "she's", "hes", "shes", "him",
    "her",
  ]

  /// "I'm such an idiot", "me, the muppet, forgot": the author calling themselves names. Narrower than
  /// `firstPerson`: "my" and "our" introduce someone else ("my son's teacher, the muppet").
  private func isSelfDirected(_ tokens: Range<Int>, sentence: Range<Int>, _ context: DetectionContext) -> Bool {
    let before = max(sentence.lowerBound, tokens.lowerBound - 4)..<tokens.lowerBound
    let firstPerson: Set<String> = ["i", "i'm", "im", "me", "myself", "i've", "ive", "i'd", "am", "we", "we're"]
    return before.contains { firstPerson.contains(context.post.tokens[$0].key) }
  }
}
