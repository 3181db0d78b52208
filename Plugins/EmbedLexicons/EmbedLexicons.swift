import Foundation
import PackagePlugin

/// Embeds the package's `Lexicons/**/*.tsv` into the PostCheck library as Swift string literals, so an installed
/// `postcheck` binary works without the source tree (a resource bundle must sit beside the binary).
@main
struct EmbedLexicons: BuildToolPlugin {
  /// The folder itself is an input too, so adding a lexicon file makes the next build embed it.
  func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
    let lexicons = context.package.directoryURL.appending(path: "Lexicons")
    let files = try lexiconFiles(in: lexicons)
    let output = context.pluginWorkDirectoryURL.appending(path: "BundledLexicons.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(files.count) lexicon files",
        executable: try context.tool(named: "LexiconEmbedder").url,
        arguments: [output.path(percentEncoded: false), lexicons.path(percentEncoded: false)]
          + files.map { $0.path(percentEncoded: false) },
        inputFiles: [lexicons] + files, outputFiles: [output])
    ]
  }

  private func lexiconFiles(in folder: URL) throws -> [URL] {
    guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
      return []
    }
    return enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "tsv" }
      .sorted { $0.path < $1.path }
  }
}
