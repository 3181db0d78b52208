import ArgumentParser
import PostCheck

/// `postcheck eval`: measures the checker against labelled corpora.
struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract:
      "Measure accuracy on a labelled corpus (school-posts, HateCheck, complaints, EDOS, ETHOS, OLID, WNUT-17).",
    discussion: "The corpus schema is recognised from the first record's fields.")

  @Argument(help: "Corpus files in JSON Lines.")
  var corpora: [String]

  @Option(help: "List up to this many misjudged records per corpus, for error analysis.")
  var errors = 0

  @OptionGroup var options: CheckerOptions

  func run() throws {
    let checker = try options.makeChecker()
    for path in corpora {
      let corpus: LabelledCorpus
      do {
        corpus = try LabelledCorpus(path: path)
      } catch {
        StandardError.write("postcheck: \(error)\n")
        throw ExitStatus.badInput
      }
      let reports = try corpus.records.map { record in
        do { return try checker.check(record.text) } catch {
          StandardError.write("postcheck: \(path): \(record.id): \(error)\n")
          throw ExitStatus.badInput
        }
      }
      let evaluation = Evaluation(corpus: corpus, reports: reports, errorLimit: errors)
      try StandardOutput.write(
        "== \(path) (\(corpus.schema.rawValue), \(corpus.records.count) records)\n\n" + evaluation.rendered + "\n")
    }
  }
}
