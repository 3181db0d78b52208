import Foundation
import Testing

@Suite struct CheckCommandTests {
  @Test func okDraftExitsZeroWithReassurance() throws {
    let result = try PostCheckBinary.run(["check", "Does anyone know when the trip money is due?"])
    #expect(result.status == 0)
    #expect(result.output.hasPrefix("Looks fine to post."))
  }

  @Test func draftOnStandardInput() throws {
    let result = try PostCheckBinary.run(["check"], input: "Lovely assembly today, well done everyone\n")
    #expect(result.status == 0)
  }

  @Test func emptyDraftIsAClearError() throws {
    let result = try PostCheckBinary.run(["check"], input: "   \n")
    #expect(result.status == 65)
    #expect(result.standardError.contains("there is no text to check"))
  }

  @Test func invalidUTF8IsAClearError() throws {
    let result = try PostCheckBinary.run(["check"], input: Data([0x68, 0x69, 0xFF, 0xFE]))
    #expect(result.status == 65)
    #expect(result.standardError.contains("not valid UTF-8"))
  }

  @Test func oversizedDraftIsAClearError() throws {
    let result = try PostCheckBinary.run(["check"], input: String(repeating: "a", count: (1 << 20) + 1))
    #expect(result.status == 65)
    #expect(result.standardError.contains("the limit is 1048576"))
  }

  @Test func jsonFormatIsOneRecord() throws {
    let result = try PostCheckBinary.run(["check", "--format", "json", "Thank you Mrs Patel"])
    let record = try jsonObject(result.lines[0])
    #expect(record["verdict"] as? String == "ok")
    #expect((record["guide"] as? [Any])?.count == 4)
  }

  @Test func badLexiconFileExits78NamingFileAndLine() throws {
    let path = FileManager.default.temporaryDirectory.appending(path: "postcheck-bad-\(UUID()).tsv").path
    try "# name: broken\nnot a valid line\n".write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let result = try PostCheckBinary.run(["check", "--lexicon", path, "hello"])
    #expect(result.status == 78)
    #expect(result.standardError.contains(path))
  }

  @Test func missingLexiconFileExits78() throws {
    let result = try PostCheckBinary.run(["check", "--lexicon", "/nonexistent/words.tsv", "hello"])
    #expect(result.status == 78)
    #expect(result.standardError.contains("/nonexistent/words.tsv: cannot read lexicon: no such file"))
  }

  @Test func unknownOptionIsAUsageError() throws {
    let result = try PostCheckBinary.run(["check", "--frobnicate", "hello"])
    #expect(result.status == 64)
  }
}

/// The lexicons are compiled into the binary: a copy of it alone in another folder works the same.
@Suite struct StandaloneBinaryTests {
  @Test func aCopiedBinaryNeedsNoSourceTree() throws {
    let folder = FileManager.default.temporaryDirectory.appending(path: "postcheck-alone-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let copy = folder.appending(path: "postcheck")
    try FileManager.default.copyItem(at: PostCheckBinary.url, to: copy)
    let process = Process()
    process.executableURL = copy
    process.arguments = ["check", "--format", "json", "I'll k1ll you"]
    process.currentDirectoryURL = folder
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 2)
    #expect(try jsonObject(String(decoding: data, as: UTF8.self))["categories"] as? [String] == ["threat"])
  }
}
