/// Finds threats of violence: direct, conditional, veiled and incitement (`threat.*` lexicons). Idioms and sport
/// ("killed it", "could murder a brew") are exceptions. On top of the patterns:
/// - negated intent ("I would never hurt") is dropped, unless the pattern spells the negation itself
///   (`negation-expected`: "won't know what hit her");
/// - commands and wishes stand where their entries' clause checks want them: "hang her." opens its sentence and
///   ends its clause, while "he hit her" is a report and "hang her coat" has a possessive;
/// - reported or quoted speech ("he told my son 'I'll punch you'") is an allegation, not the author's threat;
/// - `needs=cue` patterns ("you'll regret it") count only with a cue ("mark my words", 👊), another threat, or a
///   second, different `needs=cue` phrase; `needs=target` ones only when a person is addressed or named;
///   `needs=person` ones (an open `*` slot) only when that word is a name;
/// - `hyperbole-risk` phrases about the author's own family with laughter ("I'll kill him lol") are dropped;
/// - conditional threats too long for one pattern are assembled from a condition, a provocation and a consequence
///   (`conditionalConsequences`).
struct ThreatDetector: Detector {
  var id: String { "threat" }

  func findings(in context: DetectionContext) -> [Finding] {
    let named = context.findings(of: NamedIndividualDetector())
    let exceptions = context.lexiconMatches(of: .threat, kind: .exception)
    let candidates = context.lexiconMatches(of: .threat, kind: .pattern).filter { match in
      context.isAimedAtSomeone(match, exceptions: exceptions, named: named)
    }
    let kept = Self.withCues(candidates, context)
    let patterned = context.matches.longestFirst(kept).map { match in
      let tags = context.matches.tags(of: match)
      return context.finding(
        .threat, severity: context.matches.severity(of: match), ruleID: context.matches.entry(match.entry).ruleID,
        tokens: match.tokens, tags: tags, message: Self.message)
    }
    let conditional = Self.conditionalConsequences(context, exceptions: exceptions).filter { finding in
      !patterned.contains { $0.range.utf8.overlaps(finding.range.utf8) }
    }
    return patterned + conditional
  }

  /// Keeps `needs=cue` matches only when the post also has a threat cue, a threat that needs no cue, or two
  /// different `needs=cue` phrases.
  static func withCues(_ candidates: [PhraseMatcher.Match], _ context: DetectionContext) -> [PhraseMatcher.Match] {
    let needsCue = { (match: PhraseMatcher.Match) in context.matches.entry(match.entry).entry.tags.contains("needs=cue")
    }
    let cued = candidates.filter(needsCue)
    let others = candidates.filter { !needsCue($0) }
    let twoPhrases = cued.contains { first in
      cued.contains { $0.entry != first.entry && !$0.tokens.overlaps(first.tokens) }
    }
    let hasCue = context.postHasAnyClass(["threat.cue"]) || !others.isEmpty || twoPhrases
    return hasCue ? candidates : others
  }

  static let message =
    "This reads as a threat of violence. Even said in anger, threats can frighten people and may be a crime; "
    + "please raise what happened with the Headteacher instead."
}
