/// Finds phone numbers and e-mail addresses, which are someone's private contact details (`confidential`).
/// UK numbers: 11 digits starting 0 (spaces allowed, `07700 900123`) or +44 and 10 digits.
struct ContactDetailsDetector: Detector {
  var id: String { "confidential.contact-details" }

  func findings(in context: DetectionContext) -> [Finding] {
    phoneNumbers(in: context) + emailAddresses(in: context)
  }

  private func phoneNumbers(in context: DetectionContext) -> [Finding] {
    var findings: [Finding] = []
    let tokens = context.post.tokens
    var index = 0
    while index < tokens.count {
      var digits = 0
      var end = index
      while end < tokens.count, tokens[end].kind == .number,
        end == index || !tokens[end].boundaryBefore.contains(.clause)
      {
        digits += tokens[end].key.count { $0.isASCII && $0.isNumber }
        end += 1
        if digits >= 10 { break }
      }
      let first = tokens[index].key
      if end > index, (digits == 11 && first.hasPrefix("0")) || (digits >= 10 && first.hasPrefix("44")) {
        findings.append(
          context.finding(
            .confidential, severity: .high, ruleID: "\(id).phone-number", tokens: index..<end, tags: ["phone"],
            message:
              "This looks like a phone number. Sharing someone's number publicly can expose them to unwanted contact.")
        )
        index = end
      } else {
        index += 1
      }
    }
    return findings
  }

  private func emailAddresses(in context: DetectionContext) -> [Finding] {
    let text = context.post.text
    return context.post.tokens.indices.compactMap { index -> Finding? in
      let token = context.post.tokens[index]
      let after = token.range.utf8.upperBound
      let utf8 = text.utf8
      guard token.kind == .word, after < utf8.count,
        utf8[utf8.index(utf8.startIndex, offsetBy: after)] == UInt8(ascii: "@"),
        index + 1 < context.post.tokens.count,
        context.post.tokens[index + 1].range.utf8.lowerBound == after + 1
          || context.post.tokens[index + 1].key.hasPrefix("@"),
        context.post.tokens[index + 1].key.contains(".") || context.post.tokens[index + 1].key.hasPrefix("@")
      else { return nil }
      return context.finding(
        .confidential, severity: .high, ruleID: "\(id).email-address", tokens: index..<(index + 2), tags: ["email"],
        message:
          "This looks like an e-mail address. Posting someone's contact details publicly can expose them to unwanted contact."
      )
    }
  }
}
