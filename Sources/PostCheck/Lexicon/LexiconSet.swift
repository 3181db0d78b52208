import Foundation

/// Which lexicon files a ``Checker`` uses: the bundled ones, files or folders of your own, or a mix.
///
/// Files are read and parsed when the checker is built, so errors surface there, naming the file and line.
///
/// ```swift
/// let checker = try Checker(lexicons: .bundled.adding(.files(["school-names.tsv"])))
/// ```
public struct LexiconSet: Sendable {
  enum Source: Sendable {
    case text(origin: String, contents: String)
    case file(path: String)
    case directory(path: String)
  }

  var sources: [Source]

  /// The lexicons shipped with PostCheck, compiled into the library (no files needed at run time).
  public static let bundled = LexiconSet(
    sources: BundledLexicons.files.map { .text(origin: "bundled:\($0.name)", contents: $0.contents) })

  /// No lexicons at all.
  public static let empty = LexiconSet(sources: [])

  /// Lexicon files at these paths.
  public static func files(_ paths: [String]) -> LexiconSet { LexiconSet(sources: paths.map { .file(path: $0) }) }

  /// Every `.tsv` file in this folder and its subfolders.
  public static func directory(_ path: String) -> LexiconSet { LexiconSet(sources: [.directory(path: path)]) }

  /// A lexicon given as text, e.g. built by an application; `origin` names it in error messages.
  public static func text(_ contents: String, origin: String) -> LexiconSet {
    LexiconSet(sources: [.text(origin: origin, contents: contents)])
  }

  /// This set's lexicons followed by `other`'s.
  public func adding(_ other: LexiconSet) -> LexiconSet { LexiconSet(sources: sources + other.sources) }

  /// Reads and parses every file.
  ///
  /// - Throws: ``LexiconError`` for the first file that cannot be read or parsed.
  public func loadFiles() throws(LexiconError) -> [LexiconFile] {
    var files: [LexiconFile] = []
    for source in sources {
      switch source {
      case .text(let origin, let contents):
        files.append(try LexiconFile(parsing: contents, origin: origin))
      case .file(let path):
        files.append(try LexiconFile(parsing: try Self.read(path), origin: path))
      case .directory(let path):
        for file in try Self.tsvFiles(in: path) {
          files.append(try LexiconFile(parsing: try Self.read(file), origin: file))
        }
      }
    }
    return files
  }

  private static func read(_ path: String) throws(LexiconError) -> String {
    guard let data = FileManager.default.contents(atPath: path) else {
      var isDirectory: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      throw .unreadable(
        file: path, reason: !exists ? "no such file" : isDirectory.boolValue ? "is a folder" : "permission denied")
    }
    guard let text = String(validating: data, as: UTF8.self) else {
      throw .unreadable(file: path, reason: "not valid UTF-8")
    }
    return text
  }

  private static func tsvFiles(in directory: String) throws(LexiconError) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: directory) else {
      throw .unreadable(file: directory, reason: "no such folder")
    }
    let names = enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".tsv") }.sorted()
    return names.map { (directory as NSString).appendingPathComponent($0) }
  }
}
