/// Checks draft posts against the school's social-media policy.
///
/// Build a checker once (it compiles the lexicons), then call ``check(_:)`` from any number of threads.
///
/// ```swift
/// let checker = try Checker()
/// let report = try checker.check("Thank you Mrs Patel for a lovely trip!")
/// report.verdict   // .ok
/// ```
public struct Checker: Sendable {
  /// The longest post accepted, in UTF-8 bytes (1 MiB). Longer ones throw ``CheckError/postTooLong(bytes:limit:)``.
  public static let maximumPostBytes = 1 << 20

  /// The school the checker works for: its channels, roster and overrides.
  public let profile: SchoolProfile
  private let lexicons: CompiledLexicons
  private let pipeline: TextPipeline
  private let detectors: [any Detector]

  /// Compiles the lexicons and prepares the detectors.
  ///
  /// - Parameters:
  ///   - lexicons: which lexicon files to use; the bundled ones by default.
  ///   - profile: the school's profile; its roster and lexicons are added to `lexicons`.
  /// - Throws: ``LexiconError`` naming the file and line of the first problem.
  public init(lexicons: LexiconSet = .bundled, profile: SchoolProfile = .default) throws(LexiconError) {
    let all = lexicons.adding(.files(profile.lexicons)).adding(profile.rosterLexicon)
    self.lexicons = try CompiledLexicons(files: try all.loadFiles())
    self.profile = profile
    pipeline = TextPipeline(vocabulary: self.lexicons.vocabulary)
    detectors = Detectors.all
  }

  /// Checks one post.
  ///
  /// - Parameter text: the draft as the author typed it; findings' ranges are UTF-8 offsets into it.
  /// - Returns: the verdict, findings and guide-question answers.
  /// - Throws: ``CheckError/postTooLong(bytes:limit:)`` for a post over ``maximumPostBytes``.
  public func check(_ text: String) throws(CheckError) -> Report {
    guard text.utf8.count <= Self.maximumPostBytes else {
      throw .postTooLong(bytes: text.utf8.count, limit: Self.maximumPostBytes)
    }
    let post: PreparedPost
    do {
      post = try pipeline.prepare(text)
    } catch {
      throw .textPipeline(error)
    }
    let context = DetectionContext(post: post, matches: lexicons.match(post))
    var findings = detectors.flatMap { context.findings(of: $0) }
    if !profile.severityOverrides.isEmpty {
      for index in findings.indices {
        findings[index].severity = profile.severityOverrides[findings[index].category] ?? findings[index].severity
      }
    }
    return Report(findings: findings)
  }

  /// The text pipeline the checker uses, with the lexicons' vocabulary.
  public var textPipeline: TextPipeline { pipeline }
}

/// Why a post could not be checked.
public enum CheckError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The post is longer than ``Checker/maximumPostBytes``.
  case postTooLong(bytes: Int, limit: Int)
  /// The text pipeline failed.
  case textPipeline(TextPipelineError)

  public var description: String {
    switch self {
    case .postTooLong(let bytes, let limit): "the post is \(bytes) bytes long; the limit is \(limit)"
    case .textPipeline(let error): error.description
    }
  }
}
