import Foundation
import PackagePlugin

/// Embeds the package's `Lexicons/**/*.tsv` into the PostCheck library as Swift string literals, so an installed
/// `postcheck` binary works without the source tree (a resource bundle must sit beside the binary).
@main
struct EmbedLexicons: BuildToolPlugin {
  /// The embedder reads the folder when it runs, and every folder under `Lexicons/` is an input, so a lexicon file
  /// added or removed changes its folder and makes the next build embed the new set (the plugin itself is not
  /// asked again until the package changes).
  func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
    let lexicons = context.package.directoryURL.appending(path: "Lexicons")
    let (folders, files) = try contents(of: lexicons)
    let output = context.pluginWorkDirectoryURL.appending(path: "BundledLexicons.swift")
    return [
      .buildCommand(
        displayName: "Embedding the lexicon files",
        executable: try context.tool(named: "LexiconEmbedder").url,
        arguments: [output.path(percentEncoded: false), lexicons.path(percentEncoded: false)],
        inputFiles: [lexicons] + folders + files, outputFiles: [output])
    ]
  }

  /// The folders and `.tsv` files under `folder`.
  private func contents(of folder: URL) throws -> (folders: [URL], files: [URL]) {
    guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isDirectoryKey])
    else { return ([], []) }
    let urls = enumerator.compactMap { $0 as? URL }
    let folders = urls.filter { (try? $0.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true }
    return (folders, urls.filter { $0.pathExtension == "tsv" })
  }
}
