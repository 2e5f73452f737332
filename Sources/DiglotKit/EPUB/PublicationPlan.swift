import Foundation

/// Everything the EPUB writer decides once for the whole book: file names, embedded images,
/// languages, identifier and dates. The package parts are written from it.
struct PublicationPlan {
    let book: Book
    let options: EPUBOptions
    /// Embedded images, in order of first use, identical bytes stored once.
    let images: [EmbeddedImage]
    /// Per chapter: `Image.source` → path inside `EPUB/`.
    let imagePathsByChapter: [[String: String]]
    /// Source and translated headline of each chapter, for the contents, NCX, package and
    /// title page: worked out once, since each needs every chapter's targets.
    private(set) var chapterTitles: [(source: String, target: String?)]

    /// Folder of the publication inside the zip.
    static let root = "EPUB/"
    static let packagePath = "package.opf"
    static let navigationPath = "nav.xhtml"
    static let ncxPath = "toc.ncx"
    static let titlePagePath = "text/title.xhtml"
    /// Used when neither the book nor any article has a date: the bytes must not depend on the clock.
    static let fallbackDate = Date(timeIntervalSince1970: 946_684_800)  // 2000-01-01T00:00:00Z

    struct EmbeddedImage {
        let path: String
        let bytes: [UInt8]
        let mediaType: ImageMediaType
        var manifestID: String
    }

    init(book original: Book, options: EPUBOptions) {
        var book = original
        book.sourceLanguage = Self.wellFormed(book.sourceLanguage)
        book.targetLanguage = Self.wellFormed(book.targetLanguage)
        for index in book.chapters.indices {
            let language = book.chapters[index].document.metadata.sourceLanguage
            book.chapters[index].declareSourceLanguage(Self.wellFormed(language))
        }
        self.book = book
        self.options = options
        var images: [EmbeddedImage] = []
        var pathsByBytes: [[UInt8]: String] = [:]
        var pathsByChapter: [[String: String]] = []
        for chapter in book.chapters {
            var paths: [String: String] = [:]
            for block in chapter.document.blocks {
                guard case .image(let image) = block.role, paths[image.source] == nil,
                      let bytes = chapter.localImages[image.source],
                      let type = ImageMediaType(sniffing: bytes) else { continue }
                if let existing = pathsByBytes[bytes] {
                    paths[image.source] = existing
                    continue
                }
                let number = String(format: "%04d", images.count + 1)
                let path = "images/image-\(number).\(type.fileExtension)"
                images.append(EmbeddedImage(path: path, bytes: bytes, mediaType: type, manifestID: "img-\(number)"))
                pathsByBytes[bytes] = path
                paths[image.source] = path
            }
            pathsByChapter.append(paths)
        }
        self.images = images
        self.imagePathsByChapter = pathsByChapter
        self.chapterTitles = []
        self.chapterTitles = book.chapters.enumerated().map { index, chapter in
            let renderer = renderer(for: chapter, at: index)
            return (renderer.sourceTitle, renderer.targetTitle)
        }
    }

    /// The tag itself when it is well-formed BCP 47, else `und` (undetermined): a malformed
    /// `xml:lang` or `dc:language` is an EPUBCheck error, and the tag may come from a feed.
    static func wellFormed(_ tag: LanguageTag) -> LanguageTag {
        LanguageTag(tag.rawValue) ?? LanguageTag(stringLiteral: "und")
    }

    var hasTitlePage: Bool { options.titlePage ?? (book.chapters.count > 1) }

    /// `text/c0001.xhtml`, …: zero-padded so file listings sort in reading order.
    func chapterPath(_ index: Int) -> String {
        "text/" + chapterID(index) + ".xhtml"
    }

    func chapterID(_ index: Int) -> String {
        "c" + String(format: "%04d", index + 1)
    }

    func renderer(for chapter: Chapter, at index: Int) -> ChapterRenderer {
        let paths = imagePathsByChapter[index].mapValues { "../" + $0 }
        return ChapterRenderer(chapter: chapter, layout: options.layout, reviewCopy: options.reviewCopy,
                               targetLanguage: book.targetLanguage, imagePaths: paths)
    }

    /// The language the book is mostly read in: the translation's for target-only books.
    var primaryLanguage: LanguageTag {
        options.layout == .targetOnly && !options.reviewCopy ? book.targetLanguage : book.sourceLanguage
    }

    /// Every language of the book, primary first, then the other of the pair, then any other
    /// article languages in order of appearance.
    var languages: [LanguageTag] {
        var result: [LanguageTag] = []
        let candidates = [primaryLanguage, book.sourceLanguage, book.targetLanguage]
            + book.chapters.map(\.document.metadata.sourceLanguage)
        for language in candidates where !result.contains(language) { result.append(language) }
        return result
    }

    /// The book's date: given, or the latest article's, or a fixed fallback; never now.
    var date: Date {
        book.date ?? book.chapters.compactMap(\.document.metadata.published).max() ?? Self.fallbackDate
    }

    /// `urn:uuid:` built from two independent FNV-1a digests of the title, languages, layout
    /// and the articles' identifiers (version nibble 8, "custom", per RFC 9562).
    var identifier: String {
        if let given = book.identifier?.trimmingCharacters(in: .whitespacesAndNewlines), !given.isEmpty { return given }
        func digest(_ salt: String) -> UInt64 {
            var hasher = Fingerprint.Hasher()
            hasher.combine(salt)
            hasher.combine(book.title)
            hasher.combine(book.sourceLanguage.rawValue)
            hasher.combine(book.targetLanguage.rawValue)
            hasher.combine(options.reviewCopy ? "review" : options.layout.rawValue)
            for chapter in book.chapters { hasher.combine(chapter.document.identifier) }
            return hasher.finalize().value
        }
        let high = (digest("diglot-epub-high") & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_8000
        let low = (digest("diglot-epub-low") & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        let hex = Fingerprint(value: high).hex + Fingerprint(value: low).hex
        let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
            String(hex.dropFirst(range.lowerBound).prefix(range.count))
        }
        return "urn:uuid:" + parts.joined(separator: "-")
    }


    /// Distinct outlets in order of appearance.
    var outlets: [String] {
        var result: [String] = []
        for chapter in book.chapters {
            guard let outlet = chapter.document.metadata.outlet.map(ChapterRenderer.collapsed), !outlet.isEmpty,
                  !result.contains(outlet) else { continue }
            result.append(outlet)
        }
        return result
    }
}
