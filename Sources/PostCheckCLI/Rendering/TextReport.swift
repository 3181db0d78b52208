import PostCheck

/// The report for a person: the verdict first, the draft with the concerning parts marked, each finding explained,
/// the policy's guide questions answered, and where to take the concern instead. Slurs are never repeated.
struct TextReport {
  enum Style {
    case terminal(colour: Bool)
    case markdown
  }

  let report: Report
  let draft: String
  let profile: SchoolProfile
  let style: Style

  var rendered: String {
    var sections = [headline]
    guard !report.findings.isEmpty else { return sections.joined(separator: "\n\n") + "\n" }
    sections.append(heading("Your draft, with the parts to look at marked") + "\n" + indent(markedDraft))
    sections.append(heading("What PostCheck noticed") + "\n" + findingsList)
    sections.append(heading("The policy's questions before posting") + "\n" + guideList)
    sections.append(heading("What to do instead") + "\n" + indent(Advice.instead(for: report, profile: profile)))
    if let next = Advice.whatHappensNext(for: report) {
      sections.append(heading("What could happen next") + "\n" + indent(next))
    }
    return sections.joined(separator: "\n\n") + "\n"
  }

  private var headline: String {
    switch report.verdict {
    case .ok: emphasis("Looks fine to post.") + " Nothing in this draft goes against the school's social-media policy."
    case .reconsider:
      emphasis("Please think again before posting.")
        + " Parts of this draft may not sit well with the school's social-media policy."
    case .doNotPost:
      emphasis("Please don't post this.") + " Parts of this draft go against the school's social-media policy."
    }
  }

  /// The draft with each finding's span marked; discriminatory spans are masked.
  private var markedDraft: String {
    let utf8 = Array(draft.utf8)
    var output = ""
    var position = 0
    for range in mergedRanges {
      output += String(decoding: utf8[position..<range.utf8.lowerBound], as: UTF8.self)
      output += mark(displayText(range))
      position = range.utf8.upperBound
    }
    output += String(decoding: utf8[position...], as: UTF8.self)
    return output
  }

  private var mergedRanges: [TextRange] {
    var merged: [TextRange] = []
    for range in report.findings.map(\.range).sorted() {
      if let last = merged.last, last.overlaps(range) || last.utf8.upperBound == range.utf8.lowerBound {
        merged[merged.count - 1] = last.union(range)
      } else {
        merged.append(range)
      }
    }
    return merged
  }

  /// A span's text for display, masked if any discriminatory finding overlaps it.
  private func displayText(_ range: TextRange) -> String {
    let text = range.text(in: draft)
    let hasSlur = report.findings.contains { $0.category == .discriminatory && $0.range.overlaps(range) }
    return hasSlur ? Advice.masked(text) : text
  }

  private var findingsList: String {
    report.findings.enumerated().map { index, finding in
      let quote = finding.category == .discriminatory ? Advice.masked(finding.text) : finding.text
      return "\(index + 1). \(Advice.label(finding.category)): \u{201C}\(quote)\u{201D}\n"
        + indent(finding.message, by: 3)
    }.joined(separator: "\n")
  }

  private var guideList: String {
    report.guideAnswers.map { answer in
      "- \(answer.question.text)\n" + indent(answer.answer, by: 2)
    }.joined(separator: "\n")
  }

  private func heading(_ text: String) -> String {
    switch style {
    case .markdown: "## \(text)"
    case .terminal(let colour): colour ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }
  }

  private func emphasis(_ text: String) -> String {
    switch style {
    case .markdown: "**\(text)**"
    case .terminal(let colour): colour ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }
  }

  private func mark(_ text: String) -> String {
    switch style {
    case .markdown: "**\(text)**"
    case .terminal(let colour): colour ? "\u{1B}[4;31m\(text)\u{1B}[0m" : "[\(text)]"
    }
  }

  private func indent(_ text: String, by spaces: Int = 2) -> String {
    let padding = String(repeating: " ", count: spaces)
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { padding + $0 }.joined(separator: "\n")
  }
}
