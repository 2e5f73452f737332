import Foundation

/// Writes a `Book` as an EPUB 3.3 publication, returned as the bytes of the `.epub` file.
///
/// The package holds `mimetype` (first, stored), `META-INF/container.xml`, and under `EPUB/`
/// the package document, a navigation document, an NCX for EPUB 2 reading systems, one
/// stylesheet, an optional title page, one XHTML document per article and the embedded
/// local images. Nothing depends on the clock, the machine or the time zone: dates come from
/// the articles, the identifier from the content, file order is fixed, so the same book
/// gives the same bytes. The writer never reads files or the network.
public struct EPUBWriter: Sendable {
    public init() {}

    /// The EPUB bytes of `book`.
    public func write(_ book: Book, options: EPUBOptions = EPUBOptions()) throws(EPUBError) -> [UInt8] {
        guard !book.chapters.isEmpty else { throw EPUBError.emptyBook }
        let plan = PublicationPlan(book: book, options: options)
        var files: [ZipEntry] = []
        do {
            for (index, chapter) in plan.book.chapters.enumerated() {
                let renderer = plan.renderer(for: chapter, at: index)
                files.append(ZipEntry(path: PublicationPlan.root + plan.chapterPath(index), bytes: try renderer.render()))
            }
            if plan.hasTitlePage {
                files.append(ZipEntry(path: PublicationPlan.root + PublicationPlan.titlePagePath, bytes: try plan.titlePage()))
            }
            files.append(ZipEntry(path: PublicationPlan.root + PublicationPlan.navigationPath, bytes: try plan.navigationDocument()))
            files.append(ZipEntry(path: PublicationPlan.root + PublicationPlan.ncxPath, bytes: try plan.ncx()))
            files.append(ZipEntry(path: PublicationPlan.root + XHTMLPage.stylesheetPath, bytes: Array(Stylesheet.css.utf8)))
            for image in plan.images {
                files.append(ZipEntry(path: PublicationPlan.root + image.path, bytes: image.bytes))
            }
            files.sort { $0.path < $1.path }
            files.insert(ZipEntry(path: PublicationPlan.root + PublicationPlan.packagePath, bytes: try plan.packageDocument()), at: 0)
            files.insert(ZipEntry(path: "META-INF/container.xml", bytes: try PublicationPlan.container()), at: 0)
        } catch {
            throw EPUBError.markup(error)
        }
        files.insert(ZipEntry(path: "mimetype", bytes: Array("application/epub+zip".utf8), isStored: true), at: 0)
        do {
            return try ZipArchive.archive(files)
        } catch {
            throw EPUBError.container(error)
        }
    }

    /// The translator's review copy of one exported article (`diglot export --epub`): unit
    /// IDs, glossary hits and empty slots for the translation.
    public func writeReviewCopy(of document: Document, targetLanguage: LanguageTag,
                                localImages: [String: [UInt8]] = [:]) throws(EPUBError) -> [UInt8] {
        let chapter = Chapter(document: document, translations: [:], localImages: localImages)
        return try write(Book(article: chapter, targetLanguage: targetLanguage), options: EPUBOptions(reviewCopy: true))
    }

    /// A one-article bilingual ebook from a re-imported translation.
    public func write(_ translated: TranslatedDocument, options: EPUBOptions = EPUBOptions(),
                      localImages: [String: [UInt8]] = [:]) throws(EPUBError) -> [UInt8] {
        let book = Book(article: Chapter(translated, localImages: localImages), targetLanguage: translated.targetLanguage)
        return try write(book, options: options)
    }
}
