/// Finds posts that share, or say they share, photos or videos of children other than the author's own child
/// alone (`child_image.*` lexicons). Matches must pass their entries' `check=` tags (see ``NameEvidence``):
/// "pic of Ayaan" needs a name written as a name; `check=sentence-start` entries (a caption such as "Pic of Year 2
/// at the farm") must open their sentence. Entries tagged `needs=others` ("recorded this", "will stick it up on
/// here") count only in a post that mentions other children or an event, and `needs=media` ones only in a post
/// that also names a photo or video. An attachment marker ("[photo]", "video in comments", "pic of the chaos
/// below", a camera emoji; not a screenshot or an excepted object photo) in a post that mentions other children
/// or an event counts as sharing too; an event does not count in a post about the author's own child, and a
/// camera emoji does not count in a post that declines to share.
struct ChildImageDetector: Detector {
  var id: String { "child_image" }

  func findings(in context: DetectionContext) -> [Finding] {
    let evidence = NameEvidence(context)
    let exceptions = context.lexiconMatches(of: .childImage, kind: .exception)
    let others = Self.mentionsOtherChildren(context)
    let media = !context.matches.spans(of: "ci.media").isEmpty
    let kept = context.lexiconMatches(of: .childImage, kind: .pattern).filter { match in
      let tags = context.matches.tags(of: match)
      return !exceptions.contains { $0.tokens.overlaps(match.tokens) } && evidence.passesChecks(match)
        && (others || !tags.contains("needs=others")) && (media || !tags.contains("needs=media"))
    }
    let lexiconFindings = context.matches.longestFirst(kept).map { match in
      let tags = NamedIndividualDetector.findingTags(context.matches.tags(of: match))
      return context.finding(
        .childImage, severity: context.matches.severity(of: match), ruleID: context.matches.entry(match.entry).ruleID,
        tokens: match.tokens, tags: tags, message: Self.message)
    }
    guard lexiconFindings.isEmpty, others,
      let marker = Self.attachmentMarkers(context).first(where: { marker in
        !exceptions.contains { $0.tokens.contains(marker) }
      })
    else { return lexiconFindings }
    return [
      context.finding(
        .childImage, severity: .high, ruleID: "child_image.attachment", tokens: marker..<(marker + 1),
        tags: ["kind=attached"], message: Self.message)
    ]
  }

  /// Media words written alone in brackets ("[photo]", "(pics)") or pointing to where they are ("video in
  /// comments", "pics 👇", or after a short "of" phrase: "pic of the chaos below"): the mark of an attached image
  /// or video.
  static func attachmentMarkers(_ context: DetectionContext) -> [Int] {
    let utf8 = Array(context.post.text.utf8)
    let opening: Set<UInt8> = [UInt8(ascii: "["), UInt8(ascii: "(")]
    let closing: Set<UInt8> = [UInt8(ascii: "]"), UInt8(ascii: ")")]
    let tokens = context.post.tokens
    // A camera emoji is decoration in a post that declines to share or leaves photos to the school.
    let declines = !context.lexiconMatches(of: .childImage, kind: .exception).isEmpty
    return context.matches.spans(of: "ci.media").compactMap { span in
      // a screenshot is of a screen or a document, not of children
      if screenshots.contains(tokens[span.tokens.lowerBound].key) { return nil }
      let range = context.post.range(ofTokens: span.tokens).utf8
      let bracketed =
        range.lowerBound > 0 && range.upperBound < utf8.count && opening.contains(utf8[range.lowerBound - 1])
        && closing.contains(utf8[range.upperBound])
      let emoji = cameraEmoji.contains(tokens[span.tokens.lowerBound].key) && !declines
      return bracketed || emoji || pointed(after: span.tokens.upperBound, tokens) ? span.tokens.lowerBound : nil
    }
  }

  /// Whether a pointer follows a media word at `next`, directly or after an "of"/"from" phrase of at most four
  /// words in the same sentence. Bounded look-ahead, so linear in the post.
  private static func pointed(after next: Int, _ tokens: [Token]) -> Bool {
    guard next < tokens.count else { return false }
    let sentence = tokens[next - 1].sentence
    func points(_ index: Int) -> Bool {
      index < tokens.count && tokens[index].sentence == sentence
        && (pointers.contains(tokens[index].key)
          || (tokens[index].key == "in" && index + 1 < tokens.count
            && ["comments", "the"].contains(tokens[index + 1].key)))
    }
    if points(next) { return true }
    guard ["of", "from"].contains(tokens[next].key) else { return false }
    return (next + 2...next + 5).contains { index in
      points(index) && tokens[next..<index].allSatisfy { $0.sentence == sentence }
    }
  }

  private static let cameraEmoji: Set<String> = ["📸", "📷", "🎥", "📹", "🤳"]
  private static let pointers: Set<String> = ["below", "attached", "👇", "⬇", "⬇️"]
  private static let screenshots: Set<String> = ["screenshot", "screenshots", "screen", "screengrab", "screengrabs"]

  /// Whether the post mentions children other than the author's own (a group not introduced by "my" or "our",
  /// friends, classmates) or a school event. Linear in the post: class names are few.
  static func mentionsOtherChildren(_ context: DetectionContext) -> Bool {
    let tokens = context.post.tokens
    let classRefs = context.matches.spans(of: "ni.class-ref").map(\.tokens)
    // A group other than the author's own, and more than a class name used as a modifier ("the Year 6 results").
    let others = context.matches.spans(of: "ci.group").contains { span in
      let first = span.tokens.lowerBound
      let owner = ["my", "our"]
      let onlyClassName = span.tokens.allSatisfy { index in
        tokens[index].key == "the" || classRefs.contains { $0.contains(index) }
      }
      return !onlyClassName && !owner.contains(tokens[first].key)
        && (first == 0 || !owner.contains(tokens[first - 1].key))
    }
    // An event alone says who else was there only when the post is not about the author's own child ("my son
    // in his costume for World Book Day").
    let event = !context.matches.spans(of: "ci.event").isEmpty && !context.mentionsOwnChild
    return others || event || tokens.contains { friendWords.contains($0.key) }
  }

  private static let friendWords: Set<String> = [
    "friends", "besties", "bestie", "mates", "classmates", "pals", "buddies", "bffs",
  ]

  static let message =
    "This shares, or mentions sharing, photos or videos of children. Other families may not have given "
    + "consent; please don't post images of other people's children."
}
