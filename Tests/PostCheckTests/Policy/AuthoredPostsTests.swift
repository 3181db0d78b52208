import Foundation
import PostCheck
import Testing

/// Verdicts on the authored school posts (`Tests/Fixtures/authored/`, written for PostCheck and labelled by the
/// school-posts schema): a floor under the two errors that matter most, so that a change that makes PostCheck miss
/// more harmful posts, or cry wolf on more harmless ones, fails here. The floors sit at the figures measured when they
/// were set; raise them as detection improves.
@Suite struct AuthoredPostsTests {
  struct Post: Decodable {
    var id: String
    var text: String
    var verdict: String
  }

  static let folder = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appending(path: "Fixtures/authored")

  static func posts(_ file: String) throws -> [Post] {
    let data = try Data(contentsOf: folder.appending(path: file))
    return try data.split(separator: UInt8(ascii: "\n")).map { try JSONDecoder().decode(Post.self, from: Data($0)) }
  }

  /// The ids of the posts whose gold verdict is `gold` and whose predicted verdict is `predicted`.
  static func misjudged(_ posts: [Post], gold: String, predicted: Verdict) throws -> [String] {
    let checker = try Bundled.checker()
    return try posts.filter { post in
      guard post.verdict == gold else { return false }
      return try checker.check(post.text).verdict == predicted
    }.map(\.id)
  }

  /// Each file with its number of posts and its floors (do_not_post judged ok, ok judged do_not_post).
  @Test(arguments: [
    ("dev.jsonl", 130, 0, 0), ("holdout.jsonl", 130, 18, 3), ("dev-indirect.jsonl", 160, 2, 1),
    ("dev-paired.jsonl", 160, 6, 2), ("dev-grievances.jsonl", 120, 11, 3), ("dev-threats.jsonl", 90, 23, 1),
    ("holdout-everyday.jsonl", 160, 33, 2),
    ("holdout-short-long.jsonl", 160, 26, 2),
  ])
  func harmfulPostsJudgedOKAndHarmlessPostsBlocked(file: String, count: Int, unsafeFloor: Int, cryingWolfFloor: Int)
    throws
  {
    let posts = try Self.posts(file)
    #expect(posts.count == count)
    let unsafe = try Self.misjudged(posts, gold: "do_not_post", predicted: .ok)
    let cryingWolf = try Self.misjudged(posts, gold: "ok", predicted: .doNotPost)
    #expect(unsafe.count <= unsafeFloor, "do_not_post judged ok: \(unsafe)")
    #expect(cryingWolf.count <= cryingWolfFloor, "ok judged do_not_post: \(cryingWolf)")
  }
}
