import PostCheck
import Testing

/// Obfuscations are undone only towards words a lexicon mentions; these tests use a small lexicon of their own.
@Suite struct DeobfuscationTests {
  let pipeline: TextPipeline

  init() throws {
    let words = lexicon(
      name: "test.words", category: "abusive",
      entries: [
        "kill\tkill\thigh\t-", "nazi\tnazi\thigh\t-", "fuck\tfuck\thigh\t-", "scum\tscum\tmedium\t-",
        "idiot\tidiot\tmedium\t-", "loser\tloser\tlow\t-", "hate\thate\tmedium\t-", "hatred\thatred\tmedium\t-",
        "chink\tchink\thigh\t-", "women\twomen\tlow\t-", "all\tall\tlow\t-",
      ])
    let ordinary = lexicon(
      name: "test.ordinary", category: "shared", kind: "terms", className: "ordinary", entries: ["chin\tchin\tlow\t-"])
    pipeline = try Checker(lexicons: .text(words, origin: "test").adding(.text(ordinary, origin: "o"))).textPipeline
  }

  private func keys(_ text: String) throws -> [String] { try pipeline.prepare(text).tokens.map(\.key) }

  @Test(arguments: [
    ("k1ll", "kill"), ("K1LL", "kill"), ("n4z1", "nazi"), ("sc0m", "sc0m"), ("1d10t", "idiot"), ("l0s3r", "loser"),
  ])
  func leetspeakInsideMixedWords(_ typed: String, _ key: String) throws {
    #expect(try keys(typed) == [key])
  }

  @Test func leetSymbolsGluedInsideWords() throws {
    #expect(try keys("n@zi") == ["nazi"])
    #expect(try keys("$cum") == ["scum"])
    #expect(try keys("you n@zi!") == ["you", "nazi"])
  }

  @Test func numbersAndOrdinaryMixedTokensAreLeftAlone() throws {
    #expect(try keys("Year 5 at 3.30pm on the 2nd") == ["year", "5", "at", "3.30pm", "on", "the", "2nd"])
  }

  @Test func repeatedLettersCollapseWithoutBreakingDoubleLetters() throws {
    #expect(try keys("kiiiiill") == ["kill"])
    #expect(try keys("kiiiilllll") == ["kill"])
    #expect(try keys("sooooo good") == ["sooooo", "good"])
  }

  @Test func spacedDottedAndHyphenatedLettersRejoin() throws {
    #expect(try keys("i will k i l l you") == ["i", "will", "kill", "you"])
    #expect(try keys("k.i.l.l") == ["kill"])
    #expect(try keys("k-i-l-l") == ["kill"])
    #expect(try keys("I a m here") == ["i", "a", "m", "here"])
  }

  @Test func asteriskCensoringMatchesByFirstLastAndLength() throws {
    #expect(try keys("f**k off") == ["fuck", "off"])
    #expect(try keys("f*ck") == ["fuck"])
    #expect(try keys("s**m") == ["scum"])
    #expect(try keys("a**b") == ["a", "b"])
  }

  @Test(arguments: [
    ("haet", "hate"), ("hatrd", "hatred"), ("hatered", "hatred"), ("womn", "women"), ("idoit", "idiot"),
  ])
  func misspellingsOfSensitiveWordsAreCorrected(_ typed: String, _ key: String) throws {
    #expect(try keys(typed) == [key])
  }

  @Test(arguments: ["hat", "heat", "haste", "shate", "kil", "chin"])
  func ordinaryWordsAndShortWordsAreNotCorrected(_ typed: String) throws {
    #expect(try keys(typed) == [typed])
  }

  @Test func wordsRunTogetherAreSplitWhenOnePartIsSensitive() throws {
    let text = "Ihate womenscum hateall"
    let post = try pipeline.prepare(text)
    #expect(post.tokens.map(\.key) == ["i", "hate", "women", "scum", "hate", "all"])
    #expect(post.tokens.map { $0.range.text(in: text) } == ["I", "hate", "women", "scum", "hate", "all"])
    #expect(try keys("heliotrope allotment") == ["heliotrope", "allotment"])
  }

  @Test func hashtagsAreSplitIntoTheirWords() throws {
    let text = "#LoserTeam #hateall #scumbags #idiot"
    let post = try pipeline.prepare(text)
    #expect(post.tokens.map(\.key) == ["loser", "team", "hate", "all", "scum", "bags", "idiot"])
    #expect(post.tokens.map { $0.range.text(in: text) } == ["Loser", "Team", "hate", "all", "scum", "bags", "idiot"])
    #expect(try keys("#sunshine #hello") == ["sunshine", "hello"])
  }

  @Test func rangesCoverTheWholeObfuscatedSpan() throws {
    let text = "you k i l l er"
    let post = try pipeline.prepare(text)
    #expect(post.tokens[1].range.text(in: text) == "k i l l")
    #expect(post.tokens[1].shape.contains(.deobfuscated))
    let censored = "what a f**k!"
    #expect(try pipeline.prepare(censored).tokens[2].range.text(in: censored) == "f**k")
  }
}

@Suite struct PossessiveAndProperNounTests {
  @Test func aListedPossessiveStillMatchesPatternsForItsWord() throws {
    let roles = lexicon(
      name: "test.roles", category: "named_individual",
      entries: ["head\tthe head\tlow\t-", "heads\tthe head's office\tlow\t-"])
    let checker = try Checker(lexicons: .text(roles, origin: "t"))
    let texts = try checker.check("I saw the head's car").findings.map(\.text)
    #expect(texts == ["the head's"])
  }

  @Test func capitalisedWordsMidSentenceAreNotSplit() throws {
    let words = lexicon(
      name: "test.words", category: "abusive", entries: ["fair\tfair\tlow\t-", "clough\tclough\tmedium\t-"])
    let pipeline = try Checker(lexicons: .text(words, origin: "t")).textPipeline
    #expect(try pipeline.prepare("ask Mr Fairclough today").tokens.map(\.key) == ["ask", "mr", "fairclough", "today"])
    #expect(try pipeline.prepare("ask fairclough").tokens.map(\.key) == ["ask", "fair", "clough"])
    #expect(try pipeline.prepare("Fairclough said").tokens.map(\.key) == ["fair", "clough", "said"])
  }
}

@Suite struct CensoredSpellingTests {
  @Test func visibleLettersChooseBetweenWordsOfTheSameShape() throws {
    let words = lexicon(
      name: "test.words", category: "threat", entries: ["kills\tkills\thigh\t-", "kilns\tkilns\tlow\t-"])
    let pipeline = try Checker(lexicons: .text(words, origin: "t")).textPipeline
    #expect(try pipeline.prepare("k*lns").tokens.map(\.key) == ["kilns"])
    #expect(try pipeline.prepare("k**ls").tokens.map(\.key) == ["kills"])
    #expect(try pipeline.prepare("k***s").tokens.map(\.key) == ["kills"])  // the more severe of the two
  }
}
