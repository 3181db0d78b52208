/// Multi-pattern matching over a post's tokens. Each pattern is compiled, without multiplying out its
/// alternatives, into a small automaton (Thompson's construction) whose edges read a word id, any word, or a
/// phrase of a term class; all patterns of a level share one state table. A pattern is only tried where its first
/// word (or class) occurs, found through an index, so the cost grows with the post's length and the number of
/// patterns that could start there, not with the size of the lexicons.
struct PhraseMatcher: Sendable {
  /// What an edge reads. Plain values, so following edges costs no reference counting.
  private enum Label: Sendable {
    /// One word id.
    case word(Int32)
    /// Any word of a set (an index into `wordSets`): the single-word alternatives of a group.
    case wordSet(Int32)
    case any
    case classReference(Int32)
    case epsilon
  }

  private struct Edge: Sendable {
    var label: Label
    var target: Int32
  }

  /// Edges of all states, grouped by state: state `s` owns `edges[edgeStart[s]..<edgeStart[s + 1]]` once
  /// compiled. While compiling, edges are collected per state in `pendingEdges`.
  private var edges: [Edge] = []
  private var edgeStart: [Int32] = []
  private var pendingEdges: [[Edge]] = []
  private var wordSets: [Set<Int32>] = []
  /// Membership of every word set, keyed by set index and word id, so a lookup copies no set.
  private var wordSetMembers = Set<Int64>()
  /// The entry (an index into the compiled entry table) whose pattern is complete in each state, or -1.
  private var accepts: [Int32] = []
  /// Pattern start states by the words, classes or wildcard their first element can match.
  private var startsByWord: [Int32: [Int32]] = [:]
  private var startsByClass: [Int32: [Int32]] = [:]
  private var startsWithAnyWord: [Int32] = []

  /// Whether no pattern was added.
  var isEmpty: Bool { accepts.isEmpty }

  /// Compiles one pattern that reports `entry` when it matches. `wordIDs` gives a pattern word's ids (several when
  /// the word is segmented into several tokens); `classID` a class name's id.
  mutating func add(
    _ pattern: PatternSyntax.Node, entry: Int32, wordIDs: (String) -> [Int32], classID: (String) -> Int32
  ) {
    let start = newState()
    let end = compile(pattern, from: start, wordIDs: wordIDs, classID: classID)
    accepts[Int(end)] = entry
    index(start)
  }

  /// Lays the edges out contiguously; call once after the last `add`.
  mutating func finish() {
    edgeStart = [0]
    for stateEdges in pendingEdges {
      edges += stateEdges
      edgeStart.append(Int32(edges.count))
    }
    pendingEdges = []
    for (index, words) in wordSets.enumerated() {
      for word in words { wordSetMembers.insert(Int64(index) << 32 | Int64(word)) }
    }
    wordSets = []
  }

  private mutating func newState() -> Int32 {
    accepts.append(-1)
    pendingEdges.append([])
    return Int32(accepts.count - 1)
  }

  private mutating func connect(_ from: Int32, _ label: Label, _ to: Int32) {
    pendingEdges[Int(from)].append(Edge(label: label, target: to))
  }

  /// Adds states for `node` starting at `from`; returns the state where it ends.
  private mutating func compile(
    _ node: PatternSyntax.Node, from: Int32, wordIDs: (String) -> [Int32], classID: (String) -> Int32
  ) -> Int32 {
    switch node {
    case .word(let word):
      return wordIDs(word).reduce(from) { current, id in
        let next = newState()
        connect(current, .word(id), next)
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
      return elements.reduce(from) { current, element in
        compile(element, from: current, wordIDs: wordIDs, classID: classID)
      }
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
      if singleWords.count == 1 {
        connect(from, .word(singleWords.first!), end)
      } else if !singleWords.isEmpty {
        wordSets.append(singleWords)
        connect(from, .wordSet(Int32(wordSets.count - 1)), end)
      }
      if optional { connect(from, .epsilon, end) }
      return end
    }
  }

  /// Files a pattern's start state under everything its first element can match.
  private mutating func index(_ start: Int32) {
    var seen = Set<Int32>()
    var pending = [start]
    func file(_ id: Int32) { if startsByWord[id]?.last != start { startsByWord[id, default: []].append(start) } }
    while let state = pending.popLast() {
      guard seen.insert(state).inserted else { continue }
      for edge in pendingEdges[Int(state)] {
        switch edge.label {
        case .epsilon: pending.append(edge.target)
        case .word(let id): file(id)
        case .wordSet(let set): for id in wordSets[Int(set)] { file(id) }
        case .classReference(let id):
          if startsByClass[id]?.last != start { startsByClass[id, default: []].append(start) }
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

  /// The word ids of a post's tokens, laid out flat so that matching copies no tokens.
  struct TokenIDs {
    var words: [Int32]
    var bases: [Int32]

    init(_ tokens: [Token]) {
      words = tokens.map(\.wordID)
      bases = tokens.map(\.baseWordID)
    }
  }

  /// Calls `report` for every match inside `window` (a sentence's token indices), once per pattern, start and end.
  func forEachMatch(in tokens: TokenIDs, window: Range<Int>, spans: ClassSpans, _ report: (Match) -> Void) {
    guard !isEmpty else { return }
    var run = Run(tokens: tokens, window: window, spans: spans)
    for start in window {
      for state in startsWithAnyWord { run.attempt(self, from: state, at: start, report) }
      attemptPatterns(startingWith: tokens.words[start], at: start, &run, report)
      attemptPatterns(startingWith: tokens.bases[start], at: start, &run, report)
      var tried: [Int32] = []
      for span in spans.starting(at: start) {
        for state in startsByClass[span.classID] ?? [] where !tried.contains(state) {
          tried.append(state)
          run.attempt(self, from: state, at: start, report)
        }
      }
    }
  }

  private func attemptPatterns(startingWith wordID: Int32, at start: Int, _ run: inout Run, _ report: (Match) -> Void) {
    guard wordID >= 0, let states = startsByWord[wordID] else { return }
    for state in states where !startsWithAnyWord.contains(state) { run.attempt(self, from: state, at: start, report) }
  }

  /// The search from one start: depth first through the automaton, visiting each (state, token) pair once.
  private struct Run {
    let tokens: TokenIDs
    let window: Range<Int>
    let spans: ClassSpans
    /// (state, token) pairs visited in this attempt: a list while the attempt is small, a hash set beyond.
    var visited: [Int64] = []
    var visitedSet = Set<Int64>()
    var captures: [ClassSpan] = []
    var start = 0

    init(tokens: TokenIDs, window: Range<Int>, spans: ClassSpans) {
      self.tokens = tokens
      self.window = window
      self.spans = spans
    }

    mutating func attempt(_ matcher: PhraseMatcher, from state: Int32, at position: Int, _ report: (Match) -> Void) {
      visited.removeAll(keepingCapacity: true)
      if !visitedSet.isEmpty { visitedSet.removeAll(keepingCapacity: true) }
      start = position
      visit(matcher, state, at: position, report)
    }

    private mutating func firstVisit(_ key: Int64) -> Bool {
      if visited.count < 24 {
        guard !visited.contains(key) else { return false }
        visited.append(key)
        return true
      }
      if visitedSet.isEmpty { visitedSet.formUnion(visited) }
      return visitedSet.insert(key).inserted
    }

    private mutating func visit(_ matcher: PhraseMatcher, _ state: Int32, at position: Int, _ report: (Match) -> Void) {
      guard firstVisit(Int64(state) << 32 | Int64(position)) else { return }
      let entry = matcher.accepts[Int(state)]
      if entry >= 0, position > start { report(Match(entry: entry, tokens: start..<position, captures: captures)) }
      let inWindow = position < window.upperBound
      let wordID = inWindow ? tokens.words[position] : -1
      let baseWordID = inWindow ? tokens.bases[position] : -1
      for edgeIndex in Int(matcher.edgeStart[Int(state)])..<Int(matcher.edgeStart[Int(state) + 1]) {
        let edge = matcher.edges[edgeIndex]
        switch edge.label {
        case .epsilon:
          visit(matcher, edge.target, at: position, report)
        case .word(let id):
          if inWindow, id == wordID || id == baseWordID { visit(matcher, edge.target, at: position + 1, report) }
        case .wordSet(let set):
          if inWindow,
            matcher.wordSetMembers.contains(Int64(set) << 32 | Int64(wordID))
              || (baseWordID >= 0 && matcher.wordSetMembers.contains(Int64(set) << 32 | Int64(baseWordID)))
          {
            visit(matcher, edge.target, at: position + 1, report)
          }
        case .any:
          if inWindow { visit(matcher, edge.target, at: position + 1, report) }
        case .classReference(let id):
          guard inWindow else { continue }
          for span in spans.starting(at: position)
          where span.classID == id && span.tokens.upperBound <= window.upperBound {
            captures.append(span)
            visit(matcher, edge.target, at: span.tokens.upperBound, report)
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
    all.sort {
      ($0.tokens.lowerBound, $0.tokens.upperBound, $0.classID) < (
        $1.tokens.lowerBound, $1.tokens.upperBound, $1.classID
      )
    }
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
