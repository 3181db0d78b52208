/// Lexicon files compiled for matching (a class, so detectors share one copy): one vocabulary of word ids, term classes in dependency levels, and one
/// ``PhraseMatcher`` per level plus one for all pattern and exception files. Immutable and shared by all threads.
final class CompiledLexicons: Sendable {
  /// A lexicon entry with what matching needs to report it.
  struct Entry: Sendable {
    var file: Int32
    var entry: LexiconEntry
    var ruleID: String
    var category: Category?
    var kind: LexiconFile.Kind
    /// For a terms entry, the class it belongs to.
    var classID: Int32
  }

  let entries: [Entry]
  let vocabulary: Vocabulary
  /// Class names by class id.
  let classNames: [String]
  private let classIDs: [String: Int32]
  /// Term class matchers, lowest level (classes that refer to no class) first.
  private let classLevels: [PhraseMatcher]
  private let patterns: PhraseMatcher

  /// Compiles parsed files.
  ///
  /// - Throws: ``LexiconError`` for duplicate names or classes, malformed patterns and unknown classes.
  init(files: [LexiconFile]) throws(LexiconError) {
    var builder = try Builder(files: files)
    try builder.compile()
    entries = builder.entries
    vocabulary = builder.vocabulary
    classNames = builder.classNames
    classIDs = builder.classIDs
    classLevels = builder.classLevels
    patterns = builder.patterns
  }

  /// The id of a class, or nil if no loaded terms file defines it.
  func classID(_ name: String) -> Int32? { classIDs[name] }

  /// Finds every term class phrase and every pattern and exception match in a prepared post.
  func match(_ post: PreparedPost) -> LexiconMatches {
    var spans = ClassSpans()
    spans.add([], tokenCount: post.tokens.count)
    let ids = PhraseMatcher.TokenIDs(post.tokens)
    for level in classLevels {
      var found: [ClassSpan] = []
      for sentence in post.sentences {
        level.forEachMatch(in: ids, window: sentence.tokens, spans: spans) { match in
          found.append(ClassSpan(classID: entries[Int(match.entry)].classID, tokens: match.tokens, entry: match.entry))
        }
      }
      spans.add(found, tokenCount: post.tokens.count)
    }
    var matches: [PhraseMatcher.Match] = []
    for sentence in post.sentences {
      patterns.forEachMatch(in: ids, window: sentence.tokens, spans: spans) { matches.append($0) }
    }
    return LexiconMatches(lexicons: self, spans: spans.all, matches: matches)
  }
}
