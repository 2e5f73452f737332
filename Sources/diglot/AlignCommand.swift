import ArgumentParser
import DiglotKit
import Foundation

extension Diglot {
    /// `diglot align`: an article and its published translation in, the article's XLIFF with
    /// every target filled (and optionally a bilingual EPUB and a TMX memory) out.
    struct Align: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Align an article with its published translation: XLIFF with filled targets, TMX, bilingual EPUB.",
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
                    Console.error("\(error)")
                    throw ExitCode(1)
                }
            }
            let list = collected
            let aligner = TranslationAligner(options: TranslationAligner.Options(
                sourceLanguage: sourceCode.flatMap(LanguageTag.init), targetLanguage: targetCode.flatMap(LanguageTag.init),
                xliffVersion: xliff, sentences: sentences, epub: epub, layout: layout,
                glossaries: try glossaries.loadFiles(), useDefaultGlossary: !glossaries.noDefaultGlossary))
            let inputs = Set(list.flatMap { [$0.original, $0.translation] }.map { URL(commandLinePath: $0).standardizedFileURL.resolvingSymlinksInPath().path })
            let writer = AtomicFile(protectedPaths: inputs)
            let directory = URL(commandLinePath: output)
            let stems = AlignCommandNaming.uniqueStems(list.map(\.original))
            let keepsPairs = tmx != nil
            var summary = AlignmentSummary()
            var memory: [TranslatedDocument] = []
            var failures = 0
            (summary, memory, failures) = ConcurrentMap(count: list.count, jobs: jobs).reduce(into: (summary, memory, failures), { index -> Result<TranslationAligner.Package, AlignCommandFailure> in
                let pair = list[index]
                do {
                    let original = InputSource(name: pair.original, bytes: try AlignCommandNaming.read(pair.original))
                    let translation = InputSource(name: pair.translation, bytes: try AlignCommandNaming.read(pair.translation))
                    let package = try aligner.align(original: original, translation: translation, stem: stems[index])
                    let base = directory.appendingPathComponent(package.name)
                    try writer.write(package.xliff, to: base.appendingPathExtension("xlf"))
                    if let epub = package.epub { try writer.write(epub, to: base.appendingPathExtension("epub")) }
                    return .success(package)
                } catch {
                    return .failure(AlignCommandFailure(message: "\(error)"))
                }
            }, combine: { folded, result in
                switch result {
                case .success(let package):
                    folded.0.add(package.summary)
                    if keepsPairs { folded.1.append(package.sentencePairs) }
                case .failure(let failure):
                    Console.error(failure.message)
                    folded.2 += 1
                }
            })
            if let tmx, !memory.isEmpty {
                do {
                    try writer.write(try TMXWriter().write(memory), to: URL(commandLinePath: tmx))
                } catch {
                    Console.error("\(tmx): cannot write the memory: \(error)")
                    failures += 1
                }
            }
            Console.info(summary.text)
            if failures > 0 { throw ExitCode(1) }
        }
    }
}

/// A pair that failed, as the line to print.
struct AlignCommandFailure: Error {
    let message: String
}

/// Output stems and inputs of `diglot align`.
enum AlignCommandNaming {
    /// The bytes of an input (`-`: standard input), within the article size limit.
    static func read(_ path: String) throws -> [UInt8] {
        try BoundedFile.read(path == "-" ? "/dev/stdin" : path, limit: ArticleReader.maximumInputSize, tooLarge: ArticleReader.tooLargeReason)
    }

    /// Each original's stem, `-2`, `-3`… for repeats.
    static func uniqueStems(_ originals: [String]) -> [String] {
        var used: [String: Int] = [:]
        return originals.map { path in
            let stem = path == "-" ? "stdin" : OutputNaming.stem(ofInput: path)
            let count = (used[stem.lowercased()] ?? 0) + 1
            used[stem.lowercased()] = count
            return count == 1 ? stem : "\(stem)-\(count)"
        }
    }
}
