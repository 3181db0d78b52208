/// Discriminatory language aimed at someone in the school community is also abuse of that person or group.
extension AbusiveDetector {
  /// The discriminatory findings whose target is a person or a group within the school community, as abusive
  /// findings over the same span (tagged `type=discriminatory`). Skipped when an abusive finding already covers it,
  /// when the sentence generalises about an area or the nation ("the area's full of ...", "this country"), when the
  /// derogation is of an idea or policy rather than people ("... nonsense", "... agenda"), when the pattern speaks of a
  /// kind rather than of people (`scope=generic`: "a man's a man"), and for threats against a
  /// group (those are `threat` and `discriminatory`, not insults).
  func targetedDiscrimination(in context: DetectionContext, named: [Finding], besides found: [Finding]) -> [Finding] {
    let discriminatory = context.findings(of: DiscriminatoryDetector()).filter { !$0.tags.contains("type=threat") }
    guard !discriminatory.isEmpty, isAboutSchoolCommunity(context, named: named) else { return [] }
    var added: [Finding] = []
    for finding in discriminatory {
      let tokens = context.tokens(in: finding.range)
      guard !tokens.isEmpty, !found.contains(where: { $0.range.overlaps(finding.range) }),
        !added.contains(where: { $0.range.overlaps(finding.range) }),
        !isAreaWide(context.sentenceTokens(of: tokens.lowerBound), context),
        !finding.tags.contains("scope=generic"),
        !Self.ideaNouns.contains(context.post.tokens[tokens.upperBound - 1].key)
      else { continue }
      added.append(
        context.finding(
          .abusive, severity: finding.severity, ruleID: "abusive.targeted-discrimination", tokens: tokens,
          tags: ["type=discriminatory"] + finding.tags.filter { $0.hasPrefix("target=") }, message: Self.message))
    }
    return added
  }

  /// Whether the post is about people in the school community: a named person or role, someone addressed, a class,
  /// year group or school body, or an identity phrase whose head is a school-community noun ("the Polish parents").
  private func isAboutSchoolCommunity(_ context: DetectionContext, named: [Finding]) -> Bool {
    if context.hasPersonTarget(named: named) { return true }
    if context.postHasAnyClass(["school.target", "ni.class-ref", "ni.pupil-noun"]) { return true }
    return context.post.tokens.contains { Self.communityWords.contains($0.key) }
  }

  /// Words that place people within a school community.
  static let communityWords: Set<String> = [
    "school", "schools", "class", "classes", "classroom", "pta", "gate", "gates", "playground", "pupil", "pupils",
    "parents", "families", "kids", "children", "mums", "dads", "team", "unit", "year", "reception", "nursery",
    "staff", "teacher", "teachers", "ta", "tas", "governors", "assembly", "whatsapp", "chat",
  ]

  /// Whether a sentence generalises over an area or a nation rather than the school community.
  private func isAreaWide(_ sentence: Range<Int>, _ context: DetectionContext) -> Bool {
    let keys = sentence.map { context.post.tokens[$0].key }
    if keys.contains(where: { Self.areaWords.contains($0) }) { return true }
    return zip(keys, keys.dropFirst()).contains { $0 == "over" && $1 == "here" }
  }

  /// Head nouns that make a derogation about ideas, policies or trends rather than about people.
  static let ideaNouns: Set<String> = [
    "agenda", "propaganda", "ideology", "indoctrination", "brainwashing", "nonsense", "rubbish", "crap", "bullshit",
    "garbage", "craze", "fad", "madness", "lunacy", "insanity", "trend", "fashion", "policy", "policies", "stuff",
  ]

  static let areaWords: Set<String> = [
    "area", "area's", "areas", "country", "country's", "nation", "britain", "england", "uk", "town", "city", "estate",
    "neighbourhood", "world",
  ]
}
