import PostCheck
import Testing

/// Allegations: harm, misconduct, character, hearsay, safeguarding; the accused as evidence; negation, conditionals,
/// quotes said to the author, the author's own acts and own child. Every sample is written for these tests.
@Suite struct AllegationDetectorTests {
  let checker: Checker
  init() throws { checker = try Bundled.checker() }

  private func allegations(_ post: String) throws -> [Finding] {
    try checker.check(post).findings.filter { $0.category == .allegation }
  }

  private func text(_ range: TextRange, in post: String) -> String { String(post[range.indices(in: post)]) }

  @Test(arguments: [
    "The dinner lady ⟦slapped my daughter⟧ at lunch.",
    "Mr Hollis ⟦grabbed him by the arm⟧ and left a mark.",
    "Honestly the office ⟦covered it up⟧ and nobody said a word.",
    "⟦She's a compulsive liar⟧ and everyone at the gate knows it.",
  ])
  func flagsAccusations(_ sample: String) throws {
    let (post, expected) = marked(sample)
    #expect(try allegations(post).map(\.range.utf8) == expected)
  }

  @Test(arguments: [
    ("The dinner lady slapped my daughter at lunch.", "The dinner lady"),
    ("Mr Hollis grabbed him by the arm and left a mark.", "Mr Hollis"),
    ("Honestly the office covered it up and nobody said a word.", "the office"),
    ("Apparently the caretaker has been nicking the school's laptops.", "the caretaker"),
  ])
  func marksTheAccusedAsEvidence(_ post: String, _ accused: String) throws {
    let found = try allegations(post)
    #expect(found.count == 1)
    #expect(found.first.flatMap { $0.evidence.first }.map { text($0, in: post) } == accused)
  }

  @Test func resolvesAPronounToTheTitledPersonBefore() throws {
    let post = "Mrs Okoro was on duty. She shoved him into the wall."
    let evidence = try allegations(post).first?.evidence.map { text($0, in: post) }
    #expect(evidence == ["She", "Mrs Okoro"])
  }

  @Test(arguments: [
    "Apparently the new PE teacher was sacked from his last job.",
    "I've heard the deputy has been fiddling the trip money.",
  ])
  func hearsayIsItsOwnRule(_ post: String) throws {
    let found = try allegations(post)
    #expect(found.count == 1)
    #expect(found.allSatisfy { $0.ruleID.hasPrefix("allegation.hearsay") })
    #expect(found.allSatisfy { $0.message.contains("rumour") })
  }

  @Test(arguments: [
    "My niece says a man at the park was grooming kids online.",
    "I think my son is being abused by someone he met at football.",
  ])
  func safeguardingGoesToAPrivateChannel(_ post: String) throws {
    let found = try allegations(post)
    #expect(!found.isEmpty)
    #expect(found.allSatisfy { $0.message.contains("Designated Safeguarding Lead") })
    #expect(try checker.check(post).findings.allSatisfy { $0.category != .abusive })
  }

  @Test(arguments: [
    "He never hit him, it was all a misunderstanding.",
    "She didn't push my son, he tripped over his laces.",
    "If anyone pushes my son off that climbing frame there will be trouble.",
    "Whoever slapped that kid should own up.",
    "She told me 'you're a liar' at the gate, which was upsetting.",
    "My son was so upset today after losing at football.",
    "I accidentally hit him with the car door, poor lad.",
    "The trip was cancelled due to snow.",
    "Thank you Mrs Patel for a lovely trip!",
    "The kids killed it at sports day!",
    "In the panto he plays a thief and steals the show.",
  ])
  func ignoresWhatIsNotAnAccusation(_ post: String) throws {
    #expect(try allegations(post).isEmpty)
  }

  @Test func keepsAConditionalThatPresupposesARepeat() throws {
    #expect(try !allegations("If he pushes my son again I'm going to the head.").isEmpty)
  }

  @Test(arguments: [
    "Mr Hollis grabbed him by the arm and left a mark.",
    "The dinner lady slapped my daughter at lunch.",
  ])
  func aDirectAccusationOfStaffIsAlsoAComplaint(_ post: String) throws {
    #expect(try checker.check(post).findings.contains { $0.ruleID == "complaint.allegation-against-school" })
  }

  @Test(arguments: [
    "Apparently the new PE teacher was sacked from his last job.",
    "Some older boy slapped my daughter at the park.",
  ])
  func hearsayAndAccusationsOfOthersAreNotComplaints(_ post: String) throws {
    #expect(try checker.check(post).findings.allSatisfy { $0.category != .complaint })
  }
}
