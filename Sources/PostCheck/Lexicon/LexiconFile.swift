/// One lexicon file, parsed: its header and entries. See `Lexicons/README.md` for the format.
public struct LexiconFile: Hashable, Sendable {
  /// What the file's matches do.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// Each match is a finding of the file's category.
    case pattern
    /// Each match suppresses the category's findings that it overlaps.
    case exception
    /// A named class of words and phrases that patterns refer to as `<class>`.
    case terms
  }

  /// The file's name without `.tsv`, unique among loaded files; rule ids start with it.
  public var name: String
  /// The category whose findings the file makes or suppresses; nil for `shared` term classes.
  public var category: Category?
  public var kind: Kind
  /// The class name a terms file defines.
  public var className: String?
  public var language: String
  public var what: String
  public var source: String
  public var license: String
  public var entries: [LexiconEntry]
  /// Where the file came from, for error messages (a path, or `bundled:` and its name).
  public var origin: String
}

/// One line of a lexicon: a word or phrase pattern with its severity and tags.
public struct LexiconEntry: Hashable, Sendable {
  /// Unique within the file.
  public var id: String
  /// The pattern as written (see `Lexicons/README.md`).
  public var pattern: String
  public var severity: Severity
  /// `key=value` or bare tags, passed on to findings.
  public var tags: [String]
  public var note: String
  /// The line number in the file, for error messages.
  public var line: Int
}
