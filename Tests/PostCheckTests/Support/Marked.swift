import PostCheck

/// Strips `⟦` and `⟧` from a sample and returns the UTF-8 ranges they enclosed, so tests can write
/// "If he touches my son again ⟦I'll break his arm⟧." and compare ranges.
func marked(_ sample: String) -> (text: String, ranges: [Range<Int>]) {
  var text = ""
  var ranges: [Range<Int>] = []
  var start: Int?
  for character in sample {
    switch character {
    case "⟦": start = text.utf8.count
    case "⟧":
      if let open = start { ranges.append(open..<text.utf8.count) }
      start = nil
    default: text.append(character)
    }
  }
  return (text, ranges)
}

/// A lexicon file's text with a valid header, for tests that need small lexicons of their own.
func lexicon(
  name: String, category: String, kind: String = "pattern", className: String? = nil, entries: [String]
) -> String {
  var lines = [
    "# name: \(name)", "# category: \(category)", "# kind: \(kind)", "# language: en-GB",
    "# what: test lexicon", "# source: written for PostCheck's tests", "# license: CC0-1.0",
    "# columns: id <TAB> pattern <TAB> severity <TAB> tags <TAB> note",
  ]
  if let className { lines.append("# class: \(className)") }
  return (lines + entries).joined(separator: "\n") + "\n"
}

/// One checker with the bundled lexicons, compiled once for the whole test run (compiling takes about a second
/// in a debug build, and Swift Testing makes a new suite instance for every test).
enum Bundled {
  private static let result = Result { try Checker() }

  static func checker() throws -> Checker { try result.get() }
}
