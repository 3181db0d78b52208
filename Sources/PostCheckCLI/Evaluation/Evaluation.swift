import PostCheck

/// Scores a corpus's reports against its gold labels and renders the tables for its schema.
struct Evaluation {
  let corpus: LabelledCorpus
  let reports: [Report]
  let errorLimit: Int

  var rendered: String {
    switch corpus.schema {
    case .schoolPosts: schoolPosts
    case .hateCheck: hateCheck
    case .complaints: binary("complaint", gold: { ($0.labels["complaint"] as? Int) == 1 }, predicted: [.complaint])
    case .edos: edos
    case .ethos: ethos
    case .olid: olid
    case .wnut17: PersonSpanEvaluation(corpus: corpus, reports: reports, errorLimit: errorLimit).rendered
    }
  }

  // MARK: school-posts

  private var schoolPosts: String {
    var table = Table("category", "gold", "predicted", "precision", "recall", "F1", "false+ on ok posts")
    var misjudged: [String] = []
    for category in Category.allCases {
      var score = Score()
      var falseAlarmsOnOK = 0
      for (record, report) in zip(corpus.records, reports) {
        let gold = goldCategories(record).contains(category.rawValue)
        let predicted = report.categories.contains(category)
        score.add(predicted: predicted, gold: gold)
        if predicted, !gold, record.fields["verdict"] as? String == "ok" { falseAlarmsOnOK += 1 }
      }
      table.add(
        category.rawValue, String(score.truePositives + score.falseNegatives),
        String(score.truePositives + score.falsePositives),
        formatted(score.precision), formatted(score.recall), formatted(score.f1), String(falseAlarmsOnOK))
    }
    var confusion: [String: [String: Int]] = [:]
    var correct = 0
    for (record, report) in zip(corpus.records, reports) {
      let gold = record.fields["verdict"] as? String ?? "?"
      confusion[gold, default: [:]][report.verdict.rawValue, default: 0] += 1
      if gold == report.verdict.rawValue { correct += 1 }
      let goldSet = Set(goldCategories(record))
      let predictedSet = Set(report.categories.map(\.rawValue))
      if goldSet != predictedSet || gold != report.verdict.rawValue {
        misjudged.append(
          "\(record.id) gold \(gold) \(goldSet.sorted()) predicted \(report.verdict.rawValue) \(predictedSet.sorted()): \(record.text)"
        )
      }
    }
    var verdicts = Table("gold \\ predicted", "ok", "reconsider", "do_not_post")
    for gold in ["ok", "reconsider", "do_not_post"] {
      let row = confusion[gold] ?? [:]
      verdicts.add(gold, String(row["ok"] ?? 0), String(row["reconsider"] ?? 0), String(row["do_not_post"] ?? 0))
    }
    let accuracy = Double(correct) / Double(max(1, reports.count))
    return table.rendered + "\nverdict accuracy: \(formatted(accuracy)) (\(correct)/\(reports.count)); "
      + "do_not_post judged ok: \(confusion["do_not_post"]?["ok"] ?? 0); ok judged do_not_post: \(confusion["ok"]?["do_not_post"] ?? 0)\n\n"
      + verdicts.rendered + errorList(misjudged)
  }

  private func goldCategories(_ record: LabelledCorpus.Record) -> [String] {
    record.fields["categories"] as? [String] ?? []
  }

  // MARK: HateCheck

  private var hateCheck: String {
    var overall = Score()
    var perFunctionality: [String: Score] = [:]
    var threat: [String: Score] = [:]
    var abusive: [String: Score] = [:]
    var abusiveOrThreat: [String: Score] = [:]
    var misjudged: [String] = []
    for (record, report) in zip(corpus.records, reports) {
      let functionality = record.labels["functionality"] as? String ?? "?"
      let gold = record.labels["label_gold"] as? String == "hateful"
      let predicted = report.categories.contains(.discriminatory)
      overall.add(predicted: predicted, gold: gold)
      perFunctionality[functionality, default: Score()].add(predicted: predicted, gold: gold)
      if functionality.hasPrefix("threat_") {
        threat[functionality, default: Score()].add(predicted: report.categories.contains(.threat), gold: true)
      }
      if functionality == "target_indiv_nh" || functionality == "target_group_nh" {
        abusive[functionality, default: Score()].add(predicted: report.categories.contains(.abusive), gold: true)
        // PostCheck files a death wish or threat of violence under `threat`, HateCheck under abuse.
        let abuseOrThreat = report.categories.contains(.abusive) || report.categories.contains(.threat)
        abusiveOrThreat[functionality, default: Score()].add(predicted: abuseOrThreat, gold: true)
      }
      if predicted != gold {
        misjudged.append("\(record.id) \(functionality) gold \(gold ? "hateful" : "non-hateful"): \(record.text)")
      }
    }
    let hateful = Score(truePositives: overall.truePositives, falseNegatives: overall.falseNegatives)
    let nonHateful = Score(falsePositives: overall.falsePositives, trueNegatives: overall.trueNegatives)
    var table = Table("functionality", "cases", "accuracy")
    for (name, score) in perFunctionality.sorted(by: { $0.key < $1.key }) {
      table.add(name, String(score.total), formatted(score.accuracy, percent: true))
    }
    var extra = Table("functionality", "cases", "recall")
    for (name, score) in threat.sorted(by: { $0.key < $1.key }) {
      extra.add("threat on \(name)", String(score.total), formatted(score.recall, percent: true))
    }
    for (name, score) in abusive.sorted(by: { $0.key < $1.key }) {
      extra.add("abusive on \(name)", String(score.total), formatted(score.recall, percent: true))
    }
    for (name, score) in abusiveOrThreat.sorted(by: { $0.key < $1.key }) {
      extra.add("abusive or threat on \(name)", String(score.total), formatted(score.recall, percent: true))
    }
    return "accuracy (hateful = discriminatory found): overall \(formatted(overall.accuracy, percent: true)), "
      + "hateful \(formatted(hateful.accuracy, percent: true)), non-hateful \(formatted(nonHateful.accuracy, percent: true)); "
      + "precision \(formatted(overall.precision)), recall \(formatted(overall.recall)), F1 \(formatted(overall.f1))\n\n"
      + table.rendered + "\n" + extra.rendered + errorList(misjudged)
  }

  // MARK: Binary corpora

  private var edos: String {
    binary(
      "sexist (discriminatory)", gold: { $0.labels["label_sexist"] as? String == "sexist" },
      predicted: [.discriminatory])
      + "\n"
      + binary(
        "threats (threat)", gold: { ($0.labels["label_category"] as? String)?.hasPrefix("1.") == true },
        predicted: [.threat])
  }

  private var ethos: String {
    if corpus.records.first?.labels["isHate"] != nil {
      return binary(
        "hate (discriminatory)", gold: { ($0.labels["isHate"] as? Double ?? 0) >= 0.5 }, predicted: [.discriminatory])
    }
    var text = binary(
      "violence (threat)", gold: { ($0.labels["violence"] as? Double ?? 0) >= 0.5 }, predicted: [.threat])
    var table = Table("characteristic", "cases", "discriminatory recall")
    for label in ["gender", "race", "national_origin", "disability", "religion", "sexual_orientation"] {
      var score = Score()
      for (record, report) in zip(corpus.records, reports) where (record.labels[label] as? Double ?? 0) >= 0.5 {
        score.add(predicted: report.categories.contains(.discriminatory), gold: true)
      }
      table.add(label, String(score.total), formatted(score.recall, percent: true))
    }
    text += "\n" + table.rendered
    return text
  }

  private var olid: String {
    binary(
      "offensive OFF (abusive, discriminatory or threat)", gold: { $0.labels["subtask_a"] as? String == "OFF" },
      predicted: [.abusive, .discriminatory, .threat])
      + "\n"
      + binary(
        "targeted insult at an individual TIN+IND (abusive)",
        gold: { $0.labels["subtask_b"] as? String == "TIN" && $0.labels["subtask_c"] as? String == "IND" },
        predicted: [.abusive])
  }

  private func binary(
    _ name: String, gold: (LabelledCorpus.Record) -> Bool, predicted categories: Set<Category>
  ) -> String {
    var score = Score()
    var misjudged: [String] = []
    for (record, report) in zip(corpus.records, reports) {
      let isGold = gold(record)
      let isPredicted = report.categories.contains(where: categories.contains)
      score.add(predicted: isPredicted, gold: isGold)
      if isGold != isPredicted {
        misjudged.append(
          "\(record.id) \(isGold ? "missed" : "false alarm") [\(report.categories.map(\.rawValue).joined(separator: ","))]: \(record.text)"
        )
      }
    }
    var table = Table("measure", "gold", "predicted", "precision", "recall", "F1", "accuracy")
    table.add(
      name, String(score.truePositives + score.falseNegatives), String(score.truePositives + score.falsePositives),
      formatted(score.precision), formatted(score.recall), formatted(score.f1), formatted(score.accuracy))
    return table.rendered + errorList(misjudged)
  }

  private func errorList(_ lines: [String]) -> String {
    guard errorLimit > 0, !lines.isEmpty else { return "" }
    return "\nmisjudged (\(lines.count), first \(min(errorLimit, lines.count))):\n"
      + lines.prefix(errorLimit).map { "  " + $0 }.joined(separator: "\n") + "\n"
  }
}
