extension CompiledLexicons {
  /// Builds the compiled form step by step: ids for files, classes and words, then the matchers.
  struct Builder {
    let files: [LexiconFile]
    var entries: [Entry] = []
    var vocabulary = Vocabulary()
    var classNames: [String] = []
    var classIDs: [String: Int32] = [:]
    var classLevels: [PhraseMatcher] = []
    var patterns = PhraseMatcher()
    /// Each entry's parsed pattern, by entry index.
    private var patternTrees: [PatternSyntax.Node] = []
    /// Pattern words folded and segmented like posts, once each.
    private var wordKeys: [String: [String]] = [:]
    private let pipeline = TextPipeline()

    init(files: [LexiconFile]) throws(LexiconError) {
      self.files = files
      var names = Set<String>()
      for file in files {
        guard names.insert(file.name).inserted else {
          throw .duplicate(file: file.origin, reason: "another loaded lexicon is also named '\(file.name)'")
        }
        guard let className = file.className else { continue }
        guard classIDs[className] == nil else {
          throw .duplicate(file: file.origin, reason: "another terms file already defines class <\(className)>")
        }
        classIDs[className] = Int32(classNames.count)
        classNames.append(className)
      }
    }

    mutating func compile() throws(LexiconError) {
      for (fileIndex, file) in files.enumerated() {
        for entry in file.entries {
          do {
            patternTrees.append(try PatternSyntax.parse(entry.pattern))
          } catch {
            throw .malformedLine(file: file.origin, line: entry.line, reason: error.reason)
          }
          var entry = entry
          entry.note = ""  // maintainers' notes are not needed at run time
          entries.append(
            Entry(
              file: Int32(fileIndex), entry: entry, ruleID: "\(file.name).\(entry.id)", category: file.category,
              kind: file.kind, classID: file.className.flatMap { classIDs[$0] } ?? -1))
        }
      }
      let levels = try classLevelsByDependency()
      classLevels = try levels.map { classes throws(LexiconError) in
        try matcher(forEntriesWhere: { classes.contains($0.classID) })
      }
      patterns = try matcher(forEntriesWhere: { $0.kind != .terms })
    }

    /// Groups class ids so that each class only refers to classes of lower levels.
    private func classLevelsByDependency() throws(LexiconError) -> [Set<Int32>] {
      var dependencies = Array(repeating: Set<Int32>(), count: classNames.count)
      for (index, entry) in entries.enumerated() {
        for reference in patternTrees[index].classReferences.sorted() {
          guard let id = classIDs[reference] else {
            throw .unknownClass(file: files[Int(entry.file)].origin, line: entry.entry.line, className: reference)
          }
          if entry.classID >= 0 { dependencies[Int(entry.classID)].insert(id) }
        }
      }
      var levels: [Set<Int32>] = []
      var placed = Set<Int32>()
      while placed.count < classNames.count {
        let ready = Set(
          (0..<Int32(classNames.count)).filter { !placed.contains($0) && dependencies[Int($0)].isSubset(of: placed) })
        guard !ready.isEmpty else {
          let stuck = (0..<Int32(classNames.count)).first { !placed.contains($0) }!
          let entry = entries.first { $0.classID == stuck }!
          throw .unknownClass(
            file: files[Int(entry.file)].origin, line: entry.entry.line, className: classNames[Int(stuck)])
        }
        levels.append(ready)
        placed.formUnion(ready)
      }
      return levels
    }

    private mutating func matcher(forEntriesWhere include: (Entry) -> Bool) throws(LexiconError) -> PhraseMatcher {
      var matcher = PhraseMatcher()
      for index in entries.indices where include(entries[index]) {
        let (severity, category) = (entries[index].entry.severity, entries[index].category)
        matcher.add(
          patternTrees[index], entry: Int32(index),
          wordIDs: { word in wordAtoms(word, severity: severity, category: category) },
          classID: { name in classIDs[name]! })
      }
      matcher.finish()
      return matcher
    }

    /// A pattern word as word ids: folded like post text, and split where post text would be ("knock-out").
    /// Single words of the categories people censor ("f**k") are also registered for uncensoring.
    private mutating func wordAtoms(_ word: String, severity: Severity, category: Category?) -> [Int32] {
      let keys = wordKeys[word] ?? segmentedKeys(word)
      wordKeys[word] = keys
      if keys.count == 1, let category, Self.censorableCategories.contains(category) {
        vocabulary.insertSensitive(keys[0], severity: severity)
      }
      return keys.map { vocabulary.insert($0) }
    }

    /// Plain lower-case ASCII words are their own key; anything else is segmented and folded like post text.
    private func segmentedKeys(_ word: String) -> [String] {
      if word.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }) { return [word] }
      let keys = (try? pipeline.prepare(word))?.tokens.map(\.key) ?? []
      return keys.isEmpty ? [word] : keys
    }

    /// Categories whose words people hide behind asterisks.
    private static let censorableCategories: Set<Category> = [.discriminatory, .abusive, .threat]
  }
}
