import PostCheck
import Testing

/// Harm done to a child named in the post is an allegation; kindness to a named child is not.
@Suite struct NamedVictimTests {
  @Test(arguments: [
    "Mrs Hughes grabbed Jayden's arm in the lunch queue", "Apparently the TA pushed Amira over at break",
  ])
  func harmToANamedChildIsAnAllegation(_ text: String) throws {
    #expect(try Bundled.checker().check(text).categories.contains(.allegation))
  }

  @Test(arguments: ["Mr Smith helped Jayden with his reading", "Mrs Hughes hugged Amira when she fell over"])
  func kindnessIsNot(_ text: String) throws {
    #expect(try !Bundled.checker().check(text).categories.contains(.allegation))
  }
}
