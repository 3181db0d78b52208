/// A word, number or emoji of a post, with where it is in the original text and the key it is matched by.
public struct Token: Hashable, Sendable {
  /// What ICU's word rules and the character properties say the token is.
  public enum Kind: UInt8, Hashable, Sendable {
    /// Letters (any script), possibly with digits, apostrophes or an obfuscation the pipeline undid.
    case word
    /// Digits only (with separators such as `3.30`).
    case number
    /// An emoji or other pictographic symbol.
    case emoji
    /// Any other symbol that stands on its own (`£`, `&`, `#`).
    case symbol
  }

  /// How the token was written in the original text.
  public struct Shape: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// Starts with an upper-case letter ("Patel", "PATEL").
    public static let capitalised = Shape(rawValue: 1 << 0)
    /// Two or more letters, all upper case ("PATEL").
    public static let allCaps = Shape(rawValue: 1 << 1)
    /// The first word of its sentence.
    public static let sentenceInitial = Shape(rawValue: 1 << 2)
    /// The pipeline undid an obfuscation to find the key (leetspeak, spacing, censoring, repeated letters).
    public static let deobfuscated = Shape(rawValue: 1 << 3)
    /// Written as a possessive or contraction with `'s` ("Jakub's"); the key drops the `'s` when the lexicons
    /// know the word without it but not with it.
    public static let possessive = Shape(rawValue: 1 << 4)
  }

  /// What stands between this token and the previous one, besides spaces.
  public struct Boundary: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// Clause punctuation: `,` `;` `:` dashes, brackets.
    public static let clause = Boundary(rawValue: 1 << 0)
    /// A quotation mark.
    public static let quote = Boundary(rawValue: 1 << 1)
    /// A line break.
    public static let lineBreak = Boundary(rawValue: 1 << 2)
    /// A full stop, question mark or exclamation mark.
    public static let sentenceEnd = Boundary(rawValue: 1 << 3)
  }

  /// Where the token is in the original post (for an undone obfuscation, the whole obfuscated span).
  public var range: TextRange
  /// What the token is.
  public var kind: Kind
  /// How it was written.
  public var shape: Shape
  /// What stands between it and the previous token.
  public var boundaryBefore: Boundary
  /// The normalised form that lexicons are matched against: case-folded, without accents, invisible characters
  /// or obfuscation, with Latin letters for look-alikes from other scripts.
  public var key: String
  /// The index of the sentence the token belongs to in ``PreparedPost/sentences``.
  public var sentence: Int
  /// The key's index in the lexicons' vocabulary, or -1 when no lexicon mentions the word.
  var wordID: Int32
  /// For a possessive ("head's", "kids'") whose key keeps the `'s`, the id of the word without it, so patterns
  /// for either match; otherwise -1.
  var baseWordID: Int32 = -1
}
