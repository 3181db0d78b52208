import Foundation
import PostCheck
import Testing

/// The Scunthorpe check: no ordinary English word, given name or surname is flagged `discriminatory` on its own.
/// Words that the slur lexicon itself lists are not "ordinary" and are left out (the exclusion is read from the
/// lexicon, so it follows it). Words are checked 200 to a post, one per sentence, and findings mapped back to words.
@Suite struct WordListTests {
  static let packageRoot = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let lexicons = packageRoot.appending(path: "Lexicons/en")
  /// Debian's `wbritish` (SCOWL). CI installs it (`apt-get install wbritish`).
  static let dictionary = URL(filePath: "/usr/share/dict/british-english")

  /// One checker for the whole suite: compiling the bundled lexicons is the slow part of a debug build.
  static let sharedChecker = Result { try Bundled.checker() }
  var checker: Checker { get throws { try Self.sharedChecker.get() } }

  /// The single words the slur lexicons list: every one-word alternative of `discriminatory.slurs` ("(coon|coons)"
  /// gives "coon" and "coons") and of the one-group slur patterns of `discriminatory.slur-patterns` (a verb such as
  /// "gypped"), each also with the possessive "'s" that the text pipeline reads as the word itself.
  static func listedSlurs() throws -> Set<String> {
    var slurs = Set<String>()
    for file in ["discriminatory.slurs.tsv", "discriminatory.slur-patterns.tsv"] {
      let text = try String(contentsOf: lexicons.appending(path: file), encoding: .utf8)
      for line in text.split(separator: "\n") where !line.hasPrefix("#") {
        let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard columns.count > 1, !columns[1].contains("<"), !columns[1].contains(") ") else { continue }
        let pattern = columns[1].trimmingCharacters(in: CharacterSet(charactersIn: "()"))
        for alternative in pattern.split(separator: "|") where !alternative.contains(" ") {
          slurs.insert(String(alternative))
          slurs.insert(alternative + "'s")
        }
      }
    }
    return slurs
  }

  /// The words of a one-word-per-entry names lexicon.
  static func names(in file: String) throws -> [String] {
    let text = try String(contentsOf: lexicons.appending(path: file), encoding: .utf8)
    return text.split(separator: "\n").compactMap { line in
      guard !line.hasPrefix("#") else { return nil }
      let columns = line.split(separator: "\t")
      return columns.count > 1 ? columns[1].capitalized : nil
    }
  }

  /// The words flagged `discriminatory` when checked 200 to a post.
  func flagged(_ words: [String]) throws -> [String] {
    var flagged: [String] = []
    var start = 0
    while start < words.count {
      let batch = words[start..<min(start + 200, words.count)]
      start += batch.count
      var post = ""
      var ranges: [(range: Range<Int>, word: String)] = []
      for word in batch {
        let lower = post.utf8.count
        post += word
        ranges.append((lower..<post.utf8.count, word))
        post += ".\n"
      }
      for finding in try checker.check(post).findings where finding.category == .discriminatory {
        flagged += ranges.filter { $0.range.overlaps(finding.range.utf8) }.map(\.word)
      }
    }
    return flagged
  }

  @Test(
    "No ordinary English word is flagged discriminatory",
    // Without the word list this check cannot run; say so rather than pass. CI installs wbritish.
    .enabled(
      if: FileManager.default.fileExists(atPath: dictionary.path),
      "needs /usr/share/dict/british-english (apt-get install wbritish)")
  )
  func ordinaryWords() throws {
    let slurs = try Self.listedSlurs()
    let words = try String(contentsOf: Self.dictionary, encoding: .utf8).split(separator: "\n").map(String.init)
      .filter { !slurs.contains($0.lowercased()) }
    #expect(words.count > 50_000)
    let found = try flagged(words)
    #expect(found.isEmpty, "flagged discriminatory: \(found)")
  }

  @Test("No given name or surname is flagged discriminatory")
  func names() throws {
    let slurs = try Self.listedSlurs()
    let names = try
      (Self.names(in: "named_individual.given-names.tsv") + Self.names(in: "named_individual.surnames.tsv"))
      .filter { !slurs.contains($0.lowercased()) }
    #expect(names.count > 1_000)
    let found = try flagged(names)
    #expect(found.isEmpty, "flagged discriminatory: \(found)")
  }

  @Test("The exclusion comes from the slur lexicon")
  func exclusionIsTheLexicon() throws {
    let slurs = try Self.listedSlurs()
    #expect(slurs.count > 50)
    #expect(!slurs.contains("scunthorpe") && !slurs.contains("chin"))
  }

  @Test(
    "Real words one edit from a slur are not corrected into it", arguments: ["chin", "niger", "Scunthorpe", "spice"])
  func nearMisses(_ word: String) throws {
    #expect(try flagged([word]) == [])
  }
}
