import ArgumentParser
import DiglotKit
import Foundation

extension Diglot {
    /// `diglot import`: translated XLIFF in, verified and merged article (HTML, EPUB, TMX) out.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import", abstract: "Verify translated XLIFF, report QA problems, and merge it into HTML, EPUB and TMX.",
            discussion: """
                Each XLIFF must be one that `diglot export` wrote (1.2 or 2.x), as returned by a CAT tool. \
                Writes DIR/<stem>.html (the article in the target language) and, with --epub, DIR/<stem>.epub \
                (bilingual). Without --html or --epub, only HTML is written. A file that fails verification \
                (changed source, missing or unknown units, broken codes, another target language, not exported \
                by Diglot, malformed XML) gets no output; the others still complete and the run exits 1. \
                The QA table goes to standard output; --strict also exits 1 on QA errors.
                """)

        @Flag(help: "Write the translated article as HTML (the default when neither --html nor --epub is given).")
        var html = false

        @Flag(help: "Write a bilingual EPUB per article.")
        var epub = false

        @Option(help: ArgumentHelp("EPUB layout: interleaved (the default), side-by-side, target-only or source-only; needs --epub.", valueName: "L"))
        var layout: String?

        @Option(name: .shortAndLong, help: ArgumentHelp("Directory for the outputs (default: next to each XLIFF).", valueName: "DIR"))
        var output: String?

        @Option(help: ArgumentHelp("Also write a TMX 1.4b memory of every translated segment.", valueName: "FILE"))
        var tmx: String?

        @Option(help: ArgumentHelp("Cross-check against the exported XLIFF or the original article.", valueName: "ORIGINAL"))
        var against: String?

        @Option(help: ArgumentHelp("Write the QA report as JSON.", valueName: "FILE.json"))
        var report: String?

        @Flag(help: "Exit 1 when QA finds errors (untranslated units or sentences, deleted sentences, broken codes, forbidden terms) or units still marked for review (fuzzy, unapproved).")
        var strict = false

        @Option(help: "Worker threads (default: all cores).")
        var jobs: Int?

        @Argument(help: ArgumentHelp("Translated XLIFF files, or directories searched for .xlf/.xliff files.", valueName: "XLIFF"))
        var inputs: [String] = []

        @OptionGroup var inputLists: InputListOptions

        func validate() throws {
            if inputs.isEmpty && inputLists.lists.isEmpty { throw ValidationError("Name at least one translated XLIFF file.") }
            if let layout, EPUBLayout(rawValue: layout) == nil {
                throw ValidationError("--layout takes one of: " + EPUBLayout.allCases.map(\.rawValue).joined(separator: ", ") + ".")
            }
            // An option that only shapes another output is a mistake without it, not a no-op.
            if layout != nil && !epub { throw ValidationError("--layout sets the EPUB's layout; add --epub to write one.") }
            if let jobs, jobs < 1 { throw ValidationError("--jobs takes a number of at least 1.") }
        }

        func run() throws {
            let session = ImportSession(inputs: inputs + (try inputLists.paths()), html: html || !epub, epub: epub,
                                        layout: layout.flatMap(EPUBLayout.init(rawValue:)) ?? .interleaved, output: output,
                                        tmx: tmx, against: against, report: report)
            // Each file's section of the QA table is printed as soon as it and every earlier one are in.
            let result = session.run(scheduler: ConcurrentMap(jobs: jobs)) { Console.output($0.table()) }
            Console.output(result.totals.summary)
            // Refused files once more on standard error, one line each, for scripts and logs.
            Console.report(result.refusals + result.errors)
            let review = result.totals.unitsNeedingReview
            if strict, review > 0 {
                Console.error("--strict: \(counted(review, "unit")) still marked for review (fuzzy, unapproved or pre-filled from a memory); confirm \(review == 1 ? "it" : "them") in the CAT tool")
            }
            try ExitStatus.end(ExitStatus.code(forImport: result.refusals + result.errors, totals: result.totals, strict: strict))
        }
    }
}
