/// A segment between two UAX #29 word boundaries, classified before tokens are built.
struct RawSegment {
  enum Kind: Equatable {
    case letters, number, emoji, symbol, punctuation, space
  }

  var range: Range<Int>
  var kind: Kind
  /// The segment's first Unicode scalar (all that classification and boundary flags need).
  var firstScalar: Unicode.Scalar

  init(_ segment: Segmenter.Segment, in bytes: UnsafeBufferPointer<UInt8>) {
    range = segment.range
    firstScalar = Self.decodeFirstScalar(bytes, at: segment.range.lowerBound)
    kind = Self.classify(ruleStatus: segment.ruleStatus, firstScalar: firstScalar)
  }

  /// ICU word rule status: 100–199 numbers, 200–499 letters, kana and ideographs, 0 everything else.
  private static func classify(ruleStatus: Int32, firstScalar: Unicode.Scalar) -> Kind {
    switch ruleStatus {
    case 100..<200: return .number
    case 200..<500: return .letters
    default: break
    }
    let properties = firstScalar.properties
    if properties.isWhitespace { return .space }
    if properties.isEmojiPresentation || (properties.isEmoji && firstScalar.value > 0xFF) { return .emoji }
    switch properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
      .finalPunctuation, .otherPunctuation:
      return .punctuation
    default:
      return .symbol
    }
  }

  private static func decodeFirstScalar(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Unicode.Scalar {
    var iterator = bytes[offset...].makeIterator()
    var decoder = UTF8()
    if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
    return "\u{FFFD}"
  }

  /// The boundary this segment puts before the next token, if it is punctuation or a line break.
  var boundary: Token.Boundary {
    switch firstScalar {
    case ",", ";", ":", "(", ")", "[", "]", "\u{2013}", "\u{2014}", "\u{2026}": .clause
    case "\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "'", "\u{00AB}", "\u{00BB}": .quote
    case "\n", "\r", "\u{2028}", "\u{2029}": .lineBreak
    case ".", "!", "?": .sentenceEnd
    default: []
    }
  }
}
