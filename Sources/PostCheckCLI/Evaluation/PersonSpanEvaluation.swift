import PostCheck

/// Person-span scores on WNUT-17: `named_individual` finding spans against the gold `person_spans`, exact and
/// overlapping. Gold offsets are Unicode scalar (code point) offsets; findings are converted to match.
struct PersonSpanEvaluation {
  let corpus: LabelledCorpus
  let reports: [Report]

  var rendered: String {
    var exact = Score()
    var overlap = Score()
    for (record, report) in zip(corpus.records, reports) {
      let gold = goldSpans(record)
      let predicted = report.findings.filter { $0.category == .namedIndividual }.map {
        scalarRange($0.range, in: record.text)
      }
      let exactHits = predicted.filter(gold.contains).count
      exact.truePositives += exactHits
      exact.falsePositives += predicted.count - exactHits
      exact.falseNegatives += gold.count - exactHits
      let overlapHits = gold.filter { span in predicted.contains { $0.overlaps(span) } }.count
      overlap.truePositives += overlapHits
      overlap.falseNegatives += gold.count - overlapHits
      overlap.falsePositives += predicted.filter { span in !gold.contains { $0.overlaps(span) } }.count
    }
    var table = Table("person spans", "gold", "predicted", "precision", "recall", "F1")
    table.add(
      "exact", String(exact.truePositives + exact.falseNegatives), String(exact.truePositives + exact.falsePositives),
      formatted(exact.precision), formatted(exact.recall), formatted(exact.f1))
    table.add(
      "overlapping", String(overlap.truePositives + overlap.falseNegatives),
      String(overlap.truePositives + overlap.falsePositives),
      formatted(overlap.precision), formatted(overlap.recall), formatted(overlap.f1))
    return table.rendered
  }

  private func goldSpans(_ record: LabelledCorpus.Record) -> [Range<Int>] {
    (record.labels["person_spans"] as? [[String: Any]] ?? []).compactMap { span in
      guard let start = span["start"] as? Int, let end = span["end"] as? Int else { return nil }
      return start..<end
    }
  }

  private func scalarRange(_ range: TextRange, in text: String) -> Range<Int> {
    let indices = range.indices(in: text)
    let start = text.unicodeScalars.distance(from: text.startIndex, to: indices.lowerBound)
    return start..<(start + text.unicodeScalars.distance(from: indices.lowerBound, to: indices.upperBound))
  }
}
