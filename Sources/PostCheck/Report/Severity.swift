/// How serious a finding is, from a lexicon entry or a detector rule.
public enum Severity: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
  case low, medium, high

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

  private var rank: Int {
    switch self {
    case .low: 0
    case .medium: 1
    case .high: 2
    }
  }
}
