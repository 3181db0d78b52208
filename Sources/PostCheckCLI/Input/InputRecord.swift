import Foundation

/// One post to check, decoded from an input line: a plain-text line, or a JSON Lines object with `text` and an
/// optional `id` (a string or number, passed through to the output).
struct InputRecord {
  var id: RecordID
  var text: String

  /// Decodes a plain-text line: the whole line is the post.
  static func plain(_ line: ArraySlice<UInt8>, lineNumber: Int) -> Result<InputRecord, RecordError> {
    guard let text = String(validating: line, as: UTF8.self) else {
      return .failure(RecordError(code: "invalid_utf8", message: "line \(lineNumber) is not valid UTF-8"))
    }
    return nonEmpty(InputRecord(id: .line(lineNumber), text: text), lineNumber: lineNumber)
  }

  /// Decodes a JSON Lines record.
  static func json(_ line: ArraySlice<UInt8>, lineNumber: Int) -> (RecordID, Result<InputRecord, RecordError>) {
    guard String(validating: line, as: UTF8.self) != nil else {
      return (
        .line(lineNumber), .failure(RecordError(code: "invalid_utf8", message: "line \(lineNumber) is not valid UTF-8"))
      )
    }
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: Data(line), options: [.fragmentsAllowed])
    } catch {
      return (
        .line(lineNumber), .failure(RecordError(code: "invalid_json", message: "line \(lineNumber) is not valid JSON"))
      )
    }
    guard let fields = object as? [String: Any] else {
      return (
        .line(lineNumber),
        .failure(RecordError(code: "not_an_object", message: "line \(lineNumber) is not a JSON object"))
      )
    }
    let id = recordID(fields["id"], lineNumber: lineNumber)
    guard let text = fields["text"] as? String else {
      let problem = fields["text"] == nil ? "has no \"text\" field" : "has a \"text\" field that is not a string"
      return (id, .failure(RecordError(code: "missing_text", message: "line \(lineNumber) \(problem)")))
    }
    return (id, nonEmpty(InputRecord(id: id, text: text), lineNumber: lineNumber))
  }

  private static func nonEmpty(_ record: InputRecord, lineNumber: Int) -> Result<InputRecord, RecordError> {
    guard record.text.contains(where: { !$0.isWhitespace }) else {
      return .failure(RecordError(code: "empty_post", message: "line \(lineNumber) has no text to check"))
    }
    return .success(record)
  }

  /// A string or number `id` passed through as JSON; anything else (or none) becomes the line number.
  private static func recordID(_ value: Any?, lineNumber: Int) -> RecordID {
    switch value {
    case let string as String:
      var writer = JSONWriter()
      writer.string(string)
      return .json(writer.output)
    case let number as NSNumber where !(value is Bool):
      return .json(number.stringValue)
    default:
      return .line(lineNumber)
    }
  }
}
