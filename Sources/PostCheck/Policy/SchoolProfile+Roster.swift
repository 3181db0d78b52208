/// The roster as a lexicon: each person's name becomes `named_individual` patterns tagged `roster` and `pupil`
/// or `staff`, so a rostered name is found whatever the capitalisation, and the finding says who it is.
extension SchoolProfile {
  /// A lexicon of the roster's names; empty when there is no roster.
  var rosterLexicon: LexiconSet {
    guard !roster.isEmpty else { return .empty }
    let header = [
      "# name: named_individual.roster", "# category: named_individual", "# kind: pattern", "# language: en-GB",
      "# what: the school's staff and pupils, from its profile", "# source: the school profile of \(schoolName)",
      "# license: the school's own data", "# columns: id <TAB> pattern <TAB> severity <TAB> tags <TAB> note",
    ]
    let entries = roster.enumerated().flatMap { index, person in
      Self.patterns(for: person).enumerated().map { variant, pattern in
        "p\(index)-\(variant)\t\(pattern)\tmedium\troster,\(person.kind.rawValue)"
      }
    }
    return .text((header + entries).joined(separator: "\n") + "\n", origin: "profile roster")
  }

  /// The ways a person is named: the full name; a pupil's first name; a member of staff's title and surname.
  static func patterns(for person: Person) -> [String] {
    let words = person.name.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "-" })
      .map(String.init)
    guard let first = words.first, let last = words.last else { return [] }
    let titles: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "rev", "fr", "prof"]
    var patterns = [words.joined(separator: " ")]
    switch person.kind {
    case .pupil where words.count > 1: patterns.append(first)
    case .staff where !titles.contains(first) && words.count > 1:
      patterns.append("(mr|mrs|ms|miss|mx|dr|sir) \(last)")
    default: break
    }
    return patterns
  }
}
