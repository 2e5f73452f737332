import ArgumentParser
import DiglotKit
import Foundation

extension EPUBLayout: ExpressibleByArgument {}

extension Diglot {
    /// `diglot ebook`: one bilingual EPUB from many translated XLIFF files or raw articles.
    struct Ebook: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ebook", abstract: "Build one bilingual EPUB from translated XLIFF files or articles.",
            discussion: """
                Each INPUT becomes one chapter (a feed, one per item), in the order given or by \
                date with --sort date. Translated XLIFF (as re-imported) gives both languages; \
                raw articles give the source only.
                """)

        /// Chapter order.
        enum Order: String, ExpressibleByArgument, CaseIterable {
            case input, date
        }

        @Option(help: "The book's title.")
        var title: String

        @Option(name: .shortAndLong, help: ArgumentHelp("The EPUB file to write.", valueName: "BOOK.epub"))
        var output: String

        @Option(help: "interleaved, side-by-side, target-only or source-only.")
        var layout: EPUBLayout = .interleaved

        @Option(help: "Chapter order: input (as given) or date (publication date).")
        var sort: Order = .input

        @OptionGroup var languages: LanguageOptions

        @OptionGroup var images: ImageOptions

        @Argument(help: ArgumentHelp("Translated XLIFF files, articles, feeds or directories.", valueName: "INPUT"))
        var inputs: [String] = []

        @OptionGroup var inputLists: InputListOptions

        func validate() throws {
            if inputs.isEmpty && inputLists.lists.isEmpty { throw ValidationError("Name at least one XLIFF file or article.") }
            try inputLists.validate(alongside: inputs)
            if title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ValidationError("--title must not be empty.") }
            if !output.lowercased().hasSuffix(".epub") { throw ValidationError("--output names the book file, e.g. --output book.epub.") }
        }

        func run() throws {
            var session = EbookSession(inputs: inputs + (try inputLists.paths()), sourceLanguage: languages.source,
                                       targetLanguages: languages.targets)
            session.imageFolders = images.urls
            let contents = session.collect(scheduler: ConcurrentMap(jobs: nil), progress: ProgressBar(total: 0, label: "ebook"))
            for input in contents.untranslatedInputs {
                Console.warning("\(input): no unit is translated yet (every target is empty or the copied source); its chapter shows the source only")
            }
            Console.report(contents.errors)
            guard let book = contents.book(title: title, sortedByDate: sort == .date) else {
                Console.error("no chapter could be made; nothing written")
                return try ExitStatus.end(contents.errors, failing: true)
            }
            try contents.write(book, layout: layout, to: output)
            let translated = book.chapters.filter(\.isTranslated).count
            Console.info("\(output): \(counted(book.chapters.count, "chapter")) (\(translated) translated), layout \(layout.rawValue)")
            try ExitStatus.end(contents.errors)
        }
    }
}
