import Foundation
import Testing

/// `postcheck eval` on small labelled files written for these tests, in the schemas of the corpora it measures.
@Suite struct EvalCommandTests {
  private func corpus(_ lines: [String]) throws -> String {
    let path = FileManager.default.temporaryDirectory.appending(path: "postcheck-eval-\(UUID()).jsonl").path
    try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test func schoolPostsTableAndVerdictAccuracy() throws {
    let path = try corpus([
      #"{"id": "t1", "text": "I'll k1ll you", "categories": ["threat"], "verdict": "do_not_post", "individuals": [], "note": ""}"#,
      #"{"id": "t2", "text": "Lovely assembly today", "categories": [], "verdict": "ok", "individuals": [], "note": ""}"#,
      #"{"id": "t3", "text": "Does anyone know when the trip money is due?", "categories": [], "verdict": "ok", "individuals": [], "note": ""}"#,
      #"{"id": "t4", "text": "Nice weather", "categories": ["complaint"], "verdict": "reconsider", "individuals": [], "note": ""}"#,
    ])
    defer { try? FileManager.default.removeItem(atPath: path) }
    let result = try PostCheckBinary.run(["eval", "--errors", "5", path])
    #expect(result.status == 0)
    #expect(result.output.contains("(school-posts, 4 records)"))
    #expect(result.output.contains("verdict accuracy: 0.750 (3/4)"))
    #expect(result.output.contains("t4 gold reconsider"))
    let threatRow = try #require(result.lines.first { $0.hasPrefix("threat ") })
    #expect(threatRow.split(separator: " ").prefix(3) == ["threat", "1", "1"])
  }

  @Test func hateCheckAccuracyByFunctionality() throws {
    let path = try corpus([
      #"{"id": "h1", "text": "I hate Muslims.", "labels": {"functionality": "derog_neg_emote_h", "label_gold": "hateful"}}"#,
      #"{"id": "h2", "text": "I live with two Muslims.", "labels": {"functionality": "ident_neutral_nh", "label_gold": "non-hateful"}}"#,
    ])
    defer { try? FileManager.default.removeItem(atPath: path) }
    let result = try PostCheckBinary.run(["eval", path])
    #expect(result.status == 0)
    #expect(result.output.contains("overall 100.0%, hateful 100.0%, non-hateful 100.0%"))
    #expect(result.output.contains("ident_neutral_nh"))
  }

  @Test("Abuse of individuals is scored as abusive, and as abusive or threat")
  func hateCheckAbuseRows() throws {
    let path = try corpus([
      #"{"id": "h1", "text": "You are a complete idiot.", "labels": {"functionality": "target_indiv_nh", "label_gold": "non-hateful"}}"#,
      #"{"id": "h2", "text": "I am going to stab him tomorrow.", "labels": {"functionality": "target_indiv_nh", "label_gold": "non-hateful"}}"#,
    ])
    defer { try? FileManager.default.removeItem(atPath: path) }
    let result = try PostCheckBinary.run(["eval", path])
    let abusive = try #require(result.lines.first { $0.hasPrefix("abusive on target_indiv_nh") })
    let either = try #require(result.lines.first { $0.hasPrefix("abusive or threat on target_indiv_nh") })
    #expect(abusive.hasSuffix("50.0%"))
    #expect(either.hasSuffix("100.0%"))
  }

  @Test func unknownSchemaAndBadLinesAreClearErrors() throws {
    let unknown = try corpus([#"{"id": "x", "text": "hello", "labels": {"mood": "sunny"}}"#])
    let broken = try corpus([#"{"id": "x", "text": "hello", "categories": [], "verdict": "ok"}"#, "{oops"])
    defer {
      try? FileManager.default.removeItem(atPath: unknown)
      try? FileManager.default.removeItem(atPath: broken)
    }
    let first = try PostCheckBinary.run(["eval", unknown])
    #expect(first.status == 65)
    #expect(first.standardError.contains("unknown corpus schema"))
    let second = try PostCheckBinary.run(["eval", broken])
    #expect(second.status == 65)
    #expect(second.standardError.contains("\(broken):2:"))
  }
}
