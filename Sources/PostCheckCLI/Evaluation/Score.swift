/// Counts for one yes/no decision over a corpus, and the usual measures.
struct Score: Sendable {
  var truePositives = 0
  var falsePositives = 0
  var falseNegatives = 0
  var trueNegatives = 0

  mutating func add(predicted: Bool, gold: Bool) {
    switch (predicted, gold) {
    case (true, true): truePositives += 1
    case (true, false): falsePositives += 1
    case (false, true): falseNegatives += 1
    case (false, false): trueNegatives += 1
    }
  }

  var total: Int { truePositives + falsePositives + falseNegatives + trueNegatives }
  var precision: Double { ratio(truePositives, truePositives + falsePositives) }
  var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
  var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
  var accuracy: Double { ratio(truePositives + trueNegatives, total) }

  private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }
}

/// Plain-text tables for `postcheck eval`.
struct Table {
  var header: [String]
  var rows: [[String]] = []

  init(_ header: String...) { self.header = header }

  mutating func add(_ cells: String...) { rows.append(cells) }

  var rendered: String {
    let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
    let line = { (cells: [String]) in
      cells.enumerated().map { column, cell in
        column == 0 ? cell.padding(widths[column]) : String(repeating: " ", count: widths[column] - cell.count) + cell
      }.joined(separator: "  ")
    }
    return
      ([line(header), String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1))] + rows.map(line))
      .joined(separator: "\n") + "\n"
  }
}

extension String {
  func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}

/// A ratio as a fixed-point string, such as `0.912` or `91.2%`.
func formatted(_ value: Double, percent: Bool = false) -> String {
  let scaled = percent ? value * 100 : value
  let rounded = (scaled * (percent ? 10 : 1000)).rounded() / (percent ? 10 : 1000)
  var text = String(rounded)
  let decimals = percent ? 1 : 3
  if let dot = text.firstIndex(of: ".") {
    let have = text.distance(from: dot, to: text.endIndex) - 1
    text += String(repeating: "0", count: max(0, decimals - have))
  }
  return percent ? text + "%" : text
}
