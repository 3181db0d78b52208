import PostCheck
import Testing

/// Quoted hate that is condemned is counter-speech; apostrophes and plural possessives are not quotation marks.
@Suite struct QuotationTests {
  private func isDiscriminatory(_ text: String) throws -> Bool {
    try Bundled.checker().check(text).categories.contains(.discriminatory)
  }

  @Test(arguments: [
    "If you say \u{201C}immigrants are vermin\u{201D} you are a bigot",
    "Posting 'immigrants are vermin' is vile and I have reported it",
  ])
  func condemnedQuotesAreCounterSpeech(_ text: String) throws {
    #expect(try !isDiscriminatory(text))
  }

  @Test(arguments: [
    "It's obvious immigrants are vermin",
    "The kids' teacher said it, but honestly immigrants are vermin",
  ])
  func apostrophesDoNotOpenQuotations(_ text: String) throws {
    #expect(try isDiscriminatory(text))
  }
}
