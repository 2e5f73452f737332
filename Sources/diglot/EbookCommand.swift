import ArgumentParser
import DiglotKit
import Foundation

extension EPUBLayout: ExpressibleByArgument {}

extension Diglot {
    /// `diglot ebook`: one bilingual EPUB from many translated XLIFF files or raw articles.
    struct Ebook: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build one bilingual EPUB from translated XLIFF files or articles.",
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
            var extensions = InputCollector.directoryExtensions
            extensions.formUnion(["xlf", "xliff", "sdlxliff", "mxliff"])
            let collected = InputCollector.collect(inputs + (try inputLists.paths()), extensions: extensions)
            var errors = collected.errors
            let progress = ProgressBar(total: collected.items.count, label: "ebook")
            // One `Loaded` per input; a feed's items are read on every core and folded into it.
            var items = BookInputs.Loaded()
            let imageFolders = images.urls
            let loaded = ConcurrentMap(count: collected.items.count, jobs: nil).reduce(into: [BookInputs.Loaded](), opening: { index, parts in
                BookInputs.open(collected.items[index], sourceLanguage: languages.source, imageFolders: imageFolders, parts: parts)
            }, combine: { loaded, result, inputDone in
                // A feed's items come first, then the feed's own result.
                guard inputDone else {
                    items.add(result)
                    return
                }
                var input = result
                input.add(items)
                input.finish()
                loaded.append(input)
                items = BookInputs.Loaded()
                progress.advance()
            })
            progress.finish()
            // One target language per book: a chapter translated into another would carry the
            // wrong language tags (fonts, hyphenation, screen readers), so it is refused.
            let anySource = loaded.lazy.flatMap(\.chapters).first?.document.metadata.sourceLanguage
            let targetFromFiles = loaded.lazy.compactMap(\.targetLanguage).first
            let target = anySource.map { source in
                languages.targets.first(where: { $0.primary != source.primary }) ?? targetFromFiles ?? languages.targets.first ?? source
            }
            var chapters: [Chapter] = []
            for (item, result) in zip(collected.items, loaded) {
                errors += result.errors
                if let language = result.targetLanguage, let target, language.primary != target.primary {
                    errors.append("\(item.displayName): translated into \(language.rawValue), but the book's translations are in \(target.rawValue); make one book per target language")
                    continue
                }
                chapters += result.chapters
                if result.chapters.contains(where: { $0.translations != nil && !$0.isTranslated }) {
                    Console.warning("\(item.displayName): no unit is translated yet (every target is empty or the copied source); its chapter shows the source only")
                }
            }
            for message in errors { Console.error(message) }
            guard let first = chapters.first, let target else {
                Console.error("no chapter could be made; nothing written")
                throw ExitCode(1)
            }
            let source = first.document.metadata.sourceLanguage
            var book = Book(title: title, sourceLanguage: source, targetLanguage: target, chapters: chapters)
            if sort == .date { book = book.sortedByDate() }
            let bytes = try EPUBWriter().write(book, options: EPUBOptions(layout: layout))
            let protected = Set(collected.items.compactMap { item -> String? in
                if case .file(let path) = item { return URL(commandLinePath: path).standardizedFileURL.resolvingSymlinksInPath().path }
                return nil
            })
            try AtomicFile(protectedPaths: protected).write(bytes, to: URL(commandLinePath: output))
            let translated = chapters.filter(\.isTranslated).count
            Console.info("\(output): \(counted(chapters.count, "chapter")) (\(translated) translated), layout \(layout.rawValue)")
            if !errors.isEmpty { throw ExitCode(1) }
        }
    }
}

/// Turns one ebook input into chapters: translated XLIFF, or articles read as for export.
enum BookInputs {
    struct Loaded: Sendable {
        var chapters: [Chapter] = []
        var targetLanguage: LanguageTag?
        var errors: [String] = []
        /// For a feed: the error if none of its items has text.
        var noTextError: String?

        mutating func add(_ part: Loaded) {
            chapters += part.chapters
            errors += part.errors
        }

        /// Ends the input: a feed none of whose items gave a chapter fails.
        mutating func finish() {
            if let error = noTextError, chapters.isEmpty, errors.isEmpty { errors.append(error) }
            noTextError = nil
        }
    }

    /// Opens one ebook input: a translated XLIFF or an article gives its chapter at once, a
    /// feed one part per item for any worker to read (a feed over 64 MB is streamed).
    static func open(_ item: InputCollector.Item, sourceLanguage: LanguageTag?, imageFolders: [URL] = [],
                     parts: ConcurrentMap.Parts<Loaded>) -> Loaded {
        var loaded = Loaded()
        @Sendable func chapter(_ index: Int, of input: OpenedInput) -> Loaded {
            var part = Loaded()
            if let document = input.document(at: index) {
                part.chapters.append(Chapter(document: document, localImages: LocalImages.collect(for: document, input: item, folders: imageFolders)))
            }
            return part
        }
        if case .file(let path) = item, let size = LargeFeed.sizeIfTooLargeToRead(path) {
            do {
                try LargeFeed.forEachItem(path, name: item.displayName, size: size, language: sourceLanguage) { one in
                    parts.add { chapter(0, of: one) }
                }
                loaded.noTextError = OpenedInput.noTextError(name: item.displayName).description
            } catch {
                loaded.errors.append("\(error)")
            }
            return loaded
        }
        let bytes: [UInt8]
        do { bytes = try InputCollector.read(item) } catch {
            loaded.errors.append("\(error)")
            return loaded
        }
        if let translated = TranslatedXLIFF.read(bytes, name: item.displayName, into: &loaded.errors) {
            loaded.targetLanguage = translated.targetLanguage
            loaded.chapters.append(Chapter(translated, localImages: LocalImages.collect(for: translated.document, input: item, folders: imageFolders)))
            return loaded
        }
        guard loaded.errors.isEmpty else { return loaded }
        let source = InputSource(name: item.displayName, bytes: bytes, language: sourceLanguage)
        let input: OpenedInput
        do { input = try ArticleReader().open(source, format: InputFormat.detect(bytes)) } catch {
            loaded.errors.append(error.description)
            return loaded
        }
        guard input.isFeed else {
            for index in 0..<input.count { loaded.add(chapter(index, of: input)) }
            return loaded
        }
        for index in 0..<input.count { parts.add { chapter(index, of: input) } }
        loaded.noTextError = input.noTextError.description
        return loaded
    }
}

/// Reads a translated XLIFF file for a book, through the same verification as `diglot import`.
enum TranslatedXLIFF {
    /// Whether the bytes look like XLIFF (an `<xliff` root near the start, any encoding libxml2 reads).
    static func looksLikeXLIFF(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(4096)
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            // UTF-16: compare the ASCII letters, skipping the zero bytes.
            return String(decoding: head.filter { $0 != 0 }, as: UTF8.self).contains("<xliff")
        }
        return String(decoding: head, as: UTF8.self).contains("<xliff")
    }

    /// The merged document, or nil: not XLIFF (no error), or XLIFF that failed verification
    /// (its reasons appended to `errors`).
    static func read(_ bytes: [UInt8], name: String, into errors: inout [String]) -> TranslatedDocument? {
        guard looksLikeXLIFF(bytes) else { return nil }
        let outcome = Importer(options: Importer.Options(html: false, epub: false)).mergeFile(bytes, name: name)
        if let translated = outcome.translated { return translated }
        let reasons = outcome.report.errors
        errors.append(reasons.isEmpty ? "\(name): could not be merged" : reasons.joined(separator: "\n"))
        return nil
    }
}
