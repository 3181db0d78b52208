import PostCheck
import Testing

/// Checks every shipped lexicon file, as a linter would: header, names, ids, and patterns written in normalised
/// form so that they can match.
@Suite struct BundledLexiconTests {
  let files: [LexiconFile]

  init() throws { files = try LexiconSet.bundled.loadFiles() }

  @Test func bundledLexiconsCompile() throws {
    _ = try Checker(lexicons: .bundled)
    #expect(!files.isEmpty)
  }

  @Test func headerNameMatchesFileName() {
    for file in files {
      #expect(file.origin.hasSuffix("/" + file.name), "\(file.origin) declares name \(file.name)")
    }
  }

  @Test func everyFileSaysWhereItCameFromAndItsLicense() {
    for file in files {
      #expect(!file.source.isEmpty && !file.license.isEmpty && !file.what.isEmpty, "\(file.origin)")
    }
  }

  @Test func patternsAreUniqueWithinAFile() {
    for file in files {
      var seen = Set<String>()
      for entry in file.entries {
        #expect(seen.insert(entry.pattern).inserted, "\(file.origin):\(entry.line) repeats pattern \(entry.pattern)")
      }
    }
  }

  @Test func patternWordsAreAlreadyNormalised() throws {
    let pipeline = TextPipeline()
    var checked = Set<String>()
    for file in files {
      for entry in file.entries {
        for word in Self.literalWords(entry.pattern) where !Self.isPlainWord(word) && checked.insert(word).inserted {
          let keys = try pipeline.prepare(word).tokens.map(\.key)
          #expect(keys == [word], "\(file.origin):\(entry.line): '\(word)' is matched as \(keys)")
        }
      }
    }
  }

  /// Lower-case ASCII letters and digits are always one token and their own key.
  static func isPlainWord(_ word: String) -> Bool {
    word.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }
  }

  /// The literal words of a pattern: not operators, wildcards or class references.
  static func literalWords(_ pattern: String) -> [String] {
    pattern.split(whereSeparator: { " ()|".contains($0) }).map(String.init).filter { word in
      word != "?" && word != "*" && word != "**" && !word.hasPrefix("<")
    }
  }
}
