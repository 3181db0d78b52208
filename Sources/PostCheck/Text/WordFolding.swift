internal import CICU

/// Turns a word as typed into its matching key: NFKC case folding, accents removed, Latin letters for look-alikes
/// from other scripts, and typographic apostrophes made straight. ASCII words take a fast path that never calls ICU.
enum WordFolding {
  /// The longest word (in UTF-8 bytes) folded through ICU; longer ones are only lower-cased.
  static let longestFoldedWord = 64

  /// The matching key of the UTF-8 bytes of one word.
  static func key(of utf8: UnsafeBufferPointer<UInt8>) -> String {
    if utf8.allSatisfy({ $0 < 0x80 }) { return asciiKey(utf8) }
    guard utf8.count <= longestFoldedWord else { return roughKey(utf8) }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * longestFoldedWord) { buffer in
      let length = cicu_fold(utf8.baseAddress, Int32(utf8.count), 1, buffer.baseAddress, Int32(buffer.count))
      guard length >= 0 else { return roughKey(utf8) }
      return straightenApostrophes(
        String(decoding: UnsafeBufferPointer(rebasing: buffer[..<Int(length)]), as: UTF8.self))
    }
  }

  /// The key of a word given as a string (lexicon patterns go through the same folding as posts).
  static func key(of word: String) -> String {
    var word = word
    return word.withUTF8 { key(of: $0) }
  }

  /// Lower case without combining marks: the key of words too long to be worth folding through ICU.
  private static func roughKey(_ utf8: UnsafeBufferPointer<UInt8>) -> String {
    let lowered = String(decoding: utf8, as: UTF8.self).lowercased()
    return String(
      String.UnicodeScalarView(lowered.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }))
  }

  private static func asciiKey(_ utf8: UnsafeBufferPointer<UInt8>) -> String {
    String(unsafeUninitializedCapacity: utf8.count) { buffer in
      for (index, byte) in utf8.enumerated() {
        buffer[index] = (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : (byte == 0x60 ? 0x27 : byte)
      }
      return utf8.count
    }
  }

  private static func straightenApostrophes(_ key: String) -> String {
    guard key.unicodeScalars.contains(where: isApostropheLike) else { return key }
    return String(String.UnicodeScalarView(key.unicodeScalars.map { isApostropheLike($0) ? "'" : $0 }))
  }

  private static func isApostropheLike(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x2018, 0x2019, 0x02BC, 0x0060, 0x00B4, 0xFF07: true
    default: false
    }
  }
}
