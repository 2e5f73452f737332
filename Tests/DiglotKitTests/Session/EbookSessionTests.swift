import Foundation
import Testing
@testable import DiglotKit

@Suite struct EbookSessionTests {
    @Test func translatedXLIFFAndRawArticlesMakeOneBookInTheXLIFFsLanguage() throws {
        let files = try SessionTestFiles()
        defer { files.remove() }
        let translated = try files.put(try ImportTestSupport.translated12(), at: "in/translated.xlf")
        let article = try files.putFixture("rfi-kerry-climate.txt", at: "in/rfi.txt")
        let contents = EbookSession(inputs: [translated, article]).collect(scheduler: SerialScheduler())
        #expect(contents.errors.isEmpty && contents.untranslatedInputs.isEmpty)
        #expect(contents.targetLanguage == "en")
        let book = try #require(contents.book(title: "Two", sortedByDate: false))
        #expect(book.chapters.count == 2)
        #expect(book.chapters.map(\.isTranslated) == [true, false])
        try contents.write(book, layout: .interleaved, to: files.root + "/out/two.epub")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: files.root + "/out/two.epub"))
        #expect(bytes.starts(with: Array("PK".utf8)))
    }

    @Test(arguments: [
        (["zh-Hans", "en"], "en"),
        ([], "zh-Hans"),  // nothing given and no XLIFF: the source itself
    ] as [([LanguageTag], LanguageTag)])
    func theTargetIsTheFirstLanguageGivenThatDiffersFromTheSource(targets: [LanguageTag], expected: LanguageTag) throws {
        let files = try SessionTestFiles()
        defer { files.remove() }
        let article = try files.putFixture("rfi-kerry-climate.txt", at: "rfi.txt")
        let contents = EbookSession(inputs: [article], targetLanguages: targets).collect(scheduler: SerialScheduler())
        #expect(contents.targetLanguage == expected)
    }

    @Test func anUntranslatedXLIFFIsNamedAndAFeedWithoutTextFails() throws {
        let files = try SessionTestFiles()
        defer { files.remove() }
        let untranslated = try files.put(try ImportTestSupport.export12(copySource: true), at: "untranslated.xlf")
        let empty = try files.put(SessionTestFiles.feedWithoutText, at: "empty.rss")
        let feed = try files.put(SessionTestFiles.smallFeed, at: "news.rss")
        let contents = EbookSession(inputs: [untranslated, empty, feed]).collect(scheduler: SerialScheduler())
        #expect(contents.untranslatedInputs == [untranslated])
        #expect(contents.errors.map(\.description) == ["\(empty): no content: no item of the feed has text"])
        #expect(contents.chapters.count == 3)
    }

    @Test func noChapterNoBook() throws {
        let files = try SessionTestFiles()
        defer { files.remove() }
        let empty = try files.put(SessionTestFiles.feedWithoutText, at: "empty.rss")
        let contents = EbookSession(inputs: [empty]).collect(scheduler: SerialScheduler())
        #expect(contents.book(title: "None", sortedByDate: true) == nil)
        #expect(contents.errors.count == 1)
    }

    @Test func anXLIFFThatFailsVerificationIsATypedImportDiagnostic() throws {
        let files = try SessionTestFiles()
        defer { files.remove() }
        let tampered = try files.put(try ImportTestSupport.translated12WithEditedSource(), at: "tampered.xlf")
        let missing = files.root + "/missing.xlf"
        let contents = EbookSession(inputs: [tampered, missing]).collect(scheduler: SerialScheduler())
        #expect(contents.chapters.isEmpty)
        // A path that names nothing is found when the inputs are collected, before any is read.
        #expect(contents.errors.map(\.kind) == [.file, .import])
        #expect(contents.errors.map(\.file) == [missing, tampered])
        #expect(contents.errors.first?.description == "\(missing): no such file or directory")
        #expect(contents.errors.last?.unit != nil && contents.errors.last?.line != nil)
    }

    /// Each reason a file is refused is a diagnostic of its own, placed at its own unit, as
    /// `diglot import` reports them (not folded into the first one's message).
    @Test func everyReasonAnXLIFFIsRefusedIsItsOwnDiagnostic() throws {
        let files = try SessionTestFiles()
        defer { files.remove() }
        var xml = try ImportTestSupport.translated12()
        var searchStart = xml.startIndex
        for _ in 0..<2 {
            let source = try #require(xml.range(of: "<source>", range: searchStart..<xml.endIndex))
            xml.insert("X", at: source.upperBound)
            searchStart = xml.index(source.upperBound, offsetBy: 1)
        }
        let tampered = try files.put(xml, at: "tampered.xlf")
        let contents = EbookSession(inputs: [tampered]).collect(scheduler: SerialScheduler())
        #expect(contents.chapters.isEmpty)
        #expect(contents.errors.count == 2)
        #expect(contents.errors.allSatisfy { $0.kind == .import && $0.file == tampered && !$0.message.contains("\n") })
        #expect(Set(contents.errors.compactMap(\.unit)).count == 2)
    }
}
