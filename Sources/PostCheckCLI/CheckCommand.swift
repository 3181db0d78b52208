import ArgumentParser
import Foundation
import PostCheck

/// `postcheck check`: advice on one draft, for the person who wrote it.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check one draft post and explain what to change.",
    discussion: """
      Give the draft as arguments, or on standard input. Run with no text on a terminal to paste a draft. \
      Exits 0 if the post is fine, 1 if you should reconsider it, 2 if it should not be posted.
      """)

  @Argument(help: "The draft post. Reads standard input when omitted.")
  var words: [String] = []

  @Option(help: "Output format: text, json or markdown.")
  var format: OutputFormat = .text

  @OptionGroup var options: CheckerOptions

  func run() throws {
    let checker = try options.makeChecker()
    let draft = try readDraft()
    let report: Report
    do {
      report = try checker.check(draft)
    } catch {
      StandardError.write("postcheck: \(error)\n")
      throw ExitStatus.badInput
    }
    try StandardOutput.write(render(report, draft: draft, profile: checker.profile))
    throw exitStatus(for: report.verdict)
  }

  private func render(_ report: Report, draft: String, profile: SchoolProfile) -> String {
    switch format {
    case .json: ReportJSON.record(id: .line(1), report: report) + "\n"
    case .text:
      TextReport(report: report, draft: draft, profile: profile, style: .terminal(colour: Terminal.wantsColour))
        .rendered
    case .markdown: TextReport(report: report, draft: draft, profile: profile, style: .markdown).rendered
    }
  }

  private func exitStatus(for verdict: Verdict) -> ExitCode {
    switch verdict {
    case .ok: ExitStatus.ok
    case .reconsider: ExitStatus.reconsider
    case .doNotPost: ExitStatus.doNotPost
    }
  }

  /// The draft from the arguments, or standard input (prompting first on a terminal).
  private func readDraft() throws -> String {
    let draft: String
    if !words.isEmpty {
      draft = words.joined(separator: " ")
    } else {
      if Terminal.standardInputIsTerminal {
        StandardError.write("Paste or type your draft post, then press Ctrl-D on a new line.\n")
      }
      let data = FileHandle.standardInput.readDataToEndOfFile()
      guard data.count <= Checker.maximumPostBytes else {
        StandardError.write("postcheck: the draft is \(data.count) bytes; the limit is \(Checker.maximumPostBytes)\n")
        throw ExitStatus.badInput
      }
      guard let text = String(validating: data, as: UTF8.self) else {
        StandardError.write("postcheck: the draft is not valid UTF-8 text\n")
        throw ExitStatus.badInput
      }
      draft = text
    }
    guard draft.contains(where: { !$0.isWhitespace }) else {
      StandardError.write("postcheck: there is no text to check\n")
      throw ExitStatus.badInput
    }
    return draft
  }
}

/// How `check` prints its report.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, markdown
}
