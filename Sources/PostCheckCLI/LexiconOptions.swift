import ArgumentParser
import PostCheck

/// Options that choose the lexicons, shared by every subcommand.
struct LexiconOptions: ParsableArguments {
  @Option(name: .customLong("lexicon"), help: ArgumentHelp("Add a lexicon file (repeatable).", valueName: "file"))
  var lexiconFiles: [String] = []

  @Option(name: .customLong("lexicons"), help: ArgumentHelp("Add every .tsv lexicon in a folder.", valueName: "dir"))
  var lexiconFolders: [String] = []

  @Flag(help: "Use only the lexicons given with --lexicon/--lexicons, not the bundled ones.")
  var noBundledLexicons = false

  /// The checker these options describe; a lexicon problem is reported on standard error (exit 78).
  func makeChecker() throws -> Checker {
    var lexicons: LexiconSet = noBundledLexicons ? .empty : .bundled
    lexicons = lexicons.adding(.files(lexiconFiles))
    for folder in lexiconFolders { lexicons = lexicons.adding(.directory(folder)) }
    do {
      return try Checker(lexicons: lexicons)
    } catch {
      StandardError.write("postcheck: \(error)\n")
      throw ExitStatus.badLexicon
    }
  }
}
