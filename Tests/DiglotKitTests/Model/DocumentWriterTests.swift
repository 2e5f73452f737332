import Foundation
import Testing
@testable import DiglotKit

/// One contract for every `DocumentWriter`, run through the protocol alone: a real article in,
/// the same bytes on every call, and bytes its format's reader accepts.
@Suite struct DocumentWriterTests {
    /// Writes twice through the protocol; the two outputs must be identical.
    private func written<W: DocumentWriter>(by writer: W, _ input: W.Input, options: W.Options) throws -> [UInt8] {
        let first = try writer.write(input, options: options)
        let second = try writer.write(input, options: options)
        #expect(!first.isEmpty)
        #expect(first == second, "\(W.self) wrote different bytes for the same input")
        return first
    }

    private func article() throws -> Document {
        SentenceSegmenter().segment(try BlockLayoutTests.document("layout-cases.html"))
    }

    @Test func xliffWritersAreDeterministicAndReadBack() throws {
        let document = try article()
        let options = XLIFFWriterOptions(targetLanguage: "zh-Hans")
        for bytes in [try written(by: XLIFF12Writer(), document, options: options),
                      try written(by: XLIFF21Writer(), document, options: options)] {
            let imported = try XLIFFReader().read(bytes, file: "article.xlf")
            let verified = ImportVerifier().verify(imported)
            #expect(verified.errors.isEmpty)
            #expect(verified.document?.blocks.map(\.id) == document.blocks.map(\.id))
        }
    }

    @Test func htmlWriterIsDeterministicAndWellFormed() throws {
        let translated = TranslatedDocument(document: try article(), targetLanguage: "zh-Hans", translations: [:])
        let bytes = try written(by: HTMLWriter(), translated, options: ())
        let root = try MarkupParser.parseXML(bytes, file: "article.html", rejectDoctype: false)
        #expect(root.name == "html")
    }

    @Test func epubWriterIsDeterministicAndUnpacks() throws {
        let translated = TranslatedDocument(document: try article(), targetLanguage: "zh-Hans", translations: [:])
        let book = Book(article: Chapter(translated), targetLanguage: "zh-Hans")
        let bytes = try written(by: EPUBWriter(), book, options: EPUBOptions(layout: .sideBySide))
        let contents = try EPUBContents(bytes)
        #expect(contents.entries.first?.path == "mimetype")
        for path in contents.chapterPaths { _ = try contents.xml(path) }
    }
}
