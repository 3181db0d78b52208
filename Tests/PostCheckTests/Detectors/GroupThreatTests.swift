import PostCheck
import Testing

/// Threats against a protected group are both `threat` and `discriminatory`; threats against one person are not
/// discriminatory because a sex noun or role word stands near them.
@Suite struct GroupThreatTests {
  @Test(arguments: [
    "Someone should shoot all the travellers round here",
    "I'm going to hurt the next immigrant I see",
  ])
  func threatsAgainstGroupsAreAlsoDiscriminatory(_ text: String) throws {
    let categories = try Bundled.checker().check(text).categories
    #expect(categories.contains(.threat) && categories.contains(.discriminatory), "\(categories)")
  }

  @Test(arguments: [
    "I'm going to batter that new caretaker if he shouts at my girl again",
    "Someone should give that dinner lady a good slap",
    "If that woman pushes my son again I'll knock her out",
  ])
  func threatsAgainstOnePersonAreNotDiscriminatory(_ text: String) throws {
    let categories = try Bundled.checker().check(text).categories
    #expect(categories.contains(.threat), "\(categories)")
    #expect(!categories.contains(.discriminatory), "\(categories)")
  }
}
