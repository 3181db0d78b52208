import PostCheck

/// Counts of what `postcheck filter` wrote, printed on standard error at the end.
struct FilterSummary: CustomStringConvertible {
  private var decisions: [ModerationDecision: Int] = [:]
  private var categories: [Category: Int] = [:]
  private var errors: [String: Int] = [:]
  private var total = 0

  mutating func count(_ record: FilterRecord) {
    total += 1
    if let decision = record.decision { decisions[decision, default: 0] += 1 }
    if let code = record.errorCode { errors[code, default: 0] += 1 }
    for category in record.categories { categories[category, default: 0] += 1 }
  }

  var description: String {
    var lines = [
      "postcheck: \(total) records: "
        + [ModerationDecision.allow, .hold, .block].map { "\(decisions[$0] ?? 0) \($0.rawValue)" }.joined(
          separator: ", ") + ", \(errors.values.reduce(0, +)) errors"
    ]
    let found = Category.allCases.compactMap { category in categories[category].map { "\(category.rawValue) \($0)" } }
    if !found.isEmpty { lines.append("postcheck: posts per category: " + found.joined(separator: ", ")) }
    if !errors.isEmpty {
      lines.append(
        "postcheck: errors: "
          + errors.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
