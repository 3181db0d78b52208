import Foundation
import PostCheck
import Testing

@testable import PostCheckCLI

/// Advice to parents never repeats a slur, whatever the draft contained.
@Suite struct AdviceTests {
  /// Every single-word slur of the bundled slur lexicon.
  static let slurs: [String] = {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appending(path: "Lexicons/en/discriminatory.slurs.tsv").path
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.flatMap { line -> [String] in
      let columns = line.split(separator: "\t")
      guard columns.count > 1 else { return [] }
      return columns[1].split(whereSeparator: { "()|".contains($0) }).map(String.init).filter {
        !$0.contains(" ") && $0.count > 2
      }
    }
  }()

  static func words(_ text: String) -> Set<String> {
    Set(text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
  }

  @Test func theSlurListIsRead() { #expect(Self.slurs.count > 50) }

  @Test func reportsMaskSlursInEveryFormat() throws {
    let checker = try Checker()
    for slur in Self.slurs {
      let draft = "Honestly that family are \(slur) and everyone knows it"
      let report = try checker.check(draft)
      guard report.findings.contains(where: { $0.category == .discriminatory }) else { continue }
      for style in [TextReport.Style.terminal(colour: false), .terminal(colour: true), .markdown] {
        let rendered = TextReport(report: report, draft: draft, profile: checker.profile, style: style).rendered
          .lowercased()
        #expect(!rendered.contains(" \(slur) ") && !rendered.contains("\(slur)]"), "advice repeats '\(slur)'")
      }
      #expect(report.findings.allSatisfy { !Self.words($0.message).contains(slur) }, "a message contains \(slur)")
    }
  }

  @Test func adviceNamesTheSchoolsChannels() {
    let profile = SchoolProfile(
      schoolName: "Riverside", channels: [.init(role: "class teacher"), .init(role: "Headteacher", name: "Ms Obi")])
    #expect(Advice.channels(profile) == "the class teacher or the Headteacher (Ms Obi)")
    #expect(Advice.channels(.default) == "the class teacher, the Headteacher or the Chair of Governors")
  }

  @Test func maskingKeepsFirstLetters() {
    #expect(Advice.masked("abc def") == "a** d**")
  }
}

@Suite struct WhatHappensNextTests {
  @Test func seriousPostsSayWhatTheSchoolMayDo() throws {
    let checker = try Checker()
    let threat = try checker.check("I'll k1ll you")
    let next = try #require(Advice.whatHappensNext(for: threat))
    #expect(next.contains("contact the police"))
    #expect(Advice.whatHappensNext(for: try checker.check("Lovely assembly today")) == nil)
  }
}
