/// A post's UTF-8 with invisible characters removed (zero-width spaces and joiners, bidi controls, soft hyphens,
/// tag characters), and the map back to the original's offsets. Removing them before segmentation re-joins words
/// that an invisible character was put inside to dodge a filter.
struct CleanedText {
  /// The UTF-8 bytes to segment; the original's own bytes when nothing was removed.
  let bytes: [UInt8]
  /// For each place where characters were removed: the cleaned offset there, and how many bytes were removed
  /// at or before it in total. Sorted by offset; empty when nothing was removed.
  private let removals: [(cleanOffset: Int, removedSoFar: Int)]

  init(_ text: String) {
    var bytes: [UInt8] = []
    var removals: [(cleanOffset: Int, removedSoFar: Int)] = []
    var removed = 0
    if text.unicodeScalars.contains(where: Self.isInvisible) {
      bytes.reserveCapacity(text.utf8.count)
      for scalar in text.unicodeScalars {
        if Self.isInvisible(scalar) {
          removed += UTF8.width(scalar)
          if let last = removals.last, last.cleanOffset == bytes.count {
            removals[removals.count - 1].removedSoFar = removed
          } else {
            removals.append((bytes.count, removed))
          }
        } else {
          bytes.append(contentsOf: UTF8.encode(scalar)!)
        }
      }
    } else {
      bytes = Array(text.utf8)
    }
    self.bytes = bytes
    self.removals = removals
  }

  /// Whether any invisible character was removed (if not, cleaned offsets are the original's).
  var removedAnything: Bool { !removals.isEmpty }

  /// The original offset of a cleaned offset where a span starts: after any invisible characters removed there.
  func originalStart(_ cleanOffset: Int) -> Int { cleanOffset + removedBytes(atOrBefore: cleanOffset) }

  /// The original offset of a cleaned offset where a span ends: before any invisible characters removed there.
  func originalEnd(_ cleanOffset: Int) -> Int { cleanOffset + removedBytes(before: cleanOffset) }

  private func removedBytes(atOrBefore offset: Int) -> Int {
    guard !removals.isEmpty else { return 0 }
    let index = lastRemoval(notAfter: offset)
    return index < 0 ? 0 : removals[index].removedSoFar
  }

  private func removedBytes(before offset: Int) -> Int {
    guard !removals.isEmpty else { return 0 }
    let index = lastRemoval(notAfter: offset - 1)
    return index < 0 ? 0 : removals[index].removedSoFar
  }

  /// Binary search: the index of the last removal whose offset is at most `offset`, or -1.
  private func lastRemoval(notAfter offset: Int) -> Int {
    var low = 0
    var high = removals.count
    while low < high {
      let middle = (low + high) / 2
      if removals[middle].cleanOffset <= offset { low = middle + 1 } else { high = middle }
    }
    return low - 1
  }

  /// Characters that render as nothing and are used to split words invisibly.
  static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E: true
    case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F: true
    case 0x3164, 0xFEFF, 0xFFA0, 0x1D173...0x1D17A, 0xE0000...0xE007F: true
    default: false
    }
  }
}
