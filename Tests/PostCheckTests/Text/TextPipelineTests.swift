import PostCheck
import Testing

@Suite struct TextPipelineTests {
  let plain = TextPipeline()

  @Test func tokensCarryTheirOriginalRanges() throws {
    let post = try plain.prepare("Café au lait, s'il vous plaît!")
    #expect(post.tokens.map(\.key) == ["cafe", "au", "lait", "s'il", "vous", "plait"])
    #expect(post.tokens[0].range.utf8 == 0..<5)
    #expect(post.tokens.map { $0.range.text(in: post.text) } == ["Café", "au", "lait", "s'il", "vous", "plaît"])
  }

  @Test func emptyAndBlankTextGiveNoTokens() throws {
    #expect(try plain.prepare("").tokens.isEmpty)
    #expect(try plain.prepare("  \n\t ").tokens.isEmpty)
  }

  @Test func fullWidthAndStylisedLettersFold() throws {
    #expect(try plain.prepare("ＫＩＬＬ").tokens.map(\.key) == ["kill"])
    #expect(try plain.prepare("𝐤𝐢𝐥𝐥").tokens.map(\.key) == ["kill"])
  }

  @Test func accentsAndCombiningMarksAreRemovedButRangesKeepThem() throws {
    let text = "k\u{0301}\u{0308}ill me"
    let post = try plain.prepare(text)
    #expect(post.tokens.map(\.key) == ["kill", "me"])
    #expect(post.tokens[0].range.text(in: text) == "k\u{0301}\u{0308}ill")
  }

  @Test func zeroWidthAndBidiCharactersAreIgnoredAndRangesSkipThem() throws {
    let text = "hello \u{200B}ki\u{200B}ll\u{200D}\u{202E} you"
    let post = try plain.prepare(text)
    #expect(post.tokens.map(\.key) == ["hello", "kill", "you"])
    #expect(post.tokens[1].range.text(in: text) == "ki\u{200B}ll")
    #expect(post.tokens[2].range.text(in: text) == "you")
  }

  @Test func homoglyphsFromOtherScriptsFoldOnlyInLatinWords() throws {
    #expect(try plain.prepare("kіll").tokens.map(\.key) == ["kill"])  // Cyrillic і
    #expect(try plain.prepare("gοοd").tokens.map(\.key) == ["good"])  // Greek ο
    #expect(try plain.prepare("Привет").tokens.map(\.key) == ["привет"])  // real Russian stays Russian
    #expect(try plain.prepare("modern").tokens.map(\.key) == ["modern"])  // Latin m is never "rn"
  }

  @Test func typographicApostrophesAreStraightened() throws {
    #expect(try plain.prepare("I\u{2019}ll don\u{2019}t").tokens.map(\.key) == ["i'll", "don't"])
  }

  @Test func emojiAreTokensWithoutVariationSelectors() throws {
    let post = try plain.prepare("great job 🙄 ❤️ 🤦🏽‍♀️")
    #expect(post.tokens.map(\.key).prefix(5) == ["great", "job", "🙄", "❤", "🤦"])
    #expect(post.tokens[2].kind == .emoji)
  }

  @Test func sentencesGroupTokensAndMarkQuestions() throws {
    let post = try plain.prepare("Who decided this? Nobody told us. Again!")
    #expect(post.sentences.count == 3)
    #expect(post.sentences.map(\.isQuestion) == [true, false, false])
    #expect(post.tokens.filter { $0.shape.contains(.sentenceInitial) }.map(\.key) == ["who", "nobody", "again"])
  }

  @Test func shapesRecordCapitalsAndAllCaps() throws {
    let post = try plain.prepare("thank Mrs PATEL")
    #expect(post.tokens[0].shape.isDisjoint(with: [.capitalised, .allCaps]))
    #expect(post.tokens[1].shape.contains(.capitalised) && !post.tokens[1].shape.contains(.allCaps))
    #expect(post.tokens[2].shape.isSuperset(of: [.capitalised, .allCaps]))
  }

  @Test func clausePunctuationAndQuotesBecomeBoundaries() throws {
    let post = try plain.prepare("no, \"never\" again")
    #expect(post.tokens[1].boundaryBefore.contains(.clause))
    #expect(post.tokens[1].boundaryBefore.contains(.quote))
    #expect(post.tokens[2].boundaryBefore.contains(.quote))
  }

  @Test func handlesAreOneToken() throws {
    let post = try plain.prepare("ask @jane_smith now")
    #expect(post.tokens.map(\.key) == ["ask", "@jane_smith", "now"])
  }

  @Test func pathologicalInputsDoNotCrash() throws {
    #expect(try plain.prepare(String(repeating: "a", count: 100_000)).tokens.count == 1)
    #expect(try plain.prepare(String(repeating: "😀", count: 10_000)).tokens.count == 10_000)
    let zalgo = "z" + String(repeating: "\u{0301}", count: 5_000) + " ok"
    #expect(try plain.prepare(zalgo).tokens.map(\.key) == ["z", "ok"])
  }
}

@Suite struct PossessiveTests {
  @Test func possessivesMatchTheirWordWhenOnlyTheWordIsListed() throws {
    let names = lexicon(
      name: "test.names", category: "shared", kind: "terms", className: "name", entries: ["a\tjakub\tlow\t-"])
    let pipeline = try Checker(lexicons: .text(names, origin: "t")).textPipeline
    let post = try pipeline.prepare("Jakub’s dad and Jakub's mum and jakub")
    #expect(post.tokens.map(\.key) == ["jakub", "dad", "and", "jakub", "mum", "and", "jakub"])
    #expect(post.tokens.map { $0.shape.contains(.possessive) } == [true, false, false, true, false, false, false])
  }

  @Test func titlesWithFullStopsStayInOneSentence() throws {
    #expect(try TextPipeline().prepare("I spoke to Mr. Smith today. He was kind.").sentences.count == 2)
  }
}

/// Random text from characters that stress the pipeline: every token and sentence range must lie inside the text,
/// in order, and the pipeline must never crash.
@Suite struct TextPipelineRobustnessTests {
  static let alphabet: [String] = [
    "a", "K", "i", "l", " ", " ", ".", "...", "!", "?", "*", "@", "$", "1", "0", "-", "'", "\u{2019}", "\"", "\n",
    "\u{200B}", "\u{202E}", "\u{0301}", "😀", "🤦🏽‍♀️", "ｋ", "і", "Mr.", "e.g.", "O...K....", "k i l l", "f**k", "\r\n",
  ]

  @Test func randomTextKeepsRangesValid() throws {
    let checker = try Bundled.checker()
    var generator = SplitMix64(seed: 29)
    for _ in 0..<2_000 {
      let length = Int(generator.next() % 40)
      let text = (0..<length).map { _ in Self.alphabet[Int(generator.next() % UInt64(Self.alphabet.count))] }.joined()
      let post = try checker.textPipeline.prepare(text)
      var previousEnd = 0
      for token in post.tokens {
        #expect(token.range.utf8.lowerBound >= previousEnd && token.range.utf8.upperBound <= text.utf8.count, "\(text)")
        previousEnd = token.range.utf8.upperBound
      }
      #expect(post.sentences.allSatisfy { $0.range.utf8.upperBound <= text.utf8.count })
      _ = try checker.check(text)
    }
  }
}

/// A small deterministic random number generator, so the random tests are repeatable.
struct SplitMix64 {
  private var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}
