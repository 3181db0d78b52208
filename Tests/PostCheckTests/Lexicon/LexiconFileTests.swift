import PostCheck
import Testing

@Suite struct LexiconFileTests {
  @Test func parsesHeaderAndEntries() throws {
    let file = try LexiconFile(
      parsing: lexicon(
        name: "threat.test", category: "threat", entries: ["a\tbreak * arm\thigh\tstrength=strong\tnote"]),
      origin: "t.tsv")
    #expect(file.name == "threat.test")
    #expect(file.category == .threat)
    #expect(file.kind == .pattern)
    #expect(file.entries.map(\.pattern) == ["break * arm"])
    #expect(file.entries[0].tags == ["strength=strong"])
    #expect(file.entries[0].line == 9)
  }

  @Test(arguments: [
    ("a\tkill\tsevere\t-", "t.tsv:9: bad entry: severity must be low, medium or high"),
    (
      "a\tkill",
      "t.tsv:9: bad entry: expected 4 or 5 tab-separated columns (id, pattern, severity, tags, note), found 2"
    ),
    ("a b\tkill\thigh\t-", "t.tsv:9: bad entry: bad id 'a b'"),
    ("a\t\thigh\t-", "t.tsv:9: bad entry: empty pattern"),
  ])
  func entryErrorsNameFileAndLine(_ line: String, _ message: String) {
    let text = lexicon(name: "x", category: "threat", entries: [line])
    #expect(throws: (any Error).self) { try LexiconFile(parsing: text, origin: "t.tsv") }
    do {
      _ = try LexiconFile(parsing: text, origin: "t.tsv")
    } catch {
      #expect(error.description == message)
    }
  }

  @Test func duplicateIDsAreRejected() {
    let text = lexicon(name: "x", category: "threat", entries: ["a\tkill\thigh\t-", "a\thurt\thigh\t-"])
    #expect(throws: LexiconError.malformedLine(file: "t.tsv", line: 10, reason: "duplicate id 'a'")) {
      try LexiconFile(parsing: text, origin: "t.tsv")
    }
  }

  @Test func headerErrors() {
    #expect(throws: LexiconError.malformedHeader(file: "t.tsv", line: 1, reason: "missing '# name: …'")) {
      try LexiconFile(parsing: "a\tkill\thigh\t-\n", origin: "t.tsv")
    }
    #expect(throws: LexiconError.malformedHeader(file: "t.tsv", line: 1, reason: "unknown category 'rude'")) {
      try LexiconFile(parsing: lexicon(name: "x", category: "rude", entries: []), origin: "t.tsv")
    }
    #expect(
      throws: LexiconError.malformedHeader(
        file: "t.tsv", line: 1, reason: "'class' is required for terms files and only for them")
    ) {
      try LexiconFile(parsing: lexicon(name: "x", category: "shared", kind: "terms", entries: []), origin: "t.tsv")
    }
  }

  @Test func unreadableFilesNameThePath() {
    #expect(throws: LexiconError.unreadable(file: "/nonexistent/x.tsv", reason: "no such file")) {
      try LexiconSet.files(["/nonexistent/x.tsv"]).loadFiles()
    }
    #expect(throws: LexiconError.unreadable(file: "/tmp", reason: "is a folder")) {
      try LexiconSet.files(["/tmp"]).loadFiles()
    }
  }

  @Test func malformedPatternsNameFileAndLine() {
    for pattern in ["(kill|hurt", "kill)", "<person", "<>"] {
      let text = lexicon(name: "x", category: "threat", entries: ["a\t\(pattern)\thigh\t-"])
      #expect(throws: LexiconError.self) { try Checker(lexicons: .text(text, origin: "t.tsv")) }
    }
  }

  @Test func unknownAndCyclicClassesAreRejected() {
    let unknown = lexicon(name: "x", category: "threat", entries: ["a\tkill <victim>\thigh\t-"])
    #expect(throws: LexiconError.unknownClass(file: "t.tsv", line: 9, className: "victim")) {
      try Checker(lexicons: .text(unknown, origin: "t.tsv"))
    }
    let first = lexicon(name: "a", category: "shared", kind: "terms", className: "a", entries: ["x\t<b>\tlow\t-"])
    let second = lexicon(name: "b", category: "shared", kind: "terms", className: "b", entries: ["y\t<a>\tlow\t-"])
    #expect(throws: LexiconError.self) {
      try Checker(lexicons: .text(first, origin: "a.tsv").adding(.text(second, origin: "b.tsv")))
    }
  }

  @Test func duplicateFileNamesAreRejected() {
    let text = lexicon(name: "same", category: "threat", entries: ["a\tkill\thigh\t-"])
    #expect(throws: LexiconError.duplicate(file: "2.tsv", reason: "another loaded lexicon is also named 'same'")) {
      try Checker(lexicons: .text(text, origin: "1.tsv").adding(.text(text, origin: "2.tsv")))
    }
  }
}
