import Foundation
import Testing
@testable import DiglotKit

@Suite struct HTMLWriterTests {
    static let link = InlineCode(id: 1, kind: .link, element: "a", attributes: [
        Attribute(name: "href", value: "https://example.com/a?x=1&y=\"2\""), Attribute(name: "onclick", value: "steal()"),
    ])
    static let strong = InlineCode(id: 2, kind: .strong, element: "strong")
    static let lineBreak = InlineCode(id: 3, kind: .lineBreak, element: "br")
    static let hostile = InlineCode(id: 1, kind: .link, element: "a", attributes: [Attribute(name: "href", value: " javascript:alert(1)")])
    static let script = InlineCode(id: 2, kind: .other, element: "script")

    /// An article with every block role, and translations for most of it.
    static func article() -> TranslatedDocument {
        var allocator = UnitIDAllocator()
        var blocks: [Block] = []
        var translations: [UnitID: Translation] = [:]
        func add(_ role: BlockRole, _ segments: [[InlineRun]], translated: [[InlineRun]]? = nil,
                 status: TranslationStatus = .translated, translatable: Bool = true) {
            let text = segments.map { Segment(runs: $0).plainText }.joined()
            let id = allocator.next(role: role, text: text)
            blocks.append(Block(id: id, role: role, segments: segments.map { Segment(runs: $0) }, isTranslatable: translatable))
            if let translated { translations[id] = Translation(segments: translated, status: status) }
        }
        add(.title, [[.text("克里访华")]], translated: [[.text("Kerry visits China")]])
        add(.paragraph, [[.text("2023年7月7日")]], translatable: false)
        add(.paragraph, [[.text("据"), .open(link), .text("法新社"), .close(link), .text("报道，"), .open(strong), .text("会谈"), .close(strong), .text("。")]],
            translated: [[.text("According to "), .open(link), .text("AFP"), .close(link), .text(", the "), .open(strong), .text("talks"), .close(strong), .text(" & more.")]])
        add(.heading(level: 2), [[.text("第一行"), .placeholder(lineBreak), .text("第二行")]],
            translated: [[.text("Line one"), .placeholder(lineBreak), .text("line two")]])
        add(.listItem(ordered: false, depth: 1), [[.text("甲")]], translated: [[.text("Alpha")]])
        add(.listItem(ordered: false, depth: 2), [[.text("乙")]], translated: [[.text("Beta")]])
        add(.listItem(ordered: false, depth: 1), [[.text("丙")]], translated: [[.text("Gamma")]])
        add(.listItem(ordered: true, depth: 1), [[.text("一")]], translated: [[.text("One")]])
        add(.tableCell(header: true, table: 0, row: 0, column: 0), [[.text("城市")]], translated: [[.text("City")]])
        add(.tableCell(header: true, table: 0, row: 0, column: 1), [[.text("人口")]], translated: [[.text("Population")]])
        add(.tableCell(header: false, table: 0, row: 1, column: 0), [[.text("北京")]], translated: [[.text("Beijing")]])
        add(.tableCell(header: false, table: 0, row: 1, column: 1), [[.text("2100万")]], translated: [[.text("21 million")]])
        add(.definitionTerm, [[.text("术语")]], translated: [[.text("Term")]])
        add(.definition, [[.text("定义")]], translated: [[.text("Definition")]])
        add(.image(Image(source: "https://example.com/p.jpg", link: "https://example.com/big.jpg")), [[.text("克里在北京")]],
            translated: [[.text("Kerry in Beijing")]])
        add(.caption, [[.text("图片说明")]], translated: [[.text("A caption")]])
        add(.blockquote, [[.text("引文")]], translated: [[.text("A quote")]], status: .needsReview)
        add(.preformatted, [[.text("a  b\n  c")]], translated: [[.text("a  b\n  c")]])
        add(.separator, [], translatable: false)
        add(.paragraph, [[.text("没有翻译的段落。")]])
        add(.paragraph, [[.text("第一句。")], [.text("第二句。")]], translated: [[.text("First sentence.")], []])
        add(.paragraph, [[.open(hostile), .text("危险"), .close(hostile), .placeholder(script)]],
            translated: [[.open(hostile), .text("Danger"), .close(hostile), .placeholder(script)]])
        let metadata = ArticleMetadata(title: "克里访华", url: "https://example.com/news?id=1&lang=zh",
                                       published: Date(timeIntervalSince1970: 1_688_766_303), outlet: "示例新闻",
                                       author: "王五", sourceLanguage: "zh-Hans", origin: "kerry.html")
        return TranslatedDocument(document: Document(metadata: metadata, blocks: blocks), targetLanguage: "en", translations: translations)
    }

    private func parsed(_ translated: TranslatedDocument = article()) throws -> (bytes: [UInt8], root: MarkupElement) {
        let bytes = try HTMLWriter().write(translated)
        return (bytes, try MarkupParser.parseXML(bytes, file: "out.html", rejectDoctype: false))
    }

    private func descendants(_ element: MarkupElement) -> [MarkupElement] {
        element.elements().flatMap { [$0] + descendants($0) }
    }

    @Test func writesAWellFormedHTML5Document() throws {
        let (bytes, root) = try parsed()
        #expect(String(decoding: bytes.prefix(15), as: UTF8.self) == "<!DOCTYPE html>")
        #expect(!String(decoding: bytes, as: UTF8.self).contains("<?xml"))
        #expect(root.name == "html" && root.attribute("lang") == "en")
        let head = try #require(root.firstElement("head"))
        #expect(head.elements("meta").first?.attribute("charset") == "utf-8")
        #expect(head.firstElement("title")?.textContent == "Kerry visits China")
        #expect(head.elements("link").first { $0.attribute("rel") == "canonical" }?.attribute("href") == "https://example.com/news?id=1&lang=zh")
        let metas = Dictionary(head.elements("meta").compactMap { meta in meta.attribute("name").map { ($0, meta.attribute("content") ?? "") } },
                               uniquingKeysWith: { first, _ in first })
        #expect(metas["date"] == "2023-07-07T21:45:03Z")
        #expect(metas["publisher"] == "示例新闻")
        #expect(metas["author"] == "王五")
    }

    @Test func rebuildsTheBlockStructure() throws {
        let (_, root) = try parsed()
        let article = try #require(root.firstElement("body")?.firstElement("article"))
        #expect(article.elements().map(\.name) == [
            "h1", "p", "p", "h2", "ul", "ol", "table", "dl", "figure", "blockquote", "pre", "hr", "p", "p", "p",
        ])
        let list = try #require(article.firstElement("ul"))
        #expect(list.elements("li").count == 2)
        #expect(list.elements("li").first?.firstElement("ul")?.firstElement("li")?.textContent == "Beta")
        let rows = try #require(article.firstElement("table")).elements("tr")
        #expect(rows.map { $0.elements().map(\.name) } == [["th", "th"], ["td", "td"]])
        #expect(rows.last?.elements().map(\.textContent) == ["Beijing", "21 million"])
        #expect(article.firstElement("dl")?.elements().map(\.name) == ["dt", "dd"])
        let figure = try #require(article.firstElement("figure"))
        #expect(figure.firstElement("a")?.attribute("href") == "https://example.com/big.jpg")
        #expect(figure.firstElement("a")?.firstElement("img")?.attribute("alt") == "Kerry in Beijing")
        #expect(figure.firstElement("figcaption")?.textContent == "A caption")
        #expect(article.firstElement("pre")?.textContent == "a  b\n  c")
    }

    @Test func restoresInlineMarkupAroundTheTranslation() throws {
        let (_, root) = try parsed()
        let paragraphs = try #require(root.firstElement("body")?.firstElement("article")).elements("p")
        let linked = paragraphs[1]
        #expect(linked.textContent == "According to AFP, the talks & more.")
        let anchor = try #require(linked.firstElement("a"))
        #expect(anchor.attributes == [Attribute(name: "href", value: "https://example.com/a?x=1&y=\"2\"")])
        #expect(anchor.textContent == "AFP")
        #expect(linked.firstElement("strong")?.textContent == "talks")
        let heading = try #require(root.firstElement("body")?.firstElement("article")?.firstElement("h2"))
        #expect(heading.children.count == 3 && heading.firstElement("br") != nil)
    }

    @Test func marksSourceFallbacksAndReviews() throws {
        let (_, root) = try parsed()
        let article = try #require(root.firstElement("body")?.firstElement("article"))
        let paragraphs = article.elements("p")
        let untranslated = paragraphs[2]
        #expect(untranslated.attribute("lang") == "zh-Hans" && untranslated.attribute("class") == "untranslated")
        #expect(untranslated.textContent == "没有翻译的段落。")
        let partial = paragraphs[3]
        #expect(partial.textContent == "First sentence.第二句。")
        #expect(partial.firstElement("span")?.attribute("lang") == "zh-Hans")
        #expect(article.firstElement("blockquote")?.attribute("class") == "needs-review")
        // Nothing to translate: no marker.
        #expect(paragraphs[0].attribute("class") == nil)
    }

    @Test func dropsWhatCouldRunCode() throws {
        let (bytes, root) = try parsed()
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.contains("onclick") && !text.contains("javascript:") && !text.contains("<script"))
        let last = try #require(root.firstElement("body")?.firstElement("article")?.elements("p").last)
        #expect(last.textContent == "Danger")
    }

    @Test func everyTranslatedCharacterReachesThePage() throws {
        let translated = Self.article()
        let (_, root) = try parsed(translated)
        let body = try #require(root.firstElement("body"))
        let alts = descendants(body).compactMap { $0.attribute("alt") }.joined()
        let page = body.textContent + alts
        for translation in translated.translations.values {
            for segment in translation.segments {
                let text = Segment(runs: segment).plainText
                if !text.isEmpty { #expect(page.contains(text), "\(text)") }
            }
        }
    }

    @Test func isDeterministic() throws {
        #expect(try HTMLWriter().write(Self.article()) == HTMLWriter().write(Self.article()))
    }
}
