import ArgumentParser
import DiglotKit
import Foundation

extension DiglotBench {
    /// `diglot-bench matching`: issue 14's ratio alone, the matching pass with the shipped
    /// glossary and with shipped + cedict-full over the corpus's Chinese articles, best of
    /// `--rounds`, in process. Quick to rerun while working on the matcher, and the loop to
    /// put under `perf record`.
    struct Matching: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "matching", abstract: "Time the glossary matching pass, shipped glossary against shipped + a big one.")

        @Option(help: "Articles of the corpus read (the Chinese ones are matched).")
        var articles = 1_000

        @Option(help: "Rounds of each pass; the best is reported.")
        var rounds = 5

        @Option(help: "The big glossary, a file of ../shared/glossaries.")
        var glossary = "cedict-full.tsv"

        @Flag(help: "Run only the big glossary's pass (for a profile of it).")
        var bigOnly = false

        func run() throws {
            let shared = try BenchCorpus.locateShared()
            let corpus = try BenchCorpus(shared: shared, count: articles)
            defer { corpus.remove() }
            let documents = try BenchSuite.readDocuments(corpus.subset(articles)).filter { $0.metadata.sourceLanguage.primary == "zh" }
            let shipped = ShippedGlossary.glossary(from: "zh-Hans", to: "en") ?? Glossary()
            let bytes = Array(try Data(contentsOf: shared.appendingPathComponent("glossaries/" + glossary)))
            _ = WordSegmenter.chinese
            var big = Glossary()
            var merged = Glossary()
            var annotator = GlossaryAnnotator(glossary: shipped)
            var (load, build) = (Double.infinity, Double.infinity)
            for _ in 0..<3 {
                load = min(load, try seconds { big = try Glossary.load(bytes, name: glossary) })
                merged = shipped.merging(big)
                build = min(build, seconds { annotator = GlossaryAnnotator(glossary: merged) })
            }
            print("\(glossary): load \(format(load, digits: 3)) s, matcher build \(format(build, digits: 3)) s (best of 3)")
            func pass(_ annotator: GlossaryAnnotator) -> (seconds: Double, hits: Int) {
                var best = Double.infinity
                var hits = 0
                for _ in 0..<rounds {
                    hits = 0
                    best = min(best, seconds {
                        for document in documents {
                            hits += annotator.annotate(document).blocks.reduce(0) { $0 + $1.segments.reduce(0) { $0 + $1.terms.count } }
                        }
                    })
                }
                return (best, hits)
            }
            let large = pass(annotator)
            print("shipped + \(glossary): \(format(large.seconds, digits: 3)) s, \(large.hits) hits, \(documents.count) articles")
            guard !bigOnly else { return }
            let small = pass(GlossaryAnnotator(glossary: shipped))
            print("shipped: \(format(small.seconds, digits: 3)) s, \(small.hits) hits")
            print("ratio: \(format(large.seconds / small.seconds, digits: 2))× (target ≤ 1.3×)")
        }

        private func seconds(_ body: () throws -> Void) rethrows -> Double {
            let start = ContinuousClock.now
            try body()
            let elapsed = ContinuousClock.now - start
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        }
    }
}
