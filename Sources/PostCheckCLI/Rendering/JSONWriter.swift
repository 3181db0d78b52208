/// Builds one line of JSON by hand: faster than a generic encoder on the filter's hot path, and the field order
/// stays fixed (`id` first), which makes records easy to read and diff.
struct JSONWriter {
  private(set) var output = ""

  /// Appends `"key":` (after a comma unless it is the first member of an object).
  mutating func key(_ key: String) {
    if let last = output.utf8.last, last != UInt8(ascii: "{"), last != UInt8(ascii: "[") { output += "," }
    string(key)
    output += ":"
  }

  mutating func string(_ value: String) {
    output += "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "\u{2028}": output += "\\u2028"
      case "\u{2029}": output += "\\u2029"
      default:
        if scalar.value < 0x20 {
          output += "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    output += "\""
  }

  mutating func raw(_ json: String) { output += json }
  mutating func number(_ value: Int) { output += String(value) }
  mutating func bool(_ value: Bool) { output += value ? "true" : "false" }

  /// An object: `{`, the members `body` writes, `}`.
  mutating func object(_ body: (inout JSONWriter) -> Void) {
    separateArrayElement()
    output += "{"
    body(&self)
    output += "}"
  }

  /// An array of `elements`, each written by `body`.
  mutating func array<Element>(_ elements: [Element], _ body: (inout JSONWriter, Element) -> Void) {
    output += "["
    for element in elements { body(&self, element) }
    output += "]"
  }

  mutating func stringArray(_ values: [String]) {
    array(values) { writer, value in
      writer.separateArrayElement()
      writer.string(value)
    }
  }

  private mutating func separateArrayElement() {
    if let last = output.utf8.last, last == UInt8(ascii: "}") || last == UInt8(ascii: "\"") { output += "," }
  }
}
