import Foundation

/// One ebook run: each input becomes chapters (a translated XLIFF through the same
/// verification as import, an article or feed read as for export), and the book's
/// translation language is chosen once for all of them.
public struct EbookSession: Sendable {
    /// XLIFF files, articles, feeds and directories (searched), as the user named them.
    public var inputs: [String]
    /// The source language given for raw articles, nil to detect it.
    public var sourceLanguage: LanguageTag?
    /// The languages given with `--to`: the book's target is the first that differs from the source.
    public var targetLanguages: [LanguageTag]
    /// Folders searched for the articles' pictures.
    public var imageFolders: [URL] = []

    public init(inputs: [String], sourceLanguage: LanguageTag? = nil, targetLanguages: [LanguageTag] = []) {
        self.inputs = inputs
        self.sourceLanguage = sourceLanguage
        self.targetLanguages = targetLanguages
    }

    /// Everything the book is made of, and what went wrong on the way.
    public struct Contents: Sendable {
        /// The chapters, in input order (a feed's in item order).
        public var chapters: [Chapter] = []
        /// The language of the book's translations; nil when no input gave a chapter.
        public var targetLanguage: LanguageTag?
        /// Inputs whose XLIFF nobody translated yet: their chapters show the source only.
        public var untranslatedInputs: [String] = []
        /// One diagnostic per input that gave no chapter or gave it in another target language.
        public var errors: [Diagnostic] = []
        /// The inputs, resolved: the book never replaces one of them.
        var protectedPaths: Set<String> = []

        /// The book of these chapters, or nil when there is none to make.
        public func book(title: String, sortedByDate: Bool) -> Book? {
            guard let first = chapters.first, let targetLanguage else { return nil }
            let book = Book(title: title, sourceLanguage: first.document.metadata.sourceLanguage, targetLanguage: targetLanguage,
                            chapters: chapters)
            return sortedByDate ? book.sortedByDate() : book
        }

        /// Writes `book` as an EPUB at `path`, atomically.
        public func write(_ book: Book, layout: EPUBLayout, to path: String) throws {
            let bytes = try EPUBWriter().write(book, options: EPUBOptions(layout: layout))
            try AtomicFile(protectedPaths: protectedPaths).write(bytes, to: URL(commandLinePath: path))
        }
    }

    /// Reads every input into chapters, spread by `scheduler`.
    public func collect(scheduler: some BatchScheduler, progress: (any BatchProgress)? = nil) -> Contents {
        let collected = InputCollector.collect(inputs, extensions: InputCollector.bookExtensions)
        var contents = Contents(errors: collected.errors, protectedPaths: collected.resolvedPaths)
        progress?.addSteps(collected.items.count)
        // One `Loaded` per input; a feed's items are read on every core and folded into it.
        var items = Loaded()
        var feedText = FeedTextCheck()
        let loaded = scheduler.reduce(count: collected.items.count, into: [Loaded](), opening: { [self] index, parts in
            load(collected.items[index], parts: parts)
        }, combine: { loaded, result, inputDone in
            // A feed's items come first, then the feed's own result.
            guard inputDone else {
                feedText.add(itemHasText: !result.chapters.isEmpty)
                return items.add(result)
            }
            var input = result
            input.add(items)
            if let feed = input.feed, let error = feedText.finish(feed: feed) { input.errors.append(error.diagnostic) }
            loaded.append(input)
            items = Loaded()
            progress?.advance()
        })
        progress?.finish()
        // One target language per book: a chapter translated into another would carry the
        // wrong language tags (fonts, hyphenation, screen readers), so it is refused.
        let anySource = loaded.lazy.flatMap(\.chapters).first?.document.metadata.sourceLanguage
        let targetFromFiles = loaded.lazy.compactMap(\.targetLanguage).first
        let target = anySource.map { source in
            targetLanguages.first(where: { $0.primary != source.primary }) ?? targetFromFiles ?? targetLanguages.first ?? source
        }
        contents.targetLanguage = target
        for (item, result) in zip(collected.items, loaded) {
            contents.errors += result.errors
            if let language = result.targetLanguage, let target, language.primary != target.primary {
                contents.errors.append(Diagnostic(file: item.displayName, kind: .import, message: "translated into \(language.rawValue), but the book's translations are in \(target.rawValue); make one book per target language"))
                continue
            }
            contents.chapters += result.chapters
            if result.chapters.contains(where: { $0.translations != nil && !$0.isTranslated }) {
                contents.untranslatedInputs.append(item.displayName)
            }
        }
        return contents
    }

    /// What one input, or one item of a feed, gave.
    private struct Loaded: Sendable {
        var chapters: [Chapter] = []
        var targetLanguage: LanguageTag?
        var errors: [Diagnostic] = []
        /// For a feed: its name, for the error if none of its items has text.
        var feed: String?

        mutating func add(_ part: Loaded) {
            chapters += part.chapters
            errors += part.errors
        }
    }

    /// Opens one input: a translated XLIFF or an article gives its chapter at once, a feed one
    /// part per item for any worker to read (a feed over the size limit is streamed).
    private func load(_ item: InputCollector.Item, parts: BatchParts<Loaded>) -> Loaded {
        var loaded = Loaded()
        @Sendable func chapter(_ index: Int, of input: OpenedInput) -> Loaded {
            var part = Loaded()
            if let document = input.document(at: index) {
                part.chapters.append(Chapter(document: document, localImages: LocalImages.collect(for: document, input: item, folders: imageFolders)))
            }
            return part
        }
        let bytes: [UInt8]
        do {
            guard let read = try ArticleInput.read(item, language: sourceLanguage, streamedItem: { one in parts.add { chapter(0, of: one) } }) else {
                loaded.feed = item.displayName
                return loaded
            }
            bytes = read
        } catch {
            loaded.errors.append(.of(error))
            return loaded
        }
        // Sniffed once: a translated XLIFF file, or an article or feed for the reader.
        let head = InputHead(bytes, name: item.displayName)
        if head.isXLIFF {
            if let translated = TranslatedXLIFF.read(bytes, name: item.displayName, into: &loaded.errors) {
                loaded.targetLanguage = translated.targetLanguage
                loaded.chapters.append(Chapter(translated, localImages: LocalImages.collect(for: translated.document, input: item, folders: imageFolders)))
            }
            return loaded
        }
        let input: OpenedInput
        do { input = try ArticleReader().open(ArticleInput.sniff(bytes, of: item, language: sourceLanguage, head: head)) } catch {
            loaded.errors.append(error.diagnostic)
            return loaded
        }
        guard input.isFeed else {
            for index in 0..<input.count { loaded.add(chapter(index, of: input)) }
            return loaded
        }
        for index in 0..<input.count { parts.add { chapter(index, of: input) } }
        loaded.feed = input.name
        return loaded
    }
}
