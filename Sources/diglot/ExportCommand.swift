import ArgumentParser
import DiglotKit
import Foundation

extension XLIFFVersion: ExpressibleByArgument {}

extension Diglot {
    /// `diglot export`: articles in, one XLIFF (and optionally a review EPUB) per article out.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export", abstract: "Make XLIFF packages (and review EPUBs) for translators.",
            discussion: """
                INPUT is a file, a directory (searched recursively) or - for standard input. \
                Formats are recognised from the content: feed items, HTML pages, RSS and Atom feeds.
                Writes DIR/<stem>.xlf per article and DIR/<feed stem>/<nn>-<slug>.xlf per feed item.
                """)

        @OptionGroup var languages: LanguageOptions

        @Option(help: "XLIFF version to write: 1.2 or 2.1.")
        var xliff: XLIFFVersion = .v1_2

        @Flag(help: "Split paragraphs into sentence segments inside each unit.")
        var sentences = false

        @Flag(help: "Prefill each target with the source, for CAT tools that only edit targets.")
        var copySource = false

        @OptionGroup var glossaries: GlossaryOptions

        @Flag(help: "Also write a review EPUB per article (unit IDs, glossary hits, empty slots).")
        var epub = false

        @OptionGroup var images: ImageOptions

        @Option(help: ArgumentHelp("Pre-fill exact matches from a TMX memory, or every .tmx in a directory (marked for review). Repeatable.", valueName: "FILE.tmx|DIR"))
        var memory: [String] = []

        @Flag(help: "Print the summary as JSON on standard output.")
        var json = false

        @Option(help: "Worker threads (default: all cores).")
        var jobs: Int?

        @Option(name: .shortAndLong, help: ArgumentHelp("Directory for the packages.", valueName: "DIR"))
        var output: String

        @Argument(help: ArgumentHelp("Articles: feed items, HTML pages, RSS/Atom feeds, directories, or -.", valueName: "INPUT"))
        var inputs: [String] = []

        @OptionGroup var inputLists: InputListOptions

        func validate() throws {
            if inputs.isEmpty && inputLists.lists.isEmpty {
                throw ValidationError("Name at least one input file, directory, or - for standard input.")
            }
            try inputLists.validate(alongside: inputs)
            if languages.targets.isEmpty { throw ValidationError("Give the target language with --to (for example --to en).") }
            if output.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--output names a directory; it must not be empty.") }
            if let jobs, jobs < 1 { throw ValidationError("--jobs takes a number of at least 1.") }
            if !images.folders.isEmpty && !epub { throw ValidationError("--images is for the review EPUB; add --epub.") }
        }

        func run() throws {
            let glossaryList = try glossaries.loadFiles()
            let options = ExportOptions(
                sourceLanguage: languages.source, targetLanguages: languages.targets, xliffVersion: xliff,
                sentences: sentences, copySource: copySource, reviewEPUB: epub,
                glossaries: glossaryList, useDefaultGlossary: !glossaries.noDefaultGlossary,
                memory: memory.isEmpty ? nil : try MemoryLoader.load(memory, skipped: Self.reportSkipped))
            var session = ExportSession(options: options, inputs: inputs + (try inputLists.paths()), outputDirectory: output)
            session.listsWrittenFiles = json
            session.imageFolders = images.urls
            let result = session.run(scheduler: ConcurrentMap(jobs: jobs), progress: ProgressBar(total: 0, label: "export"))
            Console.report(result.errors)
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                Console.output(String(decoding: try encoder.encode(result), as: UTF8.self))
            } else {
                Console.info(Self.summary(of: result))
            }
            try ExitStatus.end(result.errors)
        }

        /// One warning per unusable unit, the first few of each file only, so as not to flood the terminal.
        static func reportSkipped(_ skipped: [XMLError], in file: String) {
            for problem in skipped.prefix(5) { Console.warning(problem.description) }
            if skipped.count > 5 { Console.warning("\(file): \(counted(skipped.count - 5, "more unit")) skipped") }
        }

        static func summary(of result: ExportSession.Result) -> String {
            let statistics = result.statistics
            var lines = [
                "\(counted(statistics.articles, "article")) from \(counted(result.inputs, "input")), "
                    + "\(counted(statistics.units, "unit")), \(counted(statistics.segments, "segment")), "
                    + "\(counted(statistics.text.words, "word")), \(counted(statistics.text.characters, "character"))",
            ]
            if !statistics.termHits.isEmpty {
                let hits = statistics.termHits.sorted { ($1.value.count, $0.key) < ($0.value.count, $1.key) }
                lines.append("glossary: " + hits.prefix(12).map { "\($0.key) → \($0.value.target) ×\($0.value.count)" }
                    .joined(separator: ", ") + (hits.count > 12 ? ", … (\(hits.count) terms)" : ""))
            }
            if let prefilled = statistics.prefilledUnits {
                lines.append("memory: \(counted(prefilled, "unit")) of \(statistics.units) pre-filled from the translation memory (marked for review)")
            }
            if !result.errors.isEmpty { lines.append("\(counted(result.errors.count, "input")) failed") }
            return lines.joined(separator: "\n")
        }
    }
}
