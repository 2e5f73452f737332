import Foundation
import Testing
@testable import DiglotKit

/// Real articles through a real CAT tool: export (1.2 and 2.1, paragraphs and sentences) →
/// Translate Toolkit fills every target (`tt-fill`) → import. Every unit must merge, every
/// filled target must appear in order in the HTML and in the EPUB, the HTML's inline markup
/// must match the source's, and the EPUB must pass EPUBCheck. Skipped without the referee.
@Suite(.serialized) struct ImportRoundTripTests {
    static let articles = ["economist-0006", "rfa-0003", "bbc-0008", "cdt-0009", "nyt-0003"]

    struct Case: CustomStringConvertible, Sendable {
        var article: String
        var version: XLIFFVersion
        var sentences: Bool
        var description: String { "\(article) \(version.rawValue)\(sentences ? " sentences" : "")" }
    }

    static let cases: [Case] = articles.flatMap { article in
        [XLIFFVersion.v1_2, .v2_1].flatMap { version in [false, true].map { Case(article: article, version: version, sentences: $0) } }
    }

    private static func fixture(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures/Import"))
        return Array(try Data(contentsOf: url))
    }

    private static func squash(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }

    /// Target texts of a filled file, in file order, read straight from the XML.
    private static func filledTargets(_ bytes: [UInt8]) throws -> [String] {
        let root = try MarkupParser.parseXML(bytes, file: "filled.xlf", rejectDoctype: true)
        var targets: [String] = []
        func walk(_ element: MarkupElement) {
            if element.name == "target" {
                targets.append(element.textContent)
                return
            }
            if element.name == "alt-trans" { return }
            element.elements().forEach(walk)
        }
        walk(root)
        return targets.filter { !squash($0).isEmpty }
    }

    /// Text of an HTML page in reading order, image alt texts in place.
    private static func pageText(_ bytes: [UInt8]) throws -> String {
        let root = try MarkupParser.parseHTML(bytes, file: "page.html")
        var text = ""
        func walk(_ element: MarkupElement) {
            if element.name == "head" { return }
            if element.name == "img" { text += element.attribute("alt") ?? "" }
            for child in element.children {
                switch child {
                case .text(let string): text += string
                case .element(let inner): walk(inner)
                case .comment: break
                }
            }
        }
        walk(root)
        return text
    }

    /// Inline markup per block element: the start tags (with href) and end tags in order.
    private static func inlineStructure(_ bytes: [UInt8]) throws -> [String] {
        let root = try MarkupParser.parseHTML(bytes, file: "page.html")
        let blocks: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "td", "th", "dt", "dd", "figcaption", "blockquote", "pre"]
        var result: [String] = []
        func walk(_ element: MarkupElement, into current: inout String) {
            for case .element(let child) in element.children {
                if blocks.contains(child.name) {
                    var inner = "<\(child.name)>"
                    walk(child, into: &inner)
                    result.append(inner)
                } else if ["ul", "ol", "table", "tr", "dl", "figure", "article", "body", "html"].contains(child.name) {
                    walk(child, into: &current)
                } else {
                    current += "<\(child.name)\(child.attribute("href").map { " href=\($0)" } ?? "")>"
                    walk(child, into: &current)
                    current += "</\(child.name)>"
                }
            }
        }
        var outside = ""
        walk(root, into: &outside)
        return result
    }

    /// Whether `needles` occur in `haystack` one after the other; the first one missing otherwise.
    private static func firstMissingInOrder(_ needles: [String], in haystack: String) -> String? {
        var position = haystack.startIndex
        for needle in needles {
            guard let range = haystack.range(of: needle, range: position..<haystack.endIndex) else { return needle }
            position = range.upperBound
        }
        return nil
    }

    @Test(.enabled(if: TestScope.referee), arguments: cases)
    func roundTripThroughTranslateToolkit(_ item: Case) throws {
        let referee = try #require(Referee.available)
        let directory = try TemporaryDirectory().url
        defer { try? FileManager.default.removeItem(at: directory) }

        let options = ExportOptions(targetLanguages: ["en", "zh-Hans"], xliffVersion: item.version, sentences: item.sentences)
        let outcome = Exporter(options: options).export(InputSource(name: item.article + ".txt", bytes: try Self.fixture(item.article)),
                                                        stem: item.article)
        #expect(outcome.errors.isEmpty)
        let package = try #require(outcome.packages.first)
        let exported = directory.appendingPathComponent("exported.xlf")
        let filled = directory.appendingPathComponent("filled.xlf")
        try Data(package.xliff).write(to: exported)
        let fill = try referee.run("tt-fill", [exported.path, filled.path])
        #expect(fill.status == 0, "\(fill.output)")
        let filledBytes = Array(try Data(contentsOf: filled))

        let importer = Importer(options: Importer.Options(html: true, epub: true))
        let result = importer.importFile(filledBytes, name: "filled.xlf")
        #expect(result.report.merged, "\(result.report.errors)")
        #expect(result.report.errors.isEmpty)
        #expect(result.report.untranslatedUnits == 0)
        #expect(!result.report.issues.contains { $0.code == .untranslated || $0.code == .missingCode || $0.code == .misorderedCode })
        let translated = try #require(result.translated)
        #expect(translated.translations.count == translated.document.translatableBlocks.count)

        // Every filled target, in order, in the HTML.
        let targets = try Self.filledTargets(filledBytes).map(Self.squash)
        #expect(!targets.isEmpty)
        let html = try #require(result.html)
        let page = Self.squash(try Self.pageText(html))
        #expect(Self.firstMissingInOrder(targets, in: page) == nil, "missing from the HTML: \(Self.firstMissingInOrder(targets, in: page) ?? "")")

        // The same inline markup as the source article.
        let sourceOnly = TranslatedDocument(document: translated.document, targetLanguage: translated.targetLanguage, translations: [:])
        #expect(try Self.inlineStructure(html) == Self.inlineStructure(try HTMLWriter().write(sourceOnly)))

        // Every filled target, in order, in the EPUB; and the EPUB passes EPUBCheck.
        let epub = directory.appendingPathComponent("book.epub")
        try Data(try #require(result.epub)).write(to: epub)
        let text = try referee.run("epub-text", [epub.path])
        #expect(text.status == 0)
        let bookText = Self.squash(text.output)
        #expect(Self.firstMissingInOrder(targets, in: bookText) == nil, "missing from the EPUB: \(Self.firstMissingInOrder(targets, in: bookText) ?? "")")
        if item.sentences == (item.version == .v2_1) {
            let check = try referee.run("check-epub", [epub.path])
            #expect(check.status == 0, "\(check.output)")
        }
    }
}
