/// What a post's writing says about which words are names: how the post is cased, whether a token is capitalised
/// as a name is, and whether a lexicon match passes the `check=` tags its entry carries. Built once per post and
/// shared by the named-individual, confidential and child-image detectors.
///
/// Capitalisation is evidence only in mixed-case text: in a post typed all in capitals or all in lower case it
/// tells nothing, so words that are also common words (Will, Grace, Rose) then need other evidence (a title, a
/// class, a possessive with a relative).
struct NameEvidence {
  /// How a post is cased.
  enum Casing: Equatable {
    /// Ordinary writing: capitals mark sentence starts and proper nouns.
    case mixed
    /// Most words typed in capitals ("PLEASE SHARE"): capitals tell nothing.
    case upper
    /// No capital except at sentence starts and on "I": capitals tell nothing.
    case lower
  }

  let context: DetectionContext
  let casing: Casing
  /// Class ids of the name gazetteers (`given.name`, `surname`).
  let nameClasses: Set<Int32>
  let titleClass: Int32?
  /// The given-name and surname spans covering each token, so look-ups do not scan the post's spans.
  private let nameSpansByToken: [[ClassSpan]]
  /// For each token, the tokens written as one word with it (see ``glued(_:)``).
  private let gluedRuns: [Range<Int>]

  init(_ context: DetectionContext) {
    self.context = context
    casing = Self.casing(of: context.post)
    let nameClasses = Set(["given.name", "surname"].compactMap(context.matches.lexicons.classID))
    self.nameClasses = nameClasses
    titleClass = context.matches.lexicons.classID("title")
    var byToken = [[ClassSpan]](repeating: [], count: context.post.tokens.count)
    for span in context.matches.spans where nameClasses.contains(span.classID) {
      for index in span.tokens { byToken[index].append(span) }
    }
    nameSpansByToken = byToken
    gluedRuns = Self.gluedRuns(context.post.tokens)
  }

  /// The runs of tokens with no space between them, one range per token, in one pass.
  private static func gluedRuns(_ tokens: [Token]) -> [Range<Int>] {
    var runs: [Range<Int>] = []
    runs.reserveCapacity(tokens.count)
    var start = 0
    for index in tokens.indices
    where index + 1 == tokens.count
      || tokens[index].range.utf8.upperBound != tokens[index + 1].range.utf8.lowerBound
    {
      runs += Array(repeating: start..<(index + 1), count: index + 1 - start)
      start = index + 1
    }
    return runs
  }

  /// Tags of name entries that ask for more evidence than the word alone: it is also an ordinary word.
  static let weakNameTags: Set<String> = ["common-word", "capitalised-word", "function-word", "place", "brand"]

  static func casing(of post: PreparedPost) -> Casing {
    var letters = 0
    var allCaps = 0
    var capitalisedInside = 0
    for token in post.tokens
    where token.kind == .word && token.key.unicodeScalars.contains(where: \.properties.isAlphabetic) {
      letters += 1
      if token.shape.contains(.allCaps) { allCaps += 1 }
      if token.shape.contains(.capitalised), !token.shape.contains(.sentenceInitial),
        !["i", "i'm", "i've", "i'll", "i'd", "im", "ive"].contains(token.key)
      {
        capitalisedInside += 1
      }
    }
    guard letters > 0 else { return .mixed }
    if allCaps * 10 >= letters * 6 && allCaps >= 2 { return .upper }
    return capitalisedInside == 0 ? .lower : .mixed
  }

  // MARK: Tokens

  var tokens: [Token] { context.post.tokens }

  /// Whether token `index` is written as a name is in mixed-case text: with a capital, and, when it starts its
  /// sentence, with 's (a possessive at a sentence start is still a name: "Grace's mum").
  func isCapitalisedAsName(_ index: Int) -> Bool {
    let shape = tokens[index].shape
    guard casing != .upper, shape.contains(.capitalised) else { return false }
    return (casing == .mixed && !shape.contains(.sentenceInitial)) || shape.contains(.possessive)
  }

  /// The tokens written as one word with token `index` (no space between): the pipeline splits words run
  /// together ("Fairclough" may come out as two tokens).
  func glued(_ index: Int) -> Range<Int> { gluedRuns[index] }

  /// Whether the word token `index` is part of, as typed, starts with a capital.
  func isCapitalisedWord(_ index: Int) -> Bool { tokens[glued(index).lowerBound].shape.contains(.capitalised) }

  /// Whether token `index` was split off a longer word or rewritten by deobfuscation (other than dropping 's):
  /// such a token is not a name as typed ("Robinwood" is not "Robin Wood").
  func isRewritten(_ index: Int) -> Bool {
    let token = tokens[index]
    return token.shape.contains(.deobfuscated) && !token.shape.contains(.possessive)
  }

  /// The tags of a class span's entry.
  func tags(of span: ClassSpan) -> [String] { context.matches.entry(span.entry).entry.tags }

  /// Whether a span of a name gazetteer is weak: also an ordinary word, a place or a brand.
  func isWeak(_ span: ClassSpan) -> Bool { tags(of: span).contains(where: Self.weakNameTags.contains) }

  /// The given-name and surname spans covering token `index`.
  func nameSpans(at index: Int) -> [ClassSpan] { nameSpansByToken[index] }

  /// Whether token `index` is a name word written as a name (capitalised in mixed-case text, or a name that is
  /// not also a common word).
  func isNameWord(_ index: Int) -> Bool {
    let spans = nameSpans(at: index)
    guard !spans.isEmpty, !isRewritten(index) else { return false }
    if casing == .mixed { return tokens[index].shape.contains(.capitalised) }
    return spans.contains { !isWeak($0) }
  }

  // MARK: Checks

  /// Whether a lexicon match passes the `check=` tags of its entry and the rules every name capture obeys:
  /// a rewritten token is no name, and a `function-word` name (Will, May) needs a title or another name beside it.
  func passesChecks(_ match: PhraseMatcher.Match) -> Bool {
    let entryTags = context.matches.entry(match.entry).entry.tags
    let names = match.captures.filter { nameClasses.contains($0.classID) }
    for title in match.captures where title.classID == titleClass && tags(of: title).contains("common-word") {
      // A title that is also an ordinary word (coach, king, officer) needs a name written as one after it.
      let next = title.tokens.upperBound
      guard next < match.tokens.upperBound else { continue }
      let ok = casing == .mixed ? isCapitalisedWord(next) : nameSpans(at: next).contains { !isWeak($0) }
      if !ok { return false }
    }
    let titled = match.captures.contains { $0.classID == titleClass }
    for name in names {
      // In running text a name is capitalised after a title, and a name that is also a word always.
      if casing == .mixed, titled || isWeak(name), !name.tokens.allSatisfy(isCapitalisedWord) { return false }
      if name.tokens.contains(where: isRewritten) { return false }
      if tags(of: name).contains("function-word"), !hasNeighbourName(name, in: match) { return false }
    }
    for tag in entryTags where tag.hasPrefix("check=") {
      switch tag.dropFirst("check=".count) {
      case "capitalised": if !capitalised(match, names: names) { return false }
      case "capitalised-next": if !capitalisedNext(match) { return false }
      case "possessive": if !possessive(names) { return false }
      case "followed-by-number": if !followedByNumber(match) { return false }
      case "singular": if !singular(match) { return false }
      default: continue
      }
    }
    return true
  }

  /// A title right before the name, or another name word right beside it, inside the match.
  private func hasNeighbourName(_ name: ClassSpan, in match: PhraseMatcher.Match) -> Bool {
    match.captures.contains { other in
      other != name
        && (other.tokens.upperBound == name.tokens.lowerBound || other.tokens.lowerBound == name.tokens.upperBound)
        && (other.classID == titleClass || (nameClasses.contains(other.classID) && other.tokens.allSatisfy(isNameWord)))
    }
  }

  /// `check=capitalised`: every weak name capture is written with a capital (and not only because it starts the
  /// sentence), unless a title precedes it; a match with no name capture needs the word before a street type
  /// capitalised ("lives on Ashford Road").
  private func capitalised(_ match: PhraseMatcher.Match, names: [ClassSpan]) -> Bool {
    guard !names.isEmpty else { return capitalisedBeforeStreetType(match) }
    let titled = match.captures.contains { $0.classID == titleClass }
    for name in names where isWeak(name) {
      if titled, casing == .mixed, name.tokens.allSatisfy({ tokens[$0].shape.contains(.capitalised) }) { continue }
      if !name.tokens.allSatisfy(isCapitalisedAsName) { return false }
    }
    if casing == .mixed {
      // Non-weak names must still look like names in mixed-case text: at least one name token capitalised.
      return names.contains { name in name.tokens.contains { tokens[$0].shape.contains(.capitalised) } }
    }
    return true
  }

  private func capitalisedBeforeStreetType(_ match: PhraseMatcher.Match) -> Bool {
    guard let streetType = context.matches.lexicons.classID("conf.street-type") else { return true }
    let streets = match.captures.filter { $0.classID == streetType }
    let before = streets.map { $0.tokens.lowerBound - 1 }.filter { $0 >= match.tokens.lowerBound }
    let lastToken = match.tokens.upperBound - 1
    let checked = before.isEmpty ? [max(match.tokens.lowerBound, lastToken - 1)] : before
    return checked.allSatisfy { index in
      switch casing {
      case .mixed: isCapitalisedWord(index)
      case .upper, .lower: !Self.functionWords.contains(tokens[index].key)
      }
    }
  }

  /// `check=capitalised-next`: the word after a courtesy title is a name: capitalised in mixed-case text (and no
  /// common word typed in lower case), else a gazetteer name that is no common word ("lil wild" is no name).
  private func capitalisedNext(_ match: PhraseMatcher.Match) -> Bool {
    let index = match.tokens.upperBound - 1
    let token = tokens[index]
    guard token.kind == .word, !Self.functionWords.contains(token.key) else { return false }
    if isRewritten(index), glued(index).count == 1 { return false }
    switch casing {
    case .mixed: return isCapitalisedWord(index)
    case .upper, .lower: return nameSpans(at: index).contains { !isWeak($0) }
    }
  }

  /// `check=possessive`: the last name word of the match carries 's ("Leo's autistic").
  private func possessive(_ names: [ClassSpan]) -> Bool {
    guard let last = names.map({ $0.tokens.upperBound - 1 }).max() else { return false }
    return tokens[last].shape.contains(.possessive)
  }

  /// `check=followed-by-number`: a number ends the match or comes right after it.
  private func followedByNumber(_ match: PhraseMatcher.Match) -> Bool {
    let last = match.tokens.upperBound - 1
    if tokens[last].kind == .number { return true }
    return match.tokens.upperBound < tokens.count && tokens[match.tokens.upperBound].kind == .number
  }

  /// `check=singular`: the noun before "in/from" is singular ("a kid in 4B", not "some kids in 4B").
  private func singular(_ match: PhraseMatcher.Match) -> Bool {
    guard let preposition = match.tokens.first(where: { ["in", "from"].contains(tokens[$0].key) }),
      preposition > match.tokens.lowerBound
    else { return true }
    return !Self.isPlural(tokens[preposition - 1].key)
  }

  static func isPlural(_ key: String) -> Bool {
    if ["people", "children", "men", "women", "kids", "folk", "lot", "ones"].contains(key) { return true }
    guard key.hasSuffix("s"), key.count > 3 else { return false }
    return !["ss", "us", "is", "'s"].contains { key.hasSuffix($0) }
  }

  /// Words that are never a name after a title or before a street type.
  static let functionWords: Set<String> = [
    "the", "a", "an", "and", "or", "but", "to", "for", "of", "in", "on", "at", "is", "was", "are", "were", "be",
    "has", "have", "had", "this", "that", "these", "those", "my", "our", "your", "his", "her", "their", "its", "it",
    "he", "she", "they", "we", "you", "i", "me", "him", "them", "us", "same", "main", "next", "busy", "quiet", "with",
    "who", "what", "said", "says", "so", "if", "not", "no", "yes", "just", "also",
  ]
}
