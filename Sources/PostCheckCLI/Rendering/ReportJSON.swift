import PostCheck

/// The machine-readable records `postcheck filter` and `postcheck check --format json` write: one JSON object per
/// post, on one line. The format is documented in README ("Filter output").
enum ReportJSON {
  /// The record for a checked post.
  static func record(id: RecordID, report: Report, includeGuide: Bool = true) -> String {
    var writer = JSONWriter()
    writer.object { json in
      json.key("id")
      json.raw(id.json)
      json.key("verdict")
      json.string(report.verdict.rawValue)
      json.key("decision")
      json.string(ModerationDecision(report.verdict).rawValue)
      json.key("categories")
      json.stringArray(report.categories.map(\.rawValue))
      json.key("findings")
      json.array(report.findings) { json, finding in write(finding, to: &json) }
      if includeGuide {
        json.key("guide")
        json.array(report.guideAnswers) { json, answer in write(answer, to: &json) }
      }
    }
    return writer.output
  }

  /// The record for an input that could not be checked: no verdict, an `error` object instead.
  static func errorRecord(id: RecordID, _ error: RecordError) -> String {
    var writer = JSONWriter()
    writer.object { json in
      json.key("id")
      json.raw(id.json)
      json.key("error")
      json.object { json in
        json.key("code")
        json.string(error.code)
        json.key("message")
        json.string(error.message)
      }
    }
    return writer.output
  }

  private static func write(_ finding: Finding, to json: inout JSONWriter) {
    json.object { json in
      json.key("category")
      json.string(finding.category.rawValue)
      json.key("rule")
      json.string(finding.ruleID)
      json.key("severity")
      json.string(finding.severity.rawValue)
      json.key("text")
      json.string(finding.text)
      json.key("start")
      json.number(finding.range.utf8.lowerBound)
      json.key("end")
      json.number(finding.range.utf8.upperBound)
      if !finding.tags.isEmpty {
        json.key("tags")
        json.stringArray(finding.tags)
      }
      if !finding.evidence.isEmpty {
        json.key("evidence")
        json.array(finding.evidence) { json, range in
          json.object { json in
            json.key("start")
            json.number(range.utf8.lowerBound)
            json.key("end")
            json.number(range.utf8.upperBound)
          }
        }
      }
      json.key("message")
      json.string(finding.message)
    }
  }

  private static func write(_ answer: GuideAnswer, to json: inout JSONWriter) {
    json.object { json in
      json.key("question")
      json.string(answer.question.rawValue)
      json.key("concern")
      json.bool(answer.raisesConcern)
      json.key("answer")
      json.string(answer.answer)
      json.key("findings")
      json.array(answer.findings) { json, index in
        if json.output.utf8.last != UInt8(ascii: "[") { json.raw(",") }
        json.number(index)
      }
    }
  }
}

/// What a moderator does with a post: the verdict read as allow, hold or block.
enum ModerationDecision: String {
  case allow, hold, block

  init(_ verdict: Verdict) {
    switch verdict {
    case .ok: self = .allow
    case .reconsider: self = .hold
    case .doNotPost: self = .block
    }
  }
}

/// A record's `id`: the input's own id (string or number, passed through as JSON), else the line number.
enum RecordID {
  case json(String)
  case line(Int)

  var json: String {
    switch self {
    case .json(let json): json
    case .line(let number): String(number)
    }
  }
}

/// Why an input record has no verdict.
struct RecordError: Error {
  /// `invalid_utf8`, `invalid_json`, `not_an_object`, `missing_text`, `empty_post` or `too_long`.
  var code: String
  var message: String
}
