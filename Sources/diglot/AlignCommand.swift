import ArgumentParser
import DiglotKit
import Foundation

extension Diglot {
    /// `diglot align`: an article and its published translation in, the article's XLIFF with
    /// every target filled (and optionally a bilingual EPUB and a TMX memory) out.
    struct Align: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "align", abstract: "Align an article with its published translation: XLIFF with filled targets, TMX, bilingual EPUB.",
            discussion: """
                ORIGINAL and TRANSLATION are feed items, HTML pages or plain text (paragraphs separated \
                by blank lines, else one per line). Writes DIR/<original stem>.xlf (and .epub): the XLIFF \
                export writes for ORIGINAL, every target filled from TRANSLATION, each unit noting its \
                bead (1-1, 2-1, …) and confidence; unsure units are left for review.
                """)

        @Option(name: .customLong("from"), help: ArgumentHelp("Language of the original. Default: detected.", valueName: "LANG"))
        var sourceCode: String?

        @Option(name: .customLong("to"), help: ArgumentHelp("Language of the translation. Default: detected.", valueName: "LANG"))
        var targetCode: String?

        @Option(help: "XLIFF version to write: 1.2 or 2.1.")
        var xliff: XLIFFVersion = .v1_2

        @Flag(help: "Split units into sentence segments, each with its aligned sentences.")
        var sentences = false

        @Option(help: ArgumentHelp("Also write the aligned sentence pairs as a TMX 1.4b memory.", valueName: "FILE"))
        var tmx: String?

        @Flag(help: "Also write DIR/<stem>.epub, a bilingual ebook.")
        var epub = false

        @Option(help: "EPUB layout: interleaved, side-by-side, target-only, source-only.")
        var layout: EPUBLayout = .interleaved

        @OptionGroup var glossaries: GlossaryOptions

        @Option(help: ArgumentHelp("Align many pairs: one ORIGINAL<TAB>TRANSLATION a line (- for standard input).", valueName: "LIST"))
        var pairs: String?

        @Option(help: "Worker threads (default: all cores).")
        var jobs: Int?

        @Option(name: .shortAndLong, help: ArgumentHelp("Directory for the outputs.", valueName: "DIR"))
        var output: String

        @Argument(help: ArgumentHelp("The article, then its translation (either may be - for standard input).", valueName: "ORIGINAL TRANSLATION"))
        var files: [String] = []

        func validate() throws {
            if files.filter({ $0 == "-" }).count + (pairs == "-" ? 1 : 0) > 1 {
                throw ValidationError("Standard input (-) can be only one of the original, the translation and the --pairs list.")
            }
            if files.count != 0 && files.count != 2 {
                throw ValidationError("Give the original and its translation (two files), or a --pairs list.")
            }
            if files.isEmpty && pairs == nil { throw ValidationError("Give the original and its translation, or a --pairs list.") }
            for (option, code) in [("--from", sourceCode), ("--to", targetCode)] {
                if let code, LanguageTag(code) == nil { throw ValidationError("\(option) \(code) is not a language tag (try zh-Hans, en).") }
            }
            if output.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--output names a directory; it must not be empty.") }
            if let jobs, jobs < 1 { throw ValidationError("--jobs takes a number of at least 1.") }
        }

        func run() throws {
            var collected: [AlignmentPairList.Pair] = []
            if files.count == 2 { collected.append(AlignmentPairList.Pair(original: files[0], translation: files[1])) }
            if let pairs {
                do {
                    collected += try AlignmentPairList.parse(try BoundedFile.read(pairs == "-" ? "/dev/stdin" : pairs), name: pairs)
                } catch {
                    Console.report(.of(error))
                    return try ExitStatus.end(failing: true)
                }
            }
            let session = AlignSession(pairs: collected, options: TranslationAligner.Options(
                sourceLanguage: sourceCode.flatMap(LanguageTag.init), targetLanguage: targetCode.flatMap(LanguageTag.init),
                xliffVersion: xliff, sentences: sentences, epub: epub, layout: layout,
                glossaries: try glossaries.loadFiles(), useDefaultGlossary: !glossaries.noDefaultGlossary),
                outputDirectory: output, tmx: tmx)
            let result = session.run(scheduler: ConcurrentMap(jobs: jobs))
            Console.report(result.errors)
            Console.info(result.summary.text)
            try ExitStatus.end(result.errors)
        }
    }
}
