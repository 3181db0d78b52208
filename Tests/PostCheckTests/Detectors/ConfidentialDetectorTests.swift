import Testing

@testable import PostCheck

@Suite struct ConfidentialDetectorTests {
  let checker: Checker
  init() throws { checker = try Bundled.checker() }

  private func confidential(_ post: String) throws -> [Finding] {
    try checker.check(post).findings.filter { $0.category == .confidential }
  }

  @Test(arguments: [
    "The boy next door to us, he's autistic and the school won't help.",
    "Bartosz in 4K, he has epilepsy so keep an eye out.",
    "Ring his dad on 07700 900461 if you see him.",
    "The Wiśniewski family are being investigated by social services.",
  ])
  func findsOthersPrivateDetails(_ post: String) throws {
    #expect(try !confidential(post).isEmpty)
  }

  @Test(arguments: [
    "My son was diagnosed last year. He's autistic and loves trains.",
    "Our daughter struggles at lunch. She has a nut allergy so I pack her own.",
    "my son's on the waiting list, he's on the ADHD pathway now",
    "We were visited by social services after the accident and they were lovely.",
  ])
  func ownChildIsNotConfidential(_ post: String) throws {
    #expect(try confidential(post).isEmpty)
  }

  @Test func pronounAfterAnotherChildIsConfidential() throws {
    #expect(try !confidential("My son sits with Radek. He's autistic apparently.").isEmpty)
  }

  @Test(arguments: ["lives on Kingfisher Close", "lives at 9 Hollybank Road"])
  func streetNamesAreCapitalised(_ address: String) throws {
    #expect(try !confidential("That family \(address), just so you know.").isEmpty)
  }

  @Test func streetWordWithoutNameIsNoAddress() throws {
    #expect(try confidential("She lives on the main road near the shops.").isEmpty)
  }
}
