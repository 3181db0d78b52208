/// Questions about the discourse around a match: quotation, reported speech, who is speaking or spoken to, and
/// whether the post is banter about the author's own family.
extension DetectionContext {
  /// The token indices of the sentence containing token `index`.
  func sentenceTokens(of index: Int) -> Range<Int> { post.sentences[post.tokens[index].sentence].tokens }

  /// The tokens lying within a span of the original text.
  func tokens(in range: TextRange) -> Range<Int> {
    // Tokens are in text order: binary search for the first one starting inside the range.
    var first = 0
    var high = post.tokens.count
    while first < high {
      let middle = (first + high) / 2
      if post.tokens[middle].range.utf8.lowerBound < range.utf8.lowerBound { first = middle + 1 } else { high = middle }
    }
    guard first < post.tokens.count else { return 0..<0 }
    var end = first
    while end < post.tokens.count, post.tokens[end].range.utf8.upperBound <= range.utf8.upperBound { end += 1 }
    return first..<end
  }

  /// Whether a phrase of the class lies (wholly) within `range` of token indices.
  func hasClass(_ className: String, in range: Range<Int>) -> Bool {
    matches.spans(of: className).contains {
      range.contains($0.tokens.lowerBound) && $0.tokens.upperBound <= range.upperBound
    }
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
    let text = post.text.utf8
    let start = text.index(text.startIndex, offsetBy: sentence.range.utf8.lowerBound)
    let end = text.index(text.startIndex, offsetBy: post.tokens[tokens.lowerBound].range.utf8.lowerBound)
    var quotes = 0
    var previous: UInt8 = 0x20
    var index = start
    while index < end {
      let byte = text[index]
      let next = text.index(after: index)
      switch Self.quoteMark(text, at: index) {
      case .double: quotes += 1
      case .single(let width):
        let following = text.index(index, offsetBy: width, limitedBy: end).map { $0 < end ? text[$0] : 0x20 } ?? 0x20
        // After an "s", a quote closes an open quotation, or else marks a plural possessive.
        let pluralPossessive = previous == UInt8(ascii: "s") && width == 1 && following == 0x20 && quotes % 2 == 0
        if !(Self.isLetterByte(previous) && Self.isLetterByte(following)) && !pluralPossessive { quotes += 1 }
      case nil: break
      }
      previous = byte
      index = next
    }
    return quotes % 2 == 1
  }

  private enum QuoteMark {
    case double
    case single(width: Int)
  }

  /// The quotation mark starting at `index`: `"`, “ ” « » (double), or ' ‘ ’ (single, with its UTF-8 width).
  private static func quoteMark(_ text: String.UTF8View, at index: String.UTF8View.Index) -> QuoteMark? {
    switch text[index] {
    case UInt8(ascii: "\""): return .double
    case UInt8(ascii: "'"): return .single(width: 1)
    case 0xC2:
      let next = text.index(after: index)
      return next < text.endIndex && (text[next] == 0xAB || text[next] == 0xBB) ? .double : nil
    case 0xE2:
      let second = text.index(after: index)
      guard second < text.endIndex, text[second] == 0x80, text.index(after: second) < text.endIndex else { return nil }
      switch text[text.index(after: second)] {
      case 0x9C, 0x9D: return .double
      case 0x98, 0x99: return .single(width: 3)
      default: return nil
      }
    default: return nil
    }
  }

  /// Letters for the apostrophe test: ASCII letters and any byte of a non-ASCII character.
  private static func isLetterByte(_ byte: UInt8) -> Bool {
    (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
  }

  /// Whether a first-person word (I, me, my, we, us, our...) stands in the sentence of token `index`.
  func sentenceHasFirstPerson(_ index: Int) -> Bool {
    sentenceTokens(of: index).contains { Self.firstPerson.contains(post.tokens[$0].key) }
  }

  static let firstPerson: Set<String> = [
    "i", "i'm", "im", "i've", "i'd", "i'll", "me", "my", "myself", "mine", "we", "we're", "we've", "we'll", "us", "our",
    "ours", "ourselves",
  ]

  /// Whether the tokens are someone else's words that the author reports: inside quotation marks, or after a
  /// reporting verb ("told", "said", "apparently") whose subject is not the author ("he told my son he'd ...").
  func isReportedSpeech(_ tokens: Range<Int>) -> Bool {
    if isQuoted(tokens) { return true }
    let sentence = sentenceTokens(of: tokens.lowerBound)
    for verb in matches.spans(of: "threat.report.verb")
    where sentence.contains(verb.tokens.lowerBound) && verb.tokens.upperBound <= tokens.lowerBound {
      let key = post.tokens[verb.tokens.lowerBound].key
      if ["apparently", "allegedly"].contains(key) {
        if !(verb.tokens.upperBound...tokens.lowerBound).contains(where: { startsClause($0) }) { return true }
        continue
      }
      let subject = max(sentence.lowerBound, verb.tokens.lowerBound - 4)..<verb.tokens.lowerBound
      if subject.contains(where: { Self.firstPerson.contains(post.tokens[$0].key) }) { continue }
      if subject.contains(where: { isThirdPersonSubject($0) }) { return true }
    }
    return false
  }

  /// A word that can stand for someone other than the author: a third-person pronoun, a person noun, a name.
  private func isThirdPersonSubject(_ index: Int) -> Bool {
    let token = post.tokens[index]
    if Self.thirdPerson.contains(token.key) { return true }
    if token.shape.contains(.capitalised), !token.shape.contains(.sentenceInitial), !token.shape.contains(.allCaps) {
      return true
    }
    return ["ni.relative", "ni.pupil-noun", "staff.role", "school.target", "given.name"].contains {
      matches.isCovered(index, byClass: $0)
    }
  }

  static let thirdPerson: Set<String> = [
    "he", "she", "they", "he's", "she's", "they've", "he'd", "she'd", "they'd", "someone", "somebody", "his", "her",
    "their", "kid", "boy", "girl", "lad", "dad", "mum", "teacher", "head",
  ]

  /// Whether the post addresses or identifies a person: a named individual or role, an @handle, or "you".
  func hasPersonTarget(named: [Finding]) -> Bool {
    if !named.isEmpty { return true }
    if postHasAnyClass(["staff.role"]) { return true }
    return post.tokens.contains { $0.key.hasPrefix("@") || Self.secondPerson.contains($0.key) }
  }

  static let secondPerson: Set<String> = [
    "you", "u", "ya", "yous", "youse", "your", "ur", "yer", "you're", "youre", "yourself", "yourselves",
  ]

  /// Whether the post jokes about the author's own family: an own-family reference and a laughter marker, with no
  /// member of staff or named person in it. "I'll kill him lol" about one's own son is hyperbole, not a threat.
  func isFamilyBanter(named: [Finding]) -> Bool {
    guard named.isEmpty, !postHasAnyClass(["staff.role", "school.target"]) else { return false }
    let keys = post.tokens.map(\.key)
    let ownFamily = zip(keys, keys.dropFirst()).contains { first, second in
      ["my", "our", "me"].contains(first) && Self.family.contains(second)
    }
    let laughter = post.tokens.contains { Self.laughter.contains($0.key) }
    return ownFamily && laughter
  }

  static let family: Set<String> = [
    "son", "daughter", "kid", "kids", "child", "children", "boy", "boys", "girl", "girls", "lad", "lads", "youngest",
    "eldest", "husband", "hubby", "wife", "partner", "fella", "missus", "mum", "mam", "dad", "brother", "sister",
    "little", "twins", "teenager", "toddler", "baby", "other",
  ]

  static let laughter: Set<String> = [
    "lol", "lmao", "lmfao", "haha", "hahaha", "hahahaha", "pmsl", "rofl", "😂", "🤣", "😅", "🙈", "😆", "🤦", "💀", "jk",
    "joking", "kidding",
  ]

  /// Whether the post introduces the author's own child ("told my daughter", "our youngest"): an own-child phrase
  /// after "my" or "our".
  var mentionsOwnChild: Bool {
    matches.spans(of: "ni.own-child").contains { span in
      span.tokens.lowerBound > 0 && ["my", "our"].contains(post.tokens[span.tokens.lowerBound - 1].key)
    }
  }
}
