import ArgumentParser
import DiglotKit
import Foundation

extension DiglotBench {
    /// `diglot-bench ebook-worker`: builds one bilingual EPUB from every article in a folder
    /// with the library, so the parent can time it as a child process and read its peak memory.
    ///
    /// Used while `diglot` has no `ebook` command. Each article is read and given a
    /// pseudo-translation (its own source runs) so every paragraph is laid out twice, as in a
    /// real bilingual book: more work than pandoc does with the same HTML, never less.
    struct EbookWorker: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ebook-worker", abstract: "Internal: write one EPUB from a folder of articles.",
            shouldDisplay: false)

        @Option var input: String
        @Option var output: String

        func run() throws {
            let directory = URL(fileURLWithPath: input)
            let names = try FileManager.default.contentsOfDirectory(atPath: input).sorted()
            var chapters: [Chapter] = []
            for name in names {
                let bytes = Array(try Data(contentsOf: directory.appendingPathComponent(name)))
                for document in try ArticleReader().read(InputSource(name: name, bytes: bytes)) {
                    var translations: [UnitID: Translation] = [:]
                    for block in document.blocks where block.isTranslatable {
                        translations[block.id] = Translation(runs: block.runs)
                    }
                    chapters.append(Chapter(document: document, translations: translations))
                }
            }
            let book = Book(title: "Diglot benchmark", sourceLanguage: "zh-Hans",
                            targetLanguage: "en", chapters: chapters)
            let bytes = try EPUBWriter().write(book)
            try Data(bytes).write(to: URL(fileURLWithPath: output))
        }
    }
}
