/// Edit-distance checks for correcting misspelt sensitive words ("haet", "womn", "hatered"). Only edits that
/// keep the first letter count, and short words only allow a transposition, so that one edit cannot turn an
/// ordinary word into a slur.
enum Misspelling {
  /// Whether `typed` is `target` with one adjacent transposition (4+ letters), one letter missing or one letter
  /// added (targets of 5+ letters), none of them touching the first letter.
  static func isOneEditAway(_ typed: [UInt8], _ target: [UInt8]) -> Bool {
    guard typed.first == target.first, typed != target else { return false }
    switch typed.count - target.count {
    case 0: return target.count >= 4 && isTransposition(typed, target)
    case -1: return target.count >= 5 && isDeletion(longer: target, shorter: typed)
    case 1: return target.count >= 5 && isDeletion(longer: typed, shorter: target)
    default: return false
    }
  }

  private static func isTransposition(_ left: [UInt8], _ right: [UInt8]) -> Bool {
    guard let first = left.indices.first(where: { left[$0] != right[$0] }), first + 1 < left.count else { return false }
    return left[first] == right[first + 1] && left[first + 1] == right[first]
      && left[(first + 2)...] == right[(first + 2)...]
  }

  /// Whether `shorter` is `longer` with one letter (not the first) removed.
  private static func isDeletion(longer: [UInt8], shorter: [UInt8]) -> Bool {
    let first = shorter.indices.first(where: { shorter[$0] != longer[$0] }) ?? shorter.count
    return first > 0 && shorter[first...] == longer[(first + 1)...]
  }
}
