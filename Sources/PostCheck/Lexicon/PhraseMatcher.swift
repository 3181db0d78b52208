/// Multi-pattern matching over a post's tokens: all patterns of a lexicon level compiled into one trie whose edges
/// are word ids, "any word" and term classes. Matching tries each start position once and follows the trie, so
/// the cost grows with the post's length, not with the number of patterns.
struct PhraseMatcher: Sendable {
  /// A compiled pattern position.
  enum Atom: Hashable, Sendable {
    case word(Int32)
    case any
    case classReference(Int32)
  }

  private struct Node: Sendable {
    var words: [Int32: Int32] = [:]
    var any: Int32 = -1
    var classes: [ClassEdge] = []
    /// Entries (indices into the compiled entry table) whose pattern ends here.
    var terminals: [Int32] = []
  }

  private struct ClassEdge: Sendable {
    var classID: Int32
    var child: Int32
  }

  private var nodes: [Node] = [Node()]

  /// Whether no pattern was inserted.
  var isEmpty: Bool { nodes.count == 1 }

  /// Adds one expanded pattern that reports `terminal` when it matches.
  mutating func insert(_ atoms: [Atom], terminal: Int32) {
    var node: Int32 = 0
    for atom in atoms { node = child(of: node, for: atom) }
    if !nodes[Int(node)].terminals.contains(terminal) { nodes[Int(node)].terminals.append(terminal) }
  }

  private mutating func child(of node: Int32, for atom: Atom) -> Int32 {
    let next = Int32(nodes.count)
    switch atom {
    case .word(let id):
      if let existing = nodes[Int(node)].words[id] { return existing }
      nodes[Int(node)].words[id] = next
    case .any:
      if nodes[Int(node)].any >= 0 { return nodes[Int(node)].any }
      nodes[Int(node)].any = next
    case .classReference(let classID):
      if let existing = nodes[Int(node)].classes.first(where: { $0.classID == classID }) { return existing.child }
      nodes[Int(node)].classes.append(ClassEdge(classID: classID, child: next))
    }
    nodes.append(Node())
    return next
  }

  /// Calls `report` for every match inside `window` (a sentence's token indices): every start, every pattern,
  /// every way through the term classes in `spans`.
  func forEachMatch(
    in tokens: [Token], window: Range<Int>, spans: ClassSpans, _ report: (Match) -> Void
  ) {
    guard !isEmpty else { return }
    var captures: [ClassSpan] = []
    for start in window {
      follow(0, at: start, from: start, in: tokens, window: window, spans: spans, captures: &captures, report)
    }
  }

  /// A pattern matched: which entry, over which tokens, and which class spans it went through.
  struct Match {
    var entry: Int32
    var tokens: Range<Int>
    var captures: [ClassSpan]
  }

  private func follow(
    _ nodeIndex: Int32, at position: Int, from start: Int, in tokens: [Token], window: Range<Int>,
    spans: ClassSpans, captures: inout [ClassSpan], _ report: (Match) -> Void
  ) {
    let node = nodes[Int(nodeIndex)]
    if position > start {
      for terminal in node.terminals { report(Match(entry: terminal, tokens: start..<position, captures: captures)) }
    }
    guard position < window.upperBound else { return }
    let wordID = tokens[position].wordID
    if wordID >= 0, let next = node.words[wordID] {
      follow(next, at: position + 1, from: start, in: tokens, window: window, spans: spans, captures: &captures, report)
    }
    if node.any >= 0 {
      follow(node.any, at: position + 1, from: start, in: tokens, window: window, spans: spans, captures: &captures, report)
    }
    for edge in node.classes {
      for span in spans.starting(at: position) where span.classID == edge.classID && span.tokens.upperBound <= window.upperBound {
        captures.append(span)
        follow(edge.child, at: span.tokens.upperBound, from: start, in: tokens, window: window, spans: spans,
          captures: &captures, report)
        captures.removeLast()
      }
    }
  }
}

/// A phrase of a terms class found in a post, e.g. `given.name` over "Priya".
public struct ClassSpan: Hashable, Sendable {
  /// The class (an index into the compiled lexicons' class names).
  var classID: Int32
  /// The token indices the phrase covers.
  public var tokens: Range<Int>
  /// The terms entry that matched (an index into the compiled entry table).
  var entry: Int32
}

/// The class spans of one post, indexed by the token they start at.
struct ClassSpans {
  private(set) var all: [ClassSpan] = []
  /// `firstAt[i]` is the index in `all` of the first span starting at token `i` or later.
  private var firstAt: [Int32] = []

  /// Adds spans and re-indexes; `tokenCount` is the post's number of tokens.
  mutating func add(_ spans: [ClassSpan], tokenCount: Int) {
    guard !spans.isEmpty || firstAt.isEmpty else { return }
    all += spans
    all.sort { ($0.tokens.lowerBound, $0.tokens.upperBound, $0.classID) < ($1.tokens.lowerBound, $1.tokens.upperBound, $1.classID) }
    firstAt = Array(repeating: Int32(all.count), count: tokenCount + 1)
    for index in all.indices.reversed() { firstAt[all[index].tokens.lowerBound] = Int32(index) }
    for position in stride(from: tokenCount - 1, through: 0, by: -1) where firstAt[position] > firstAt[position + 1] {
      firstAt[position] = firstAt[position + 1]
    }
  }

  /// The spans that start at token `position`.
  func starting(at position: Int) -> ArraySlice<ClassSpan> {
    guard position + 1 < firstAt.count else { return [] }
    let first = Int(firstAt[position])
    var end = first
    while end < all.count, all[end].tokens.lowerBound == position { end += 1 }
    return all[first..<end]
  }
}
