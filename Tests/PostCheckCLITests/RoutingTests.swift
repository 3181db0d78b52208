import Foundation
import Testing

/// The moderator's invariant: every input line lands in exactly one of the allowed, held and blocked files.
@Suite struct RoutingTests {
  @Test func everyInputLineLandsInExactlyOnePlace() throws {
    let folder = FileManager.default.temporaryDirectory.appending(path: "postcheck-routing-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let paths = ["allowed", "held", "blocked"].map { folder.appending(path: "\($0).txt").path }
    var input = Data()
    let lines: [Data] = [
      Data("Lovely assembly today".utf8), Data("I'll k1ll you".utf8), Data([0x62, 0xFF, 0x61]), Data(),
      Data(String(repeating: "y", count: 1_200_000).utf8), Data("Does anyone know when the trip money is due?".utf8),
    ]
    for line in lines { input.append(line + [0x0A]) }
    let result = try PostCheckBinary.run(
      ["filter", "--allowed", paths[0], "--held", paths[1], "--blocked", paths[2], "--no-guide"], input: input)
    #expect(result.status == 0)
    #expect(result.lines.count == lines.count)
    let routed = try paths.map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
    let routedLines = routed.flatMap { $0.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast() }
    #expect(routedLines.count == lines.count)
    #expect(Set(routedLines.map { Data($0) }) == Set(lines))
    #expect(routed[2].starts(with: Data("I'll k1ll you\n".utf8)))
    #expect(result.standardError.contains("6 records"))
  }

  @Test func profileErrorsExit78() throws {
    let result = try PostCheckBinary.run(["check", "--profile", "/nonexistent/school.json", "hello"])
    #expect(result.status == 78)
    #expect(result.standardError.contains("/nonexistent/school.json: cannot read profile: no such file"))
  }
}
