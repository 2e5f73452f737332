import Foundation

/// Turns one input into export packages: read, segment, annotate, write — bytes only, no disk.
///
/// `Sendable` and stateless apart from a lock-protected glossary cache, so one exporter serves
/// every worker thread of a batch.
public final class Exporter: Sendable {
    public let options: ExportOptions
    private let matchers = GlossaryCache()

    public init(options: ExportOptions) {
        self.options = options
    }

    /// One article ready to be written: its relative name (no extension) and file contents.
    public struct Package: Sendable {
        /// `stem` for an article, `stem/nn-slug` for a feed item.
        public var name: String
        public var xliff: [UInt8]
        public var epub: [UInt8]?
        public var statistics: ExportStatistics
    }

    /// The outcome for one input: packages for the articles that exported, errors for the rest.
    public struct Outcome: Sendable {
        public var packages: [Package] = []
        public var errors: [Diagnostic] = []
    }

    /// What became of one article of an input.
    public enum ArticleOutcome: Sendable {
        case packaged(Package)
        /// A feed item with nothing to translate: not an article, and not an error.
        case skipped
        /// Why the article could not be packaged, naming the input (and the feed item).
        case failed(Diagnostic)

        /// Whether the article had text, packaged or not: a feed none of whose items has any fails.
        public var hasText: Bool {
            if case .skipped = self { return false }
            return true
        }
    }

    /// Exports every article of `source`; `stem` names the outputs. `localImages` supplies the
    /// bytes of images stored beside the input, for the review EPUB (the library reads no files).
    public func export(_ source: InputSource, stem: String,
                       localImages: (Document) -> [String: [UInt8]] = { _ in [:] }) -> Outcome {
        var outcome = Outcome()
        let input: OpenedInput
        do { input = try open(source) } catch {
            outcome.errors.append(error.diagnostic)
            return outcome
        }
        var feedText = FeedTextCheck()
        for index in 0..<input.count {
            let article = export(article: index, of: input, stem: stem, localImages: localImages)
            switch article {
            case .packaged(let package): outcome.packages.append(package)
            case .skipped: break
            case .failed(let message): outcome.errors.append(message)
            }
            feedText.add(itemHasText: article.hasText)
        }
        if input.isFeed, let error = feedText.finish(feed: input.name) { outcome.errors.append(error.diagnostic) }
        return outcome
    }

    /// Opens `source` for `export(article:of:stem:localImages:)`: one article is read at once,
    /// a feed is parsed and its items wait to be read by whichever worker exports them.
    public func open(_ source: InputSource) throws(ReaderError) -> OpenedInput {
        var input = source
        input.language = options.sourceLanguage ?? source.language
        return try ArticleReader().open(SniffedInput(input))
    }

    /// Exports article `index` of an opened input. Safe to call for different articles of one
    /// input on several threads at once. A feed item is named `stem/nn-slug` by its position
    /// in the feed, so an item keeps its name when another item changes or loses its text.
    public func export(article index: Int, of input: OpenedInput, stem: String,
                       localImages: (Document) -> [String: [UInt8]] = { _ in [:] }) -> ArticleOutcome {
        guard let document = input.document(at: index) else { return .skipped }
        let position = input.position(of: index)
        let name = input.isFeed
            ? stem + "/" + OutputNaming.feedItemName(index: position.index, count: position.count,
                                                     title: document.metadata.title, fallback: "item")
            : (position.count == 1 ? stem : stem + "-\(position.index + 1)")
        do {
            return .packaged(try package(document, name: name, localImages: localImages))
        } catch {
            return .failed(Diagnostic(file: input.name, item: input.isFeed ? position.index + 1 : nil,
                                      kind: Diagnostic.of(error).kind, message: "\(error)"))
        }
    }

    /// The package of one article already read, named `name`. With `aligned` (from `diglot
    /// align`), the targets of the published translation fill the XLIFF in place of any
    /// memory match; everything else is what `export` writes for the article.
    public func package(_ original: Document, name: String, aligned: AlignedTargets? = nil,
                        localImages: (Document) -> [String: [UInt8]] = { _ in [:] }) throws -> Package {
        let source = original.metadata.sourceLanguage
        guard let target = options.target(for: source) else {
            throw ExportFailure(sameLanguageReason(source))
        }
        var document = original
        if options.sentences { document = SentenceSegmenter().segment(document) }
        if let annotator = matchers.annotator(from: source, to: target, options: options) {
            document = annotator.annotate(document)
        }
        let prefill = aligned?.translations ?? options.memory?.prefill(for: document, targetLanguage: target) ?? [:]
        let writerOptions = XLIFFWriterOptions(targetLanguage: target, copySource: options.copySource, prefill: prefill,
                                               alignments: aligned?.alignments ?? [:])
        let xliff: [UInt8]
        switch options.xliffVersion {
        case .v1_2: xliff = try XLIFF12Writer().write(document, options: writerOptions)
        case .v2_1: xliff = try XLIFF21Writer().write(document, options: writerOptions)
        }
        var epub: [UInt8]?
        if options.reviewEPUB {
            epub = try EPUBWriter().writeReviewCopy(of: document, targetLanguage: target,
                                                     localImages: localImages(document))
        }
        var statistics = ExportStatistics(counting: document)
        if options.memory != nil { statistics.prefilledUnits = prefill.count }
        return Package(name: name, xliff: xliff, epub: epub, statistics: statistics)
    }
}

extension Exporter {
    /// Why an article in `source` has no target: none given, or every `--to` is its own language.
    func sameLanguageReason(_ source: LanguageTag) -> String {
        guard !options.targetLanguages.isEmpty else { return "no target language: give --to" }
        let how = options.sourceLanguage == nil ? "detected from its text" : "as given by --from"
        let targets = options.targetLanguages.map(\.rawValue).joined(separator: ",")
        let other = source.primary == "en" ? "zh-Hans" : "en"
        return "the article is in \(source) (\(how)), the language it would be translated into (--to \(targets)); "
            + "give a target in another language, e.g. --to \(targets),\(other), or --from if the article is not in \(source)"
    }
}

/// Targets that `diglot align` found in a published translation, by unit ID.
public struct AlignedTargets: Sendable {
    public var translations: [UnitID: Translation]
    public var alignments: [UnitID: UnitAlignment]

    public init(translations: [UnitID: Translation], alignments: [UnitID: UnitAlignment]) {
        self.translations = translations
        self.alignments = alignments
    }
}

/// A failure while packaging an article that is not the reader's or a writer's own error.
struct ExportFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Builds each language pair's glossary annotator once and shares it across threads.
private final class GlossaryCache: @unchecked Sendable {
    private let lock = NSLock()
    private var annotators: [String: GlossaryAnnotator?] = [:]

    func annotator(from source: LanguageTag, to target: LanguageTag, options: ExportOptions) -> GlossaryAnnotator? {
        let key = source.rawValue + ">" + target.rawValue
        lock.lock()
        defer { lock.unlock() }
        if let cached = annotators[key] { return cached }
        var glossary = Glossary(sourceLanguage: source, targetLanguage: target)
        if options.useDefaultGlossary, let shipped = ShippedGlossary.glossary(from: source, to: target) {
            glossary = glossary.merging(shipped)
        }
        for file in options.glossaries {
            let extra = file.reading(from: source, to: target)
            // A file that names its languages applies only to that pair.
            if let language = extra.sourceLanguage, language.primary != source.primary { continue }
            if let language = extra.targetLanguage, language.primary != target.primary { continue }
            glossary = glossary.merging(extra)
        }
        glossary = glossary.written(for: target)
        let annotator = glossary.entries.isEmpty ? nil : GlossaryAnnotator(glossary: glossary)
        annotators[key] = annotator
        return annotator
    }
}
