import ArgumentParser
import DiglotKit
import Foundation

/// `diglot glossary`: check, convert and try out glossaries.
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Check, convert and try out glossaries (TSV, CSV, TBX).",
        discussion: """
        TSV and CSV glossaries start with a header row naming the columns: source, target \
        (both may carry a language, e.g. source:zh target:en), and optionally type \
        (person, org, place, term, exclude), note, case (yes = match letter case) and \
        forbidden (target variants not to use, separated by | or ;). TBX files may be \
        TBX v3 (<tbx>) or TBX 2008 (<martif>). The format is recognised from the content.
        """,
        subcommands: [Check.self, Convert.self, Lookup.self, Extract.self]
    )
}

extension GlossaryCommand {
    /// `diglot glossary check FILE…`
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check", abstract: "Report duplicates, conflicting targets, empty fields and bad language codes.",
            discussion: "Prints one line per problem (file:line:column: reason) and exits 1 when there is any.")

        @Argument(help: "Glossary files to check.")
        var files: [String]

        func validate() throws {
            if files.isEmpty { throw ValidationError("Name at least one glossary file.") }
        }

        func run() throws {
            var failed = false
            for path in files {
                guard let bytes = GlossaryFiles.read(path) else {
                    failed = true
                    continue
                }
                let file = GlossaryFile.parse(bytes, name: path)
                let problems = GlossaryChecker.problems(in: file)
                for problem in problems { print(problem.description) }
                let languages = "\(file.sourceLanguage?.rawValue ?? "?") → \(file.targetLanguage?.rawValue ?? "?")"
                let verdict = problems.isEmpty ? "no problems" : "\(counted(problems.count, "problem"))"
                print("\(path): \(counted(file.records.count, "entry", "entries")), \(file.format.rawValue.uppercased()), \(languages), \(verdict)")
                if !problems.isEmpty { failed = true }
            }
            try ExitStatus.end(failing: failed)
        }
    }

    /// `diglot glossary convert IN OUT`
    struct Convert: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "convert", abstract: "Convert a glossary between TSV, CSV and TBX, keeping every field.",
            discussion: """
            The output format follows OUT's extension (.tsv, .csv, .tbx). Every row is copied, \
            duplicates included. OUT is written to a temporary file first and then renamed, so \
            a failed run leaves no half-written file; IN is never overwritten.
            """)

        @Argument(help: "The glossary to read.")
        var input: String

        @Argument(help: "The file to write: .tsv, .csv or .tbx.")
        var output: String

        @Option(help: "Source language to record when the input names none (e.g. zh).")
        var from: String?

        @Option(help: "Target language to record when the input names none (e.g. en).")
        var to: String?

        func validate() throws {
            if GlossaryFormat(fileExtensionOf: output) == nil {
                throw ValidationError("Cannot tell the output format from '\(output)': use a .tsv, .csv or .tbx name.")
            }
            if GlossaryFiles.isSameFile(input, output) {
                throw ValidationError("The output '\(output)' is the input file; choose another name.")
            }
            if let from { try LanguageOptions.check(from, option: "--from") }
            if let to { try LanguageOptions.check(to, option: "--to") }
        }

        func run() throws {
            guard let format = GlossaryFormat(fileExtensionOf: output), let bytes = GlossaryFiles.read(input) else {
                return try ExitStatus.end(failing: true)
            }
            var file = GlossaryFile.parse(bytes, name: input)
            for warning in file.warnings { Console.warning(warning.description) }
            guard file.errors.isEmpty else {
                for error in file.errors { Console.report(error.diagnostic) }
                Console.error("\(input): not converted (\(counted(file.errors.count, "error")))")
                return try ExitStatus.end(failing: true)
            }
            if file.sourceLanguage == nil, let from { file.sourceLanguage = LanguageTag(from) }
            if file.targetLanguage == nil, let to { file.targetLanguage = LanguageTag(to) }
            do {
                let written = try GlossaryWriter.write(file, format: format, name: output)
                try GlossaryFiles.writeAtomically(written, to: output)
            } catch {
                Console.report(.of(error))
                return try ExitStatus.end(failing: true)
            }
            print("\(output): \(counted(file.records.count, "entry", "entries")) written as \(format.rawValue.uppercased())")
        }
    }

    /// `diglot glossary lookup TEXT`
    struct Lookup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lookup", abstract: "Show which glossary terms match in a text, and where.",
            discussion: """
            Positions are Unicode scalar offsets into TEXT, end exclusive. Without --from the \
            language is guessed: Chinese or Japanese characters mean zh, anything else en; \
            --to defaults to en for zh and to zh otherwise.
            """)

        @Argument(help: "The text to look terms up in.")
        var text: [String]

        @OptionGroup var glossaryOptions: GlossaryOptions

        @Option(help: "Language of TEXT (e.g. zh, en).")
        var from: String?

        @Option(help: "Language to translate into.")
        var to: String?

        @Flag(help: "Print to standard error how long loading, building the matcher and matching took.")
        var timing = false

        func validate() throws {
            if text.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { throw ValidationError("Give the text to look up.") }
            if let from { try LanguageOptions.check(from, option: "--from") }
            if let to { try LanguageOptions.check(to, option: "--to") }
        }

        func run() throws {
            let joined = text.joined(separator: " ")
            let languages = LookupLanguages(text: joined, source: from.flatMap(LanguageTag.init), target: to.flatMap(LanguageTag.init))
            let (source, target) = (languages.source, languages.target)
            let clock = ContinuousClock()
            let started = clock.now
            let glossary = try glossaryOptions.glossary(from: source, to: target)
            let loaded = clock.now
            let matcher = TermMatcher(glossary: glossary, singleCharacterTerms: true)
            let built = clock.now
            if timing { _ = WordSegmenter.chinese }  // loaded on first use: timed on its own
            let segmenterLoaded = clock.now
            let matches = matcher.matches(in: joined)
            let matched = clock.now
            if timing {
                let milliseconds = { (duration: Duration) in
                    String(format: "%.1f ms", Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15)
                }
                Console.info("load \(milliseconds(loaded - started)) (\(counted(glossary.count, "entry", "entries"))), build \(milliseconds(built - loaded)), lexicon \(milliseconds(segmenterLoaded - built)), match \(milliseconds(matched - segmenterLoaded)) (\(joined.unicodeScalars.count) characters)")
            }
            let scalars = Array(joined.unicodeScalars)
            for match in matches {
                var found = String.UnicodeScalarView()
                found.append(contentsOf: scalars[match.range])
                let note = match.entry.note.map { "  — \($0)" } ?? ""
                print("\(match.range.lowerBound)..<\(match.range.upperBound)\t\(String(found)) → \(match.entry.target)  [\(match.entry.type.rawValue)]\(note)")
            }
            print("\(counted(matches.count, "match", "matches")) (\(source) → \(target), \(counted(glossary.count, "entry", "entries")))")
        }
    }

    /// `diglot glossary extract --output CANDIDATES.tsv INPUT…`
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "extract", abstract: "Propose glossary entries from the name pairs articles write.",
            discussion: """
            Reads articles and feeds (every input format; directories are searched) and collects \
            the names news gives with their original: 众议员帝芬尼(Tom Tiffany), 克里斯·考特尼（Chris \
            Courtney）, "Tedros Adhanom Ghebreyesus (谭德塞)". The Chinese side is cut to the name \
            (titles, roles, places and particles before it are dropped). Names the glossaries already \
            have (the shipped zh-en glossary unless --no-default-glossary, and every --glossary) are \
            left out. Writes a Chinese → English TSV glossary, most frequent first, with a type guess \
            and, in the note, the count, the first article and some context: review it, then pass it \
            to --glossary.
            """)

        @Argument(help: "Articles and feeds, or directories of them.")
        var inputs: [String] = []

        @OptionGroup var glossaryOptions: GlossaryOptions

        @Option(help: "Leave out candidates seen fewer times than this.")
        var minCount = 1

        @Option(help: "The TSV file to write.")
        var output: String

        func validate() throws {
            if inputs.isEmpty { throw ValidationError("Name at least one article, feed or directory.") }
            if minCount < 1 { throw ValidationError("--min-count must be at least 1.") }
            if GlossaryFormat(fileExtensionOf: output) != .tsv {
                throw ValidationError("The output '\(output)' must be a .tsv file.")
            }
        }

        func run() throws {
            let known = try glossaryOptions.glossary(from: "zh", to: "en")
            let result = ExtractionSession(inputs: inputs, known: known, glossaryPaths: glossaryOptions.glossaries)
                .run(scheduler: ConcurrentMap(jobs: nil))
            Console.report(result.errors)
            let (extractor, articles, failed) = (result.extractor, result.articles, ExitStatus.code(for: result.errors))
            guard articles > 0 || failed == 0 else { return try ExitStatus.end(failing: true) }  // nothing read: no empty file
            do {
                try GlossaryFiles.writeAtomically(try extractor.tsv(minimumCount: minCount), to: output, protecting: result.inputPaths)
            } catch {
                Console.report(.of(error))
                return try ExitStatus.end(failing: true)
            }
            print("\(output): \(counted(extractor.candidates(minimumCount: minCount).count, "candidate")) from \(counted(articles, "article"))")
            try ExitStatus.end(failed)
        }
    }
}
