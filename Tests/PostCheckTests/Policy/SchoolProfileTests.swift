import Foundation
import PostCheck
import Testing

@Suite struct SchoolProfileTests {
  private func write(_ json: String) throws -> String {
    let path = FileManager.default.temporaryDirectory.appending(path: "profile-\(UUID()).json").path
    try json.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test func loadsAValidProfile() throws {
    let path = try write(
      """
      {"school_name": "Riverside Primary", "channels": [{"role": "class teacher"}, {"role": "Headteacher", "name": "Ms Obi"}],
       "roster": [{"name": "Zofia Nowak", "kind": "pupil"}, {"name": "Mrs Kowalczyk", "kind": "staff", "role": "Year 5 teacher"}],
       "severity_overrides": {"complaint": "low"}, "lexicons": ["extra.tsv"]}
      """)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let profile = try SchoolProfile.load(path: path)
    #expect(profile.schoolName == "Riverside Primary")
    #expect(profile.roster.map(\.kind) == [.pupil, .staff])
    #expect(profile.severityOverrides == [.complaint: .low])
    #expect(profile.lexicons == [(path as NSString).deletingLastPathComponent + "/extra.tsv"])
  }

  @Test(arguments: [
    (#"{"channels": []}"#, "school_name: is missing"),
    (#"{"school_name": 3}"#, "school_name: should be a string"),
    (#"{"school_name": "X", "roster": [{"name": "Ann", "kind": "parent"}]}"#, "roster[0].kind"),
    (#"{"school_name": "X", "severity_overrides": {"rudeness": "low"}}"#, "unknown category 'rudeness'"),
    (#"{"school_name": "  "}"#, "school_name: is empty"),
    (#"{"school_name": "X", "roster": [{"name": "123", "kind": "pupil"}]}"#, "roster[0].name: has no letters"),
    ("{not json", "not valid JSON"),
  ])
  func invalidProfilesNameTheField(_ json: String, _ expected: String) throws {
    let path = try write(json)
    defer { try? FileManager.default.removeItem(atPath: path) }
    do {
      _ = try SchoolProfile.load(path: path)
      Issue.record("expected an error for \(json)")
    } catch {
      #expect(error.description.contains(path))
      #expect(error.description.contains(expected), "\(error.description)")
    }
  }

  @Test func missingProfileFileIsAClearError() {
    #expect(throws: ProfileError.unreadable(file: "/nonexistent/p.json", reason: "no such file")) {
      try SchoolProfile.load(path: "/nonexistent/p.json")
    }
  }

  @Test func rosteredPupilIsFoundAndReportedAsAPupil() throws {
    let profile = SchoolProfile(
      schoolName: "Riverside", channels: SchoolProfile.default.channels,
      roster: [.init(name: "Zofia Nowak", kind: .pupil), .init(name: "Mrs Kowalczyk", kind: .staff)])
    let checker = try Checker(profile: profile)
    let report = try checker.check("well done zofia for the reading award")
    let named = try #require(report.findings.first { $0.tags.contains("roster") })
    #expect(named.text == "zofia")
    #expect(named.tags.contains("pupil"))
    #expect(report.verdict == .reconsider)
    let staff = try checker.check("Thank you Mrs Kowalczyk for a lovely trip")
    #expect(staff.findings.contains { $0.tags.contains("roster") && $0.tags.contains("staff") })
    #expect(staff.verdict == .ok)
  }

  @Test func severityOverridesApply() throws {
    var profile = SchoolProfile.default
    profile.severityOverrides = [.threat: .low]
    let report = try Checker(profile: profile).check("I'll k1ll you")
    #expect(report.findings.filter { $0.category == .threat }.allSatisfy { $0.severity == .low })
    #expect(!report.findings.filter { $0.category == .threat }.isEmpty)
  }
}
