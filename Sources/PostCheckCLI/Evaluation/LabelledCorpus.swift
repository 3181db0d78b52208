import Foundation

/// A labelled evaluation corpus in JSON Lines: `{"id", "text", ...}` with gold labels either at the top level
/// (school-posts schema) or under `labels` (the public corpora's conversions).
struct LabelledCorpus {
  /// Which schema the corpus follows, recognised from its first record's fields.
  enum Schema: String {
    case schoolPosts = "school-posts"
    case hateCheck = "hatecheck"
    case complaints, edos, ethos, olid, wnut17
  }

  struct Record {
    var id: String
    var text: String
    var fields: [String: Any]
    var labels: [String: Any] { fields["labels"] as? [String: Any] ?? [:] }
  }

  let schema: Schema
  let records: [Record]

  /// Reads a corpus file.
  ///
  /// - Throws: `CorpusError` naming the file and line of the first record that is not valid.
  init(path: String) throws {
    guard let data = FileManager.default.contents(atPath: path) else { throw CorpusError("\(path): cannot read file") }
    var records: [Record] = []
    for (index, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() where !line.isEmpty {
      guard let fields = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
        let text = fields["text"] as? String
      else { throw CorpusError("\(path):\(index + 1): not a JSON object with a \"text\" string") }
      records.append(Record(id: fields["id"].map { "\($0)" } ?? String(index + 1), text: text, fields: fields))
    }
    guard let first = records.first else { throw CorpusError("\(path): no records") }
    guard let schema = Self.schema(of: first) else {
      throw CorpusError(
        "\(path): unknown corpus schema (expected school-posts, HateCheck, complaints, EDOS, ETHOS, OLID or WNUT-17 fields)"
      )
    }
    self.schema = schema
    self.records = records
  }

  private static func schema(of record: Record) -> Schema? {
    if record.fields["categories"] != nil, record.fields["verdict"] != nil { return .schoolPosts }
    let labels = record.labels
    if labels["functionality"] != nil, labels["label_gold"] != nil { return .hateCheck }
    if labels["complaint"] != nil { return .complaints }
    if labels["label_sexist"] != nil { return .edos }
    if labels["isHate"] != nil || labels["violence"] != nil { return .ethos }
    if labels["subtask_a"] != nil { return .olid }
    if labels["person_spans"] != nil { return .wnut17 }
    return nil
  }
}

struct CorpusError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
