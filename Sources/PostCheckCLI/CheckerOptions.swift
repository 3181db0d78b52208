import ArgumentParser
import PostCheck

/// Options that configure the checker (school profile and lexicons), shared by every subcommand.
struct CheckerOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp("A school profile (JSON): channels, roster, lexicons, severity overrides.", valueName: "file"))
  var profile: String?

  @Option(name: .customLong("lexicon"), help: ArgumentHelp("Add a lexicon file (repeatable).", valueName: "file"))
  var lexiconFiles: [String] = []

  @Option(name: .customLong("lexicons"), help: ArgumentHelp("Add every .tsv lexicon in a folder.", valueName: "dir"))
  var lexiconFolders: [String] = []

  @Flag(help: "Use only the lexicons given with --lexicon/--lexicons (and the profile), not the bundled ones.")
  var noBundledLexicons = false

  /// The checker these options describe. A profile problem exits 78 (EX_CONFIG), as does a lexicon problem,
  /// with the file and place on standard error.
  func makeChecker() throws -> Checker {
    var lexicons: LexiconSet = noBundledLexicons ? .empty : .bundled
    lexicons = lexicons.adding(.files(lexiconFiles))
    for folder in lexiconFolders { lexicons = lexicons.adding(.directory(folder)) }
    do {
      let schoolProfile =
        try profile.map { path throws(ProfileError) in try SchoolProfile.load(path: path) } ?? .default
      return try Checker(lexicons: lexicons, profile: schoolProfile)
    } catch {
      StandardError.write("postcheck: \(error)\n")
      throw ExitStatus.badConfiguration
    }
  }
}
