import PostCheck

/// Person-span scores on WNUT-17: `named_individual` findings that are person names against the gold
/// `person_spans`, exact and overlapping. Gold offsets are Unicode scalar (code point) offsets; findings are converted
/// to match.
///
/// WNUT-17 marks named people only, so findings that identify a person without naming them (an @handle, "his mum",
/// "the new TA") are not scored; a finding narrowed to the name at the head of a longer phrase ("Zofia" in "Zofia in
/// Year 5") is.
struct PersonSpanEvaluation {
  let corpus: LabelledCorpus
  let reports: [Report]
  let errorLimit: Int

  /// The `kind=` tags of findings that are a person's name.
  static let nameKinds: Set<String> = ["kind=name", "kind=full-name", "kind=title-name"]

  var rendered: String {
    var exact = Score()
    var overlap = Score()
    var errors: [String] = []
    for (record, report) in zip(corpus.records, reports) {
      let gold = goldSpans(record)
      let predicted = report.findings.filter(Self.isPersonName).map { scalarRange($0.range, in: record.text) }
      let exactHits = predicted.filter(gold.contains).count
      exact.truePositives += exactHits
      exact.falsePositives += predicted.count - exactHits
      exact.falseNegatives += gold.count - exactHits
      let overlapHits = gold.filter { span in predicted.contains { $0.overlaps(span) } }.count
      overlap.truePositives += overlapHits
      overlap.falseNegatives += gold.count - overlapHits
      overlap.falsePositives += predicted.filter { span in !gold.contains { $0.overlaps(span) } }.count
      if Set(gold) != Set(predicted) {
        errors.append(
          "\(record.id) gold \(texts(gold, in: record.text)) predicted \(texts(predicted, in: record.text)): "
            + record.text)
      }
    }
    var table = Table("person spans", "gold", "predicted", "precision", "recall", "F1")
    table.add(
      "exact", String(exact.truePositives + exact.falseNegatives), String(exact.truePositives + exact.falsePositives),
      formatted(exact.precision), formatted(exact.recall), formatted(exact.f1))
    table.add(
      "overlapping", String(overlap.truePositives + overlap.falseNegatives),
      String(overlap.truePositives + overlap.falsePositives),
      formatted(overlap.precision), formatted(overlap.recall), formatted(overlap.f1))
    guard errorLimit > 0, !errors.isEmpty else { return table.rendered }
    return table.rendered + "\nmisjudged (\(errors.count), first \(min(errorLimit, errors.count))):\n"
      + errors.prefix(errorLimit).map { "  " + $0 }.joined(separator: "\n") + "\n"
  }

  /// Whether a finding is a named person: a name kind, or a name narrowed out of a longer phrase.
  static func isPersonName(_ finding: Finding) -> Bool {
    guard finding.category == .namedIndividual else { return false }
    return finding.tags.contains(where: nameKinds.contains) || !finding.evidence.isEmpty
  }

  private func goldSpans(_ record: LabelledCorpus.Record) -> [Range<Int>] {
    (record.labels["person_spans"] as? [[String: Any]] ?? []).compactMap { span in
      guard let start = span["start"] as? Int, let end = span["end"] as? Int else { return nil }
      return start..<end
    }
  }

  private func texts(_ spans: [Range<Int>], in text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    return spans.sorted { $0.lowerBound < $1.lowerBound }.map { span in
      String(String.UnicodeScalarView(scalars[span.clamped(to: 0..<scalars.count)]))
    }
  }

  private func scalarRange(_ range: TextRange, in text: String) -> Range<Int> {
    let indices = range.indices(in: text)
    let start = text.unicodeScalars.distance(from: text.startIndex, to: indices.lowerBound)
    return start..<(start + text.unicodeScalars.distance(from: indices.lowerBound, to: indices.upperBound))
  }
}
