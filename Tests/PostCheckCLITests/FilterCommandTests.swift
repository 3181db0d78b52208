import Foundation
import Testing

@Suite struct FilterCommandTests {
  @Test func oneRecordPerPlainLineInOrder() throws {
    let input = "first post\nsecond post\n\nfourth post"
    let result = try PostCheckBinary.run(["filter"], input: input)
    #expect(result.status == 0)
    let records = try result.lines.map(jsonObject)
    #expect(records.count == 4)
    #expect(records.map { $0["id"] as? Int } == [1, 2, 3, 4])
    #expect(records[0]["verdict"] as? String == "ok")
    #expect((records[2]["error"] as? [String: Any])?["code"] as? String == "empty_post")
    #expect(records[2]["verdict"] == nil)
  }

  @Test func jsonlPassesIDsThroughAndReportsBadRecords() throws {
    var input = Data()
    input.append(Data(#"{"id": "a1", "text": "hello everyone"}"#.utf8 + [0x0A]))
    input.append(Data([0x7B, 0x22, 0x74, 0xFF, 0x0A]))  // invalid UTF-8
    input.append(Data("{not json\n".utf8))
    input.append(Data(#"{"id": 7, "body": "no text field"}"#.utf8 + [0x0A]))
    input.append(Data(#"[1, 2]"#.utf8 + [0x0A]))
    input.append(Data(#"{"id": 9.5, "text": "fine"}"#.utf8))  // no final newline
    let result = try PostCheckBinary.run(["filter", "--jsonl"], input: input)
    #expect(result.status == 0)
    let records = try result.lines.map(jsonObject)
    #expect(records.count == 6)
    #expect(records[0]["id"] as? String == "a1")
    #expect(records[0]["decision"] as? String == "allow")
    let codes = records.map { ($0["error"] as? [String: Any])?["code"] as? String }
    #expect(codes == [nil, "invalid_utf8", "invalid_json", "missing_text", "not_an_object", nil])
    #expect(records[3]["id"] as? Int == 7)
    #expect(records[1]["id"] as? Int == 2)
    #expect(result.standardError.contains("6 records"))
  }

  @Test func longPostsAreCheckedOrReportedNeverDropped() throws {
    // 210 KB spans several of the reader's 64 KB chunks and stays under the limit; how long a check of a 1 MB post
    // takes is for the benchmarks (Benchmarks/Scripts/throughput.sh, part "scaling"), not for a debug-build test.
    let long = String(repeating: "lovely day at school ", count: 10_000)
    let tooLong = String(repeating: "x", count: 2 << 20)  // 2 MiB: over the limit
    let result = try PostCheckBinary.run(["filter"], input: "short\n\(long)\n\(tooLong)\nlast\n")
    let records = try result.lines.map(jsonObject)
    #expect(records.count == 4)
    #expect(records[1]["verdict"] as? String == "ok")
    #expect((records[2]["error"] as? [String: Any])?["code"] as? String == "too_long")
    #expect(records[3]["id"] as? Int == 4)
  }

  @Test func findingOffsetsAreUTF8BytesIntoThePost() throws {
    let post = "Café 😀 \u{200B}thank you Mrs Patel"
    let result = try PostCheckBinary.run(["filter", "--jsonl"], input: "{\"text\": \"\(post)\"}\n")
    let record = try jsonObject(result.lines[0])
    for finding in record["findings"] as? [[String: Any]] ?? [] {
      let start = try #require(finding["start"] as? Int)
      let end = try #require(finding["end"] as? Int)
      let bytes = Array(post.utf8)[start..<end]
      #expect(String(decoding: bytes, as: UTF8.self) == finding["text"] as? String)
    }
  }

  @Test func parallelJobsKeepInputOrder() throws {
    let lines = (1...2_000).map { "post number \($0)" }
    let result = try PostCheckBinary.run(["filter", "--jobs", "2"], input: lines.joined(separator: "\n") + "\n")
    let ids = try result.lines.map { try jsonObject($0)["id"] as? Int }
    #expect(ids == (1...2_000).map { $0 })
  }

  @Test func missingInputFileExits66() throws {
    let result = try PostCheckBinary.run(["filter", "--input", "/nonexistent/posts.txt"])
    #expect(result.status == 66)
  }
}
