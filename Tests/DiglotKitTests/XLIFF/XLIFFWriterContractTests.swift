import Foundation
import Testing
@testable import DiglotKit

/// Checks every XLIFF writer passes, whatever the version.
@Suite struct XLIFFWriterContractTests {
    enum Version: String, CaseIterable, Sendable {
        case v1_2 = "1.2"
        case v2_1 = "2.1"

        func write(_ document: Document, _ options: XLIFFWriterOptions) throws(XLIFFError) -> [UInt8] {
            switch self {
            case .v1_2: try XLIFF12Writer().write(document, options: options)
            case .v2_1: try XLIFF21Writer().write(document, options: options)
            }
        }
    }

    static let options = XLIFFWriterOptions(targetLanguage: "en", toolVersion: "test")

    @Test(arguments: Version.allCases)
    func refusesADocumentWithNothingToTranslate(_ version: Version) {
        var document = XLIFFTestDocuments.chinese()
        document.blocks = document.blocks.filter { !$0.isTranslatable }
        let error = #expect(throws: XLIFFError.self) { try version.write(document, Self.options) }
        #expect(error?.description == "kerry.html: the article has no text to translate")
    }

    @Test(arguments: Version.allCases)
    func refusesMalformedLanguageTags(_ version: Version) {
        let options = XLIFFWriterOptions(targetLanguage: "not a tag", toolVersion: "test")
        #expect(throws: XLIFFError.self) { try version.write(XLIFFTestDocuments.chinese(), options) }
    }

    @Test(arguments: Version.allCases)
    func refusesDuplicateOrMalformedUnitIDs(_ version: Version) {
        var duplicate = XLIFFTestDocuments.chinese()
        duplicate.blocks[3].id = duplicate.blocks[2].id
        let error = #expect(throws: XLIFFError.self) { try version.write(duplicate, Self.options) }
        #expect(error?.unit == duplicate.blocks[2].id)
        var malformed = XLIFFTestDocuments.chinese()
        malformed.blocks[0].id = UnitID(rawValue: "has space")
        #expect(throws: XLIFFError.self) { try version.write(malformed, Self.options) }
    }

    @Test(arguments: Version.allCases)
    func skeletonInTheFileRebuildsTheDocument(_ version: Version) throws {
        for document in [XLIFFTestDocuments.chinese(), XLIFFTestDocuments.chineseSegmented(), XLIFFTestDocuments.englishSegmented()] {
            let bytes = try version.write(document, Self.options)
            #expect(try XLIFFSkeleton.extract(fromXLIFF: bytes, file: "x.xlf").document == document)
        }
    }

    /// Every writer case against the strict schemas (1.2 strict, 2.1 core and modules): one
    /// referee run per version (two validators: libxml2 and Xerces), as the JVM is slow to start.
    @Test(.enabled(if: TestScope.referee), arguments: Version.allCases)
    func validatesAgainstTheSchemas(_ version: Version) throws {
        let directory = try Referee.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var paths: [String] = []
        for testCase in XLIFFWriterCase.all {
            let url = directory.appendingPathComponent(testCase.name + ".xlf")
            try Data(try version.write(testCase.document, testCase.options)).write(to: url)
            paths.append(url.path)
        }
        let outcome = try #require(try Referee.run("check-xliff", ["--xerces"] + paths))
        #expect(outcome.status == 0, "\(outcome.output)")
        #expect(outcome.output.contains("xliff: \(paths.count) valid, 0 invalid"), "\(outcome.output)")
        #expect(outcome.output.components(separatedBy: "OK (XLIFF \(version.rawValue))").count == paths.count + 1)
    }

    @Test func damagedOrBlockingHitsAreLeftUnmarked() throws {
        let kerry = XLIFFTestDocuments.kerry
        let blocking = GlossaryEntry(source: "克里米亚", target: "", type: .exclude)
        let code = InlineCode(id: 1, kind: .strong, element: "b")
        let block = Block(id: UnitID(rawValue: "p-1"), role: .paragraph, segments: [Segment(runs: [
            .text("克里米亚和克里"), .open(code), .text("克里"), .close(code),
        ], terms: [
            TermOccurrence(runIndex: 0, range: 0..<4, entry: blocking),
            TermOccurrence(runIndex: 0, range: 5..<7, entry: kerry),
            TermOccurrence(runIndex: 0, range: 6..<8, entry: kerry),   // overlaps, and runs past the text
            TermOccurrence(runIndex: 1, range: 0..<2, entry: kerry),   // on a code
            TermOccurrence(runIndex: 9, range: 0..<2, entry: kerry),   // no such run
            TermOccurrence(runIndex: 2, range: 0..<2, entry: kerry),
        ])], isTranslatable: true)
        let document = Document(metadata: ArticleMetadata(sourceLanguage: "zh-Hans", origin: "damaged"), blocks: [block])
        let v12 = String(decoding: try XLIFF12Writer().write(document, options: Self.options), as: UTF8.self)
        #expect(v12.contains(#"<source>克里米亚和<mrk mtype="term" comment="John Kerry">克里</mrk><g id="1" ctype="bold"><mrk mtype="term" comment="John Kerry">克里</mrk></g></source>"#))
        let v21 = String(decoding: try XLIFF21Writer().write(document, options: Self.options), as: UTF8.self)
        #expect(v21.contains(#"克里米亚和<mrk id="m1" type="term" value="John Kerry">克里</mrk><pc id="1""#))
        #expect(v21.contains(##"<gls:glossEntry id="g1" ref="#m1">"##))
        #expect(!v21.contains("m3"))
    }

    /// Real paragraphs from the corpus, sentence-segmented, through both writers, the schema
    /// validators and Translate Toolkit.
    @Test(.enabled(if: TestScope.referee)) func realArticlesValidateAndSurviveTranslateToolkit() throws {
        let directory = try Referee.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var written: [String] = []
        var unsegmented12: [String] = []
        for (language, paragraphs) in [("zh-Hans", SegmentationRulesTests.chinese), ("en", SegmentationRulesTests.english)] {
            let tag = LanguageTag(language) ?? "en"
            var allocator = UnitIDAllocator()
            let blocks = paragraphs.enumerated().map { index, paragraph in
                let role: BlockRole = index == 0 ? .title : .paragraph
                let link = InlineCode(id: 1, kind: .link, element: "a", attributes: [Attribute(name: "href", value: "https://example.com/\(index)")])
                let words = paragraph.text
                let cut = words.index(words.startIndex, offsetBy: min(4, words.count))
                return Block(id: allocator.next(role: role, text: words), role: role, segments: [Segment(runs: [
                    .open(link), .text(String(words[..<cut])), .close(link), .text(String(words[cut...])),
                ])], isTranslatable: true)
            }
            let document = Document(metadata: ArticleMetadata(title: paragraphs.first?.text, sourceLanguage: tag, origin: language + ".html"),
                                    blocks: blocks)
            let options = XLIFFWriterOptions(targetLanguage: language == "en" ? "zh-Hans" : "en", toolVersion: "test")
            for (name, input) in [("plain", document), ("sentences", SentenceSegmenter().segment(document))] {
                for version in Version.allCases {
                    let url = directory.appendingPathComponent("\(language)-\(name)-\(version.rawValue).xlf")
                    try Data(try version.write(input, options)).write(to: url)
                    written.append(url.path)
                    if name == "plain" && version == .v1_2 { unsegmented12.append(url.path) }
                }
            }
        }
        let check = try #require(try Referee.run("check-xliff", written))
        #expect(check.status == 0, "\(check.output)")

        for path in unsegmented12 {
            let filled = path + ".filled.xlf"
            let fill = try #require(try Referee.run("tt-fill", [path, filled]))
            #expect(fill.status == 0, "\(fill.output)")
            let again = try #require(try Referee.run("check-xliff", [filled]))
            #expect(again.status == 0, "\(again.output)")
            let text = try String(contentsOfFile: filled, encoding: .utf8)
            #expect(text.contains(#"<target state="translated">[译] <g id="1" ctype="link">"#))
        }
    }
}
