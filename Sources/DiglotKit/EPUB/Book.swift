import Foundation

/// A bilingual ebook: one chapter per article, in reading order.
///
/// The writer derives everything else (identifier, dates, table of contents) from this value,
/// so the same book always gives the same bytes.
public struct Book: Hashable, Sendable {
    /// The book's title (for one article, usually its headline).
    public var title: String
    /// The language the articles were written in; listed first in the package metadata.
    /// Chapters may differ (a `zh-Hant` article in a `zh-Hans` collection); each paragraph
    /// carries its own chapter's language.
    public var sourceLanguage: LanguageTag
    /// The language of the translations.
    public var targetLanguage: LanguageTag
    /// The articles, in the order they appear in the book.
    public var chapters: [Chapter]
    /// The `dc:identifier`; nil derives a `urn:uuid:` from the title, languages, layout and
    /// the articles' identifiers, so regenerating a book keeps its identity.
    public var identifier: String?
    /// The `dc:date`; nil uses the latest article date, or 2000-01-01 when no article has one.
    /// Never the clock: the bytes must not change from one run to the next.
    public var date: Date?
    /// The `dc:creator` (translator, newsroom); nil writes the outlets of the articles.
    public var creator: String?

    public init(title: String, sourceLanguage: LanguageTag, targetLanguage: LanguageTag, chapters: [Chapter],
                identifier: String? = nil, date: Date? = nil, creator: String? = nil) {
        self.title = title
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.chapters = chapters
        self.identifier = identifier
        self.date = date
        self.creator = creator
    }

    /// A one-article book titled with the article's headline (the review copy at export).
    public init(article: Chapter, targetLanguage: LanguageTag) {
        let metadata = article.document.metadata
        let headline = article.document.blocks.first { $0.role == .title }?.plainText
        let title = [headline, metadata.title, metadata.origin]
            .compactMap { $0?.trimmingCharacters(in: .whitespacesAndNewlines) }
            .first { !$0.isEmpty } ?? "Untitled"
        self.init(title: title, sourceLanguage: metadata.sourceLanguage, targetLanguage: targetLanguage,
                  chapters: [article])
    }
}

extension Book {
    /// The same book with chapters in publication order (`diglot ebook --sort date`); the sort
    /// is stable and undated articles keep their relative order at the end.
    public func sortedByDate() -> Book {
        var copy = self
        copy.chapters = chapters.enumerated().sorted { left, right in
            switch (left.element.document.metadata.published, right.element.document.metadata.published) {
            case let (leftDate?, rightDate?) where leftDate != rightDate: leftDate < rightDate
            case (_?, nil): true
            case (nil, _?): false
            default: left.offset < right.offset
            }
        }.map(\.element)
        return copy
    }
}

/// One article of a book with its translation, if any, and the local images it refers to.
public struct Chapter: Hashable, Sendable {
    /// The source article. Setting it works the targets out again.
    public var document: Document {
        get { article }
        set {
            article = newValue
            targets = TranslatedDocument.targets(of: newValue, translations: storedTranslations ?? [:])
        }
    }
    /// Translations by unit ID; nil for an article that was never translated (shown as
    /// source only in every layout), empty for one sent out but not yet translated (every
    /// paragraph shows the source, marked). Setting them works the targets out again.
    public var translations: [UnitID: Translation]? {
        get { storedTranslations }
        set {
            storedTranslations = newValue
            targets = TranslatedDocument.targets(of: article, translations: newValue ?? [:])
        }
    }
    private var article: Document
    private var storedTranslations: [UnitID: Translation]?
    /// Bytes of local images, keyed by `Image.source` exactly as in the document. The caller
    /// resolves relative paths next to the input; the writer never reads files or the network.
    /// An image not found here is shown by its alt text and captions, like a remote one.
    public var localImages: [String: [UInt8]]

    /// What each translatable block shows as its translation, worked out once for the chapter
    /// (`TranslatedDocument.targets(of:translations:)`): its titles and its page read them.
    private(set) var targets: [UnitID: TargetText]

    public init(document: Document, translations: [UnitID: Translation]? = nil,
                localImages: [String: [UInt8]] = [:]) {
        self.init(document: document, translations: translations, localImages: localImages,
                  targets: TranslatedDocument.targets(of: document, translations: translations ?? [:]))
    }

    private init(document: Document, translations: [UnitID: Translation]?, localImages: [String: [UInt8]],
                 targets: [UnitID: TargetText]) {
        self.article = document
        self.storedTranslations = translations
        self.localImages = localImages
        self.targets = targets
    }

    /// Whether any unit has a usable translation. A file exported with copied targets and
    /// returned untouched has translations for every unit, all `untranslated`: that chapter
    /// shows the source only, and is not counted as translated.
    public var isTranslated: Bool {
        translations?.values.contains { $0.status != .untranslated } ?? false
    }

    /// A chapter from a re-imported translation.
    /// Its targets are the import's own, not worked out again.
    public init(_ translated: TranslatedDocument, localImages: [String: [UInt8]] = [:]) {
        self.init(document: translated.document, translations: translated.translations, localImages: localImages,
                  targets: translated.targetsByUnit)
    }

    /// Sets the article's language as the book declares it: metadata only, so the targets,
    /// which depend on the blocks and translations alone, stay.
    mutating func declareSourceLanguage(_ language: LanguageTag) {
        article.metadata.sourceLanguage = language
    }

    /// The chapter's article and targets as a `TranslatedDocument` into `targetLanguage`.
    func translated(into targetLanguage: LanguageTag) -> TranslatedDocument {
        TranslatedDocument(document: document, targetLanguage: targetLanguage, translations: translations ?? [:], targets: targets)
    }
}
