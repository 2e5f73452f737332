import ArgumentParser
import DiglotKit
import Foundation

/// `diglot-bench`: times Diglot against the libxml2 floor and its peers on the shared corpus.
///
/// Everything Diglot does is timed through the real `diglot` binary as a child process, so
/// start-up, file reading and writing count, and peak memory is the child's own. Peers and the floor run on the same bytes in the
/// same run, so ratios hold on a busy machine even when absolute figures drift.
@main
struct DiglotBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diglot-bench",
        abstract: "Benchmark diglot export, glossaries and ebooks against xmllint, Translate Toolkit and pandoc.",
        discussion: """
            Run from the package root with ../shared beside it: swift run -c release diglot-bench [--quick]
            """,
        subcommands: [Run.self, Align.self, Matching.self],
        defaultSubcommand: Run.self)
}

extension DiglotBench {
    /// The benchmark itself.
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "run", abstract: "Run the benchmark (default).")

        @Flag(help: "A smaller run: 1,000 articles, 200 for the peers and the ebook.")
        var quick = false

        @Option(help: "Articles in the export batch (default 10,000; 1,000 with --quick).")
        var articles: Int?

        @Option(help: "Articles given to Translate Toolkit and to the glossary runs (default 1,000; 200 with --quick).")
        var peerArticles: Int?

        @Option(help: "Articles re-imported and in the ebook, for Diglot and pandoc (default 1,000; 200 with --quick).")
        var ebookArticles: Int?

        @Flag(help: "Print the table as Markdown, for BENCHMARKS.md.")
        var markdown = false

        @Flag(help: "Skip Translate Toolkit and pandoc.")
        var noPeers = false

        @Flag(help: "Measure the glossaries only (load, matching, marks, export with big glossaries).")
        var glossariesOnly = false

        func validate() throws {
            for value in [articles, peerArticles, ebookArticles].compactMap({ $0 }) where value < 1 {
                throw ValidationError("Article counts must be at least 1.")
            }
        }

        func run() throws {
            let shared = try BenchCorpus.locateShared()
            let diglot = try DiglotBinary.locate()
            let count = articles ?? (quick ? 1_000 : 10_000)
            let peerCount = min(count, peerArticles ?? (quick ? 200 : 1_000))
            let ebookCount = min(count, ebookArticles ?? (quick ? 200 : 1_000))
            let machine = MachineDescription.current()
            progress("\(machine.summary)")
            progress("replicating the corpus to \(count) articles…")
            let corpus = try BenchCorpus(shared: shared, count: count)
            defer { corpus.remove() }
            var suite = BenchSuite(corpus: corpus, diglot: diglot, count: count)
            if glossariesOnly {
                try suite.measureGlossaries(articleCount: peerCount)
            } else {
                try suite.measureExport()
                try suite.measureLargeFeed(megabytes: quick ? 70 : 100)
                try suite.measureGlossaries(articleCount: peerCount)
                if !noPeers { try suite.measurePeers(articleCount: peerCount) }
                try suite.measureImportAndEbook(articleCount: ebookCount, withPandoc: !noPeers)
            }

            let title = "diglot-bench: \(count) articles (\(format(Double(corpus.articleBytes) / 1_048_576, digits: 1)) MB), "
                + "\(machine.summary)"
            let table = ResultTable(title: title, rows: suite.rows)
            print(markdown ? table.markdown() : table.text())
            print("")
            for line in suite.verdicts { print(markdown ? "- " + line : line) }
            if !ChildProcess.peakMemoryIsExact {
                print("Peak memory is an upper bound (no /usr/bin/time: apt-get install time): Linux counts the benchmark's own size in its children's ru_maxrss.")
            }
        }
    }
}

/// Prints a progress line on standard error, so the table on standard output stays clean.
func progress(_ text: String) {
    FileHandle.standardError.write(Data(("bench: " + text + "\n").utf8))
}
