import Foundation
import Testing
@testable import DiglotKit

@Suite struct GlossaryAnnotatorTests {
    private static let shipped = ShippedGlossary.glossary(from: "zh-Hans", to: "en") ?? Glossary()

    private func block(_ runs: [InlineRun], translatable: Bool = true, role: BlockRole = .paragraph) -> Block {
        var allocator = UnitIDAllocator()
        let text = runs.reduce(into: "") { if case .text(let string) = $1 { $0 += string } }
        return Block(id: allocator.next(role: role, text: text), role: role, segments: [Segment(runs: runs)], isTranslatable: translatable)
    }

    private func document(_ blocks: [Block]) -> Document {
        Document(metadata: ArticleMetadata(sourceLanguage: "zh-Hans", origin: "test"), blocks: blocks)
    }

    /// The seed article's paragraphs as plain text: feed-item header dropped, tags stripped.
    private static func seedParagraphs() throws -> [String] {
        let raw = String(decoding: try GlossaryFixtures.bytes("rfi-kerry-climate.txt"), as: UTF8.self)
        let lines = raw.components(separatedBy: "\n")
        let title = lines.count > 1 ? lines[1] : ""
        let body = lines.drop { !$0.hasPrefix("---") }.dropFirst().joined(separator: "\n")
        let pieces = ([title] + body.components(separatedBy: "</p>")).map { piece in
            piece.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
                .replacingOccurrences(of: "\\]\\(.*\\)$", with: "", options: .regularExpression)
                .replacingOccurrences(of: "&quot;", with: "\"")
                .replacingOccurrences(of: "&amp;", with: "&")
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return pieces.filter { !$0.isEmpty }
    }

    @Test(arguments: [
        ("克里", "John Kerry"), ("拜登", "Joe Biden"), ("耶伦", "Janet Yellen"), ("何立峰", "He Lifeng"),
        ("布林肯", "Antony Blinken"), ("解振华", "Xie Zhenhua"), ("南希·佩洛西", "Nancy Pelosi"),
        ("法新社", "AFP"), ("路透社", "Reuters"), ("彭博社", "Bloomberg"), ("纽约时报", "The New York Times"),
        ("甲烷", "methane"),
    ])
    func seedArticleMarksEveryOccurrence(term: String, translation: String) throws {
        let paragraphs = try Self.seedParagraphs()
        let annotated = GlossaryAnnotator(glossary: Self.shipped).annotate(document(paragraphs.map { block([.text($0)]) }))
        var expected = 0
        var marked = 0
        for (paragraph, block) in zip(paragraphs, annotated.blocks) {
            expected += paragraph.components(separatedBy: term).count - 1
            let scalars = Array(paragraph.unicodeScalars)
            for occurrence in block.segments[0].terms where occurrence.entry.source == term {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[occurrence.range])
                #expect(String(view) == term)
                #expect(occurrence.entry.target == translation)
                marked += 1
            }
        }
        #expect(expected > 0)
        #expect(marked == expected)
    }

    @Test func matchesStayInsideTextRuns() {
        let link = InlineCode(id: 1, kind: .link, element: "a", attributes: [Attribute(name: "href", value: "https://example.com")])
        let runs: [InlineRun] = [.text("美国总统拜"), .open(link), .text("登的特使克里"), .close(link), .text("与耶伦")]
        let annotated = GlossaryAnnotator(glossary: Self.shipped).annotate(document([block(runs)]))
        let terms = annotated.blocks[0].segments[0].terms
        #expect(terms.map(\.entry.source) == ["美国", "克里", "耶伦"])
        #expect(terms.map(\.runIndex) == [0, 2, 4])
        #expect(terms.map(\.range) == [0..<2, 4..<6, 1..<3])
    }

    @Test func nonTranslatableBlocksGetNoTerms() {
        var skeleton = block([.text("克里")], translatable: false)
        skeleton.segments[0].terms = [TermOccurrence(runIndex: 0, range: 0..<2, entry: GlossaryEntry(source: "克里", target: "x"))]
        let annotated = GlossaryAnnotator(glossary: Self.shipped).annotate(document([skeleton, block([.text("克里")])]))
        #expect(annotated.blocks[0].segments[0].terms.isEmpty)
        #expect(annotated.blocks[1].segments[0].terms.count == 1)
    }

    @Test func annotatingTwiceGivesTheSameDocument() {
        let annotator = GlossaryAnnotator(glossary: Self.shipped)
        let once = annotator.annotate(document([block([.text("克里与克里米亚")])]))
        #expect(annotator.annotate(once) == once)
    }

    @Test func hitCountsAreSortedByFrequency() {
        let annotator = GlossaryAnnotator(glossary: Self.shipped)
        let documents = [
            annotator.annotate(document([block([.text("克里说，克里米亚")]), block([.text("耶伦和克里")])])),
            annotator.annotate(document([block([.text("耶伦")]), block([.text("克里")], translatable: false)])),
        ]
        let counts = GlossaryAnnotator.hitCounts(in: documents)
        #expect(counts.map(\.entry.source) == ["克里", "耶伦", "克里米亚"])
        #expect(counts.map(\.count) == [2, 2, 1])
    }
}
