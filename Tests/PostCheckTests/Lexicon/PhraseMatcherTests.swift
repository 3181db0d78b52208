import PostCheck
import Testing

/// The pattern language end to end, through a checker built from small test lexicons.
@Suite struct PhraseMatcherTests {
  let checker: Checker

  init() throws {
    let people = lexicon(
      name: "test.people", category: "shared", kind: "terms", className: "person",
      entries: ["him\thim\tlow\t-", "her\ther\tlow\t-", "teacher\tthe (head|class teacher)\tlow\ttarget=staff"])
    let threats = lexicon(
      name: "test.threats", category: "threat",
      entries: [
        "break\t(i'll|i will) break <person> * arm\thigh\t-", "gap\tkill ** <person>\thigh\t-",
        "optional\t(really)? hurt you\tmedium\t-", "emoji\tyou 🔪\tmedium\t-",
      ])
    let idioms = lexicon(
      name: "test.idioms", category: "threat", kind: "exception", entries: ["kill-time\tkill time\tlow\t-"])
    checker = try Checker(
      lexicons: .text(people, origin: "p").adding(.text(threats, origin: "t")).adding(.text(idioms, origin: "i")))
  }

  private func threatSpans(_ text: String) throws -> [Range<Int>] {
    try checker.check(text).findings.filter { $0.category == .threat }.map(\.range.utf8)
  }

  @Test(arguments: [
    "Honestly ⟦I'll break him right arm⟧ for this",
    "⟦i will break the head teacher's arm⟧",
    "⟦kill her⟧",
    "⟦kill them all, then him⟧",
    "⟦really hurt you⟧ and ⟦hurt you⟧",
    "⟦you 🔪⟧",
  ])
  func matchesWithWildcardsGapsClassesAndOptionalGroups(_ sample: String) throws {
    let (text, expected) = marked(sample)
    #expect(try threatSpans(text) == expected)
  }

  @Test(arguments: ["kill a b c d her", "I'll break. Him right arm", "kill time with her", "kill", "I'll break him"])
  func doesNotMatch(_ text: String) throws {
    #expect(try threatSpans(text).isEmpty)
  }

  @Test func findingsCarryRuleTagsAndText() throws {
    let finding = try #require(try checker.check("i will break the class teacher left arm now").findings.first)
    #expect(finding.ruleID == "test.threats.break")
    #expect(finding.text == "i will break the class teacher left arm")
    #expect(finding.tags.contains("target=staff"))
    #expect(finding.severity == .high)
  }
}
