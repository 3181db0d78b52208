/// Questions about the discourse around a match: quotation, reported speech, who is speaking, what the post is about.
extension DetectionContext {
  /// The token indices of the sentence containing token `index`.
  func sentenceTokens(of index: Int) -> Range<Int> { post.sentences[post.tokens[index].sentence].tokens }

  /// The tokens lying within a span of the original text.
  func tokens(in range: TextRange) -> Range<Int> {
    guard let first = post.tokens.firstIndex(where: { $0.range.utf8.lowerBound >= range.utf8.lowerBound }) else { return 0..<0 }
    var end = first
    while end < post.tokens.count, post.tokens[end].range.utf8.upperBound <= range.utf8.upperBound { end += 1 }
    return first..<end
  }

  /// Whether a phrase of the class lies (wholly) within `range` of token indices.
  func hasClass(_ className: String, in range: Range<Int>) -> Bool {
    matches.spans(of: className).contains { range.contains($0.tokens.lowerBound) && $0.tokens.upperBound <= range.upperBound }
  }

  /// Whether any phrase of the classes appears anywhere in the post.
  func postHasAnyClass(_ classNames: [String]) -> Bool {
    classNames.contains { !matches.spans(of: $0).isEmpty }
  }

  /// Whether the tokens stand inside quotation marks: an odd number of quotation marks between the start of their
  /// sentence and the first token. A single quote between two letters ("isn't", "Jade's") or after a plural's "s"
  /// outside a quotation ("the kids' coats") is an apostrophe, not a quotation mark.
  func isQuoted(_ tokens: Range<Int>) -> Bool {
    let sentence = post.sentences[post.tokens[tokens.lowerBound].sentence]
    let start = post.text.utf8.index(post.text.utf8.startIndex, offsetBy: sentence.range.utf8.lowerBound)
    let end = post.text.utf8.index(post.text.utf8.startIndex, offsetBy: post.tokens[tokens.lowerBound].range.utf8.lowerBound)
    let characters = Array(post.text[start..<end])
    var quotes = 0
    for (offset, character) in characters.enumerated() {
      switch character {
      case "\"", "\u{201C}", "\u{201D}", "\u{00AB}", "\u{00BB}": quotes += 1
      case "'", "\u{2018}", "\u{2019}":
        let previous = offset > 0 ? characters[offset - 1] : " "
        let next = offset + 1 < characters.count ? characters[offset + 1] : " "
        // After an "s", a quote closes an open quotation, or else marks a plural possessive.
        let pluralPossessive = previous == "s" && character != "\u{2018}" && next == " " && quotes % 2 == 0
        if !(previous.isLetter && next.isLetter) && !pluralPossessive { quotes += 1 }
      default: break
      }
    }
    return quotes % 2 == 1
  }

  /// Whether a negation cue ("not", "never", "no", "don't"...) is one of the tokens.
  func containsNegation(_ tokens: Range<Int>) -> Bool {
    tokens.contains { index in
      matches.isCovered(index, byClass: "negation") || post.tokens[index].key.hasSuffix("n't")
        || ["not", "never", "no", "nobody", "none"].contains(post.tokens[index].key)
    }
  }

  /// Whether a first-person word (I, me, my, we, us, our...) stands in the sentence of token `index`.
  func sentenceHasFirstPerson(_ index: Int) -> Bool {
    sentenceTokens(of: index).contains { Self.firstPerson.contains(post.tokens[$0].key) }
  }

  static let firstPerson: Set<String> = [
    "i", "i'm", "im", "i've", "i'd", "i'll", "me", "my", "myself", "mine", "we", "we're", "we've", "we'll", "us", "our",
    "ours", "ourselves",
  ]
}
