/// Why the text pipeline could not prepare a post.
public enum TextPipelineError: Error, Hashable, Sendable, CustomStringConvertible {
  /// ICU reported a failure; the status is ICU's `UErrorCode`.
  case icu(operation: String, Int32)

  public var description: String {
    switch self {
    case .icu(let operation, let status): "ICU could not \(operation) (error \(status))"
    }
  }
}
