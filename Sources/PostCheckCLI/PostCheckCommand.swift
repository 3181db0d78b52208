import ArgumentParser

/// `postcheck`: checks draft posts against the school's social-media policy.
@main
struct PostCheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "postcheck",
    abstract: "Checks a draft social-media post against the school's social-media policy before it is posted.",
    discussion: """
      Exit statuses: 0 ok, 1 reconsider, 2 do not post (for `check`; `filter` exits 0 when every record was \
      written); 64 bad arguments, 65 bad input, 66 input file not found, 74 read or write failure, 78 bad \
      lexicon file or school profile.
      """,
    subcommands: [CheckCommand.self, FilterCommand.self, EvalCommand.self],
    defaultSubcommand: CheckCommand.self
  )
}
