/// Finds posts that share, or say they share, photos or videos of children other than the author's own child
/// alone (`child_image.*` lexicons). Matches must pass their entries' `check=` tags (see ``NameEvidence``):
/// "pic of Ayaan" needs a name written as a name.
struct ChildImageDetector: Detector {
  var id: String { "child_image" }

  func findings(in context: DetectionContext) -> [Finding] {
    let evidence = NameEvidence(context)
    let exceptions = context.matches.matches(of: .childImage, kind: .exception)
    let kept = context.matches.matches(of: .childImage, kind: .pattern).filter { match in
      !exceptions.contains { $0.tokens.overlaps(match.tokens) } && evidence.passesChecks(match)
    }
    return context.matches.longestFirst(kept).map { match in
      let tags = NamedIndividualDetector.findingTags(context.matches.tags(of: match))
      return context.finding(
        .childImage, severity: context.matches.severity(of: match), ruleID: context.matches.entry(match.entry).ruleID,
        tokens: match.tokens, tags: tags, message: Self.message)
    }
  }

  static let message =
    "This shares, or mentions sharing, photos or videos of children. Other families may not have given "
    + "consent; please don't post images of other people's children."
}
