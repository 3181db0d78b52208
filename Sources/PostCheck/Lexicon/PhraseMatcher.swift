/// Multi-pattern matching over a post's tokens. Each pattern is compiled, without multiplying out its
/// alternatives, into a small automaton (Thompson's construction) whose edges read a word id, any word, or a
/// phrase of a term class; all patterns of a level share one state table. A pattern is only tried where its first
/// word (or class) occurs, found through an index, so the cost grows with the post's length and the number of
/// patterns that could start there, not with the size of the lexicons.
struct PhraseMatcher: Sendable {
  private enum Label: Sendable {
    case words(Set<Int32>)
    case any
    case classReference(Int32)
    case epsilon
  }

  private struct Edge: Sendable {
    var label: Label
    var target: Int32
  }

  private struct State: Sendable {
    var edges: [Edge] = []
    /// The entry (an index into the compiled entry table) whose pattern is complete here, or -1.
    var accepts: Int32 = -1
  }

  private var states: [State] = []
  /// Pattern start states by the words, classes or wildcard their first element can match.
  private var startsByWord: [Int32: [Int32]] = [:]
  private var startsByClass: [Int32: [Int32]] = [:]
  private var startsWithAnyWord: [Int32] = []

  /// Whether no pattern was added.
  var isEmpty: Bool { states.isEmpty }

  /// Compiles one pattern that reports `entry` when it matches. `wordIDs` gives a pattern word's ids (several when
  /// the word is segmented into several tokens); `classID` a class name's id.
  mutating func add(_ pattern: PatternSyntax.Node, entry: Int32, wordIDs: (String) -> [Int32], classID: (String) -> Int32) {
    let start = newState()
    let end = compile(pattern, from: start, wordIDs: wordIDs, classID: classID)
    states[Int(end)].accepts = entry
    index(start)
  }

  private mutating func newState() -> Int32 {
    states.append(State())
    return Int32(states.count - 1)
  }

  private mutating func connect(_ from: Int32, _ label: Label, _ to: Int32) {
    states[Int(from)].edges.append(Edge(label: label, target: to))
  }

  /// Adds states for `node` starting at `from`; returns the state where it ends.
  private mutating func compile(
    _ node: PatternSyntax.Node, from: Int32, wordIDs: (String) -> [Int32], classID: (String) -> Int32
  ) -> Int32 {
    switch node {
    case .word(let word):
      return wordIDs(word).reduce(from) { current, id in
        let next = newState()
        connect(current, .words([id]), next)
        return next
      }
    case .any:
      let next = newState()
      connect(from, .any, next)
      return next
    case .gap:
      let end = newState()
      var current = from
      connect(current, .epsilon, end)
      for _ in 0..<3 {
        let next = newState()
        connect(current, .any, next)
        connect(next, .epsilon, end)
        current = next
      }
      return end
    case .classReference(let name):
      let next = newState()
      connect(from, .classReference(classID(name)), next)
      return next
    case .sequence(let elements):
      return elements.reduce(from) { current, element in compile(element, from: current, wordIDs: wordIDs, classID: classID) }
    case .alternatives(let alternatives, let optional):
      let end = newState()
      var singleWords = Set<Int32>()
      for alternative in alternatives {
        if case .sequence(let elements) = alternative, elements.count == 1, case .word(let word) = elements[0],
          case let ids = wordIDs(word), ids.count == 1
        {
          singleWords.insert(ids[0])
        } else {
          connect(compile(alternative, from: from, wordIDs: wordIDs, classID: classID), .epsilon, end)
        }
      }
      if !singleWords.isEmpty { connect(from, .words(singleWords), end) }
      if optional { connect(from, .epsilon, end) }
      return end
    }
  }

  /// Files a pattern's start state under everything its first element can match.
  private mutating func index(_ start: Int32) {
    var seen = Set<Int32>()
    var pending = [start]
    while let state = pending.popLast() {
      guard seen.insert(state).inserted else { continue }
      for edge in states[Int(state)].edges {
        switch edge.label {
        case .epsilon: pending.append(edge.target)
        case .words(let ids): for id in ids where startsByWord[id]?.last != start { startsByWord[id, default: []].append(start) }
        case .classReference(let id): if startsByClass[id]?.last != start { startsByClass[id, default: []].append(start) }
        case .any: if startsWithAnyWord.last != start { startsWithAnyWord.append(start) }
        }
      }
    }
  }

  /// A pattern matched: which entry, over which tokens, and which class phrases it went through.
  struct Match {
    var entry: Int32
    var tokens: Range<Int>
    var captures: [ClassSpan]
  }

  /// Calls `report` for every match inside `window` (a sentence's token indices), once per pattern, start and end.
  func forEachMatch(in tokens: [Token], window: Range<Int>, spans: ClassSpans, _ report: (Match) -> Void) {
    guard !isEmpty else { return }
    var run = Run(matcher: self, tokens: tokens, window: window, spans: spans)
    for start in window {
      var tried: [Int32] = []
      var candidates = startsWithAnyWord
      if tokens[start].wordID >= 0, let byWord = startsByWord[tokens[start].wordID] { candidates += byWord }
      for span in spans.starting(at: start) { candidates += startsByClass[span.classID] ?? [] }
      for state in candidates where !tried.contains(state) {
        tried.append(state)
        run.attempt(from: state, at: start, report)
      }
    }
  }

  /// The search from one start: depth first through the automaton, visiting each (state, token) pair once.
  private struct Run {
    let matcher: PhraseMatcher
    let tokens: [Token]
    let window: Range<Int>
    let spans: ClassSpans
    var visited = Set<Int64>()
    var captures: [ClassSpan] = []
    var start = 0

    init(matcher: PhraseMatcher, tokens: [Token], window: Range<Int>, spans: ClassSpans) {
      self.matcher = matcher
      self.tokens = tokens
      self.window = window
      self.spans = spans
    }

    mutating func attempt(from state: Int32, at position: Int, _ report: (Match) -> Void) {
      visited.removeAll(keepingCapacity: true)
      start = position
      visit(state, at: position, report)
    }

    private mutating func visit(_ stateIndex: Int32, at position: Int, _ report: (Match) -> Void) {
      guard visited.insert(Int64(stateIndex) << 32 | Int64(position)).inserted else { return }
      let state = matcher.states[Int(stateIndex)]
      if state.accepts >= 0, position > start {
        report(Match(entry: state.accepts, tokens: start..<position, captures: captures))
      }
      for edge in state.edges {
        switch edge.label {
        case .epsilon:
          visit(edge.target, at: position, report)
        case .words(let ids):
          if position < window.upperBound, ids.contains(tokens[position].wordID) { visit(edge.target, at: position + 1, report) }
        case .any:
          if position < window.upperBound { visit(edge.target, at: position + 1, report) }
        case .classReference(let id):
          guard position < window.upperBound else { continue }
          for span in spans.starting(at: position) where span.classID == id && span.tokens.upperBound <= window.upperBound {
            captures.append(span)
            visit(edge.target, at: span.tokens.upperBound, report)
            captures.removeLast()
          }
        }
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
