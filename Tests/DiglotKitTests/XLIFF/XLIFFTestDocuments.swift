import Foundation
@testable import DiglotKit

/// Hand-built documents that exercise every feature the XLIFF writers have to express.
enum XLIFFTestDocuments {
    static let kerry = GlossaryEntry(source: "克里", target: "John Kerry", type: .person, note: "US climate envoy")
    static let afp = GlossaryEntry(source: "法新社", target: "AFP", type: .org)
    static let methane = GlossaryEntry(source: "甲烷", target: "methane", forbidden: ["marsh gas"])

    static func link(_ id: Int, _ href: String) -> InlineCode {
        InlineCode(id: id, kind: .link, element: "a", attributes: [Attribute(name: "href", value: href)])
    }

    /// A Chinese article: headline, linked and emphasised text, glossary hits, a line break,
    /// an image with alt text, a non-translatable date line, and a `<strong>` spanning two
    /// sentences once segmented.
    static func chinese() -> Document {
        var allocator = UnitIDAllocator()
        func block(_ role: BlockRole, _ runs: [InlineRun], terms: [TermOccurrence] = [], translatable: Bool = true) -> Block {
            let text = runs.reduce(into: "") { if case .text(let t) = $1 { $0 += t } }
            return Block(id: allocator.next(role: role, text: text), role: role,
                         segments: [Segment(runs: runs, terms: terms)], isTranslatable: translatable)
        }
        let strong = InlineCode(id: 2, kind: .strong, element: "strong")
        let metadata = ArticleMetadata(
            title: "克里与中方会谈 & 甲烷", url: "https://example.com/news/kerry?id=1&lang=zh",
            published: Date(timeIntervalSince1970: 1_688_766_303), outlet: "示例新闻",
            author: "记者 王五", summary: "美国气候特使克里访华。", sourceLanguage: "zh-Hans", origin: "kerry.html")
        let blocks = [
            block(.title, [.text("克里与中方会谈 & 甲烷")],
                  terms: [TermOccurrence(runIndex: 0, range: 0..<2, entry: kerry),
                          TermOccurrence(runIndex: 0, range: 10..<12, entry: methane)]),
            block(.paragraph, [.text("2023年7月7日")], translatable: false),
            block(.paragraph, [
                .text("据"), .open(link(1, "https://www.afp.com/?a=1&b=\"2\"")), .text("法新社"), .close(link(1, "https://www.afp.com/?a=1&b=\"2\"")),
                .text("报道，"), .open(strong), .text("克里表示，双方讨论了甲烷排放。克里说"), .close(strong),
                .text("会谈 <富有成效>。"),
            ], terms: [TermOccurrence(runIndex: 2, range: 0..<3, entry: afp),
                       TermOccurrence(runIndex: 6, range: 0..<2, entry: kerry),
                       TermOccurrence(runIndex: 6, range: 10..<12, entry: methane),
                       TermOccurrence(runIndex: 6, range: 15..<17, entry: kerry)]),
            block(.heading(level: 2), [.text("第一行"), .placeholder(InlineCode(id: 1, kind: .lineBreak, element: "br")), .text("第二行")]),
            block(.image(Image(source: "https://example.com/a.jpg", link: nil)), [.text("克里在北京")],
                  terms: [TermOccurrence(runIndex: 0, range: 0..<2, entry: kerry)]),
            block(.separator, [], translatable: false),
            block(.listItem(ordered: false, depth: 1), [
                .text("Text with "), .open(InlineCode(id: 1, kind: .superscript, element: "sup")), .text("2"),
                .close(InlineCode(id: 1, kind: .superscript, element: "sup")), .text(" and "),
                .placeholder(InlineCode(id: 2, kind: .image, element: "img", attributes: [Attribute(name: "src", value: "x.png"), Attribute(name: "alt", value: "")])),
                .text(" tab\there \u{1}control."),
            ]),
        ]
        return Document(metadata: metadata, blocks: blocks)
    }

    /// `chinese()` split into sentences by hand, so writer tests do not depend on the segmenter.
    static func chineseSegmented() -> Document {
        var document = chinese()
        let strong = InlineCode(id: 2, kind: .strong, element: "strong")
        let first = Segment(runs: [
            .text("据"), .open(link(1, "https://www.afp.com/?a=1&b=\"2\"")), .text("法新社"), .close(link(1, "https://www.afp.com/?a=1&b=\"2\"")),
            .text("报道，"), .open(strong), .text("克里表示，双方讨论了甲烷排放。"),
        ], terms: [TermOccurrence(runIndex: 2, range: 0..<3, entry: afp),
                   TermOccurrence(runIndex: 6, range: 0..<2, entry: kerry),
                   TermOccurrence(runIndex: 6, range: 10..<12, entry: methane)])
        let second = Segment(runs: [.text("克里说"), .close(strong), .text("会谈 <富有成效>。")],
                             terms: [TermOccurrence(runIndex: 0, range: 0..<2, entry: kerry)])
        document.blocks[2].segments = [first, second]
        return document
    }

    /// An English paragraph in two sentences with a space between them kept in the first.
    static func englishSegmented() -> Document {
        let emphasis = InlineCode(id: 1, kind: .emphasis, element: "em")
        let metadata = ArticleMetadata(title: "Talks", url: nil, published: nil, sourceLanguage: "en", origin: "talks.txt")
        let block = Block(id: UnitID(rawValue: "p-00000001"), role: .paragraph, segments: [
            Segment(runs: [.text("Mr. Kerry met "), .open(emphasis), .text("Chinese officials. ")]),
            Segment(runs: [.text("They talked"), .close(emphasis), .text(" for 3.5 hours.")]),
        ], isTranslatable: true)
        return Document(metadata: metadata, blocks: [block])
    }
}
