import Testing

@testable import PostCheck

@Suite struct ChildImageDetectorTests {
  let checker: Checker
  init() throws { checker = try Bundled.checker() }

  private func images(_ post: String) throws -> [Finding] {
    try checker.check(post).findings.filter { $0.category == .childImage }
  }

  @Test(arguments: [
    "Here's a photo of the whole class on the trip!",
    "I filmed the scrap on the field, video below",
    "Got a pic of Dariusz crying at the gate",
  ])
  func findsImagesOfChildren(_ post: String) throws {
    #expect(try !images(post).isEmpty)
  }

  @Test(arguments: [
    "The school photographer is in on Tuesday.",
    "Can anyone recommend a photo printing shop?",
    "Got a pic of hope and glory on the telly",
  ])
  func ignoresOtherPhotos(_ post: String) throws {
    #expect(try images(post).isEmpty)
  }
}
