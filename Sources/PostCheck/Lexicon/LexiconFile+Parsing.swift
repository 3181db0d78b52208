extension LexiconFile {
  /// The header keys every file must have (`class` is required for terms files only).
  static let requiredKeys = ["name", "category", "kind", "language", "what", "source", "license", "columns"]

  /// Parses a lexicon file's text.
  ///
  /// - Parameters:
  ///   - contents: the whole file.
  ///   - origin: where it came from, used in error messages.
  /// - Throws: ``LexiconError`` naming `origin` and the line.
  public init(parsing contents: String, origin: String) throws(LexiconError) {
    var header: [String: String] = [:]
    var entries: [LexiconEntry] = []
    var ids = Set<String>()
    var lineNumber = 0
    for line in contents.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let line = line.hasSuffix("\r") ? line.dropLast() : line
      if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
      if line.hasPrefix("#") {
        if entries.isEmpty { try Self.parseHeaderLine(line, into: &header, origin: origin, line: lineNumber) }
        continue
      }
      let entry = try Self.parseEntry(line, origin: origin, line: lineNumber)
      guard ids.insert(entry.id).inserted else {
        throw .malformedLine(file: origin, line: lineNumber, reason: "duplicate id '\(entry.id)'")
      }
      entries.append(entry)
    }
    try self.init(header: header, entries: entries, origin: origin)
  }

  private init(header: [String: String], entries: [LexiconEntry], origin: String) throws(LexiconError) {
    for key in Self.requiredKeys where header[key] == nil {
      throw .malformedHeader(file: origin, line: 1, reason: "missing '# \(key): …'")
    }
    guard let kind = Kind(rawValue: header["kind"]!) else {
      throw .malformedHeader(file: origin, line: 1, reason: "kind must be pattern, exception or terms")
    }
    let categoryName = header["category"]!
    let category = Category(rawValue: categoryName)
    guard category != nil || categoryName == "shared" else {
      throw .malformedHeader(file: origin, line: 1, reason: "unknown category '\(categoryName)'")
    }
    guard kind == .terms || category != nil else {
      throw .malformedHeader(file: origin, line: 1, reason: "a \(kind.rawValue) file needs a category, not shared")
    }
    guard (kind == .terms) == (header["class"] != nil) else {
      throw .malformedHeader(file: origin, line: 1, reason: "'class' is required for terms files and only for them")
    }
    self.init(
      name: header["name"]!, category: category, kind: kind, className: header["class"],
      language: header["language"]!, what: header["what"]!, source: header["source"]!,
      license: header["license"]!, entries: entries, origin: origin)
  }

  private static func parseHeaderLine(
    _ line: Substring, into header: inout [String: String], origin: String, line lineNumber: Int
  ) throws(LexiconError) {
    let body = line.dropFirst().drop { $0 == " " }
    guard let colon = body.firstIndex(of: ":") else { return }  // a plain comment
    let key = String(body[..<colon])
    guard requiredKeys.contains(key) || key == "class" else { return }  // a comment that happens to have a colon
    let value = body[body.index(after: colon)...].trimmingSpaces
    guard !value.isEmpty else { throw .malformedHeader(file: origin, line: lineNumber, reason: "empty '\(key)'") }
    guard header[key] == nil else {
      throw .malformedHeader(file: origin, line: lineNumber, reason: "'\(key)' given twice")
    }
    header[key] = value
  }

  private static func parseEntry(_ line: Substring, origin: String, line lineNumber: Int) throws(LexiconError)
    -> LexiconEntry
  {
    let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(\.trimmingSpaces)
    guard (4...5).contains(columns.count) else {
      throw .malformedLine(
        file: origin, line: lineNumber,
        reason: "expected 4 or 5 tab-separated columns (id, pattern, severity, tags, note), found \(columns.count)")
    }
    let id = columns[0]
    guard !id.isEmpty, id.allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) }) else {
      throw .malformedLine(file: origin, line: lineNumber, reason: "bad id '\(id)'")
    }
    guard !columns[1].isEmpty else { throw .malformedLine(file: origin, line: lineNumber, reason: "empty pattern") }
    guard let severity = Severity(rawValue: columns[2]) else {
      throw .malformedLine(file: origin, line: lineNumber, reason: "severity must be low, medium or high")
    }
    let tags = columns[3] == "-" ? [] : columns[3].split(separator: ",").map(\.trimmingSpaces).filter { !$0.isEmpty }
    return LexiconEntry(
      id: id, pattern: columns[1], severity: severity, tags: tags, note: columns.count > 4 ? columns[4] : "",
      line: lineNumber)
  }
}

extension Substring {
  /// The text without leading and trailing spaces.
  var trimmingSpaces: String {
    guard let first = firstIndex(where: { $0 != " " }), let last = lastIndex(where: { $0 != " " }) else { return "" }
    return String(self[first...last])
  }
}
