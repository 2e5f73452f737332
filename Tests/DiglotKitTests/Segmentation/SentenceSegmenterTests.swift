import Foundation
import Testing
@testable import DiglotKit

@Suite struct SentenceSegmenterTests {
    static let bold = InlineCode(id: 1, kind: .strong, element: "b")
    static let italic = InlineCode(id: 2, kind: .emphasis, element: "i")
    static let lineBreak = InlineCode(id: 3, kind: .lineBreak, element: "br")

    private func document(_ language: LanguageTag, _ blocks: [Block]) -> Document {
        Document(metadata: ArticleMetadata(sourceLanguage: language, origin: "test"), blocks: blocks)
    }

    private func paragraph(_ runs: [InlineRun], terms: [TermOccurrence] = [], role: BlockRole = .paragraph,
                           translatable: Bool = true) -> Block {
        Block(id: UnitID(rawValue: "p-\(runs.count)"), role: role, segments: [Segment(runs: runs, terms: terms)],
              isTranslatable: translatable)
    }

    /// Adjacent text runs merged, so runs split at a sentence break compare equal to the original.
    private func merged(_ runs: [InlineRun]) -> [InlineRun] {
        var result: [InlineRun] = []
        for run in runs {
            if case .text(let text) = run, case .text(let previous)? = result.last {
                result[result.count - 1] = .text(previous + text)
            } else {
                result.append(run)
            }
        }
        return result
    }

    private func segments(_ block: Block, language: LanguageTag = "en") -> [[InlineRun]] {
        SentenceSegmenter().segment(document(language, [block])).blocks[0].segments.map(\.runs)
    }

    @Test func codeSpanningSentencesOpensInOneAndClosesInTheOther() {
        let block = paragraph([.open(Self.bold), .text("One sentence. Two"), .close(Self.bold), .text(" sentences.")])
        #expect(segments(block) == [
            [.open(Self.bold), .text("One sentence. ")],
            [.text("Two"), .close(Self.bold), .text(" sentences.")],
        ])
    }

    @Test func codesAtABreakGoToTheSentenceTheyBelongTo() {
        let block = paragraph([
            .open(Self.bold), .text("First."), .close(Self.bold), .text(" "),
            .open(Self.italic), .text("Second."), .close(Self.italic),
        ])
        #expect(segments(block) == [
            [.open(Self.bold), .text("First."), .close(Self.bold), .text(" ")],
            [.open(Self.italic), .text("Second."), .close(Self.italic)],
        ])
    }

    @Test func standaloneCodeAtABreakStaysWithTheEarlierSentence() {
        let block = paragraph([.text("第一句。"), .placeholder(Self.lineBreak), .text("第二句。")])
        #expect(segments(block, language: "zh-Hans") == [
            [.text("第一句。"), .placeholder(Self.lineBreak)],
            [.text("第二句。")],
        ])
    }

    @Test func zeroWidthCodesAtABreakKeepTheirOrder() {
        // Found by the fuzz test: an empty <b><br/></b> right at a sentence break.
        let block = paragraph([.text("一。"), .open(Self.bold), .placeholder(Self.lineBreak), .close(Self.bold), .text("二。")])
        #expect(segments(block, language: "zh-Hans") == [
            [.text("一。")],
            [.open(Self.bold), .placeholder(Self.lineBreak), .close(Self.bold), .text("二。")],
        ])
        let closing = paragraph([.open(Self.italic), .text("一。"), .placeholder(Self.lineBreak), .close(Self.italic), .open(Self.bold), .text("二。"), .close(Self.bold)])
        #expect(segments(closing, language: "zh-Hans") == [
            [.open(Self.italic), .text("一。"), .placeholder(Self.lineBreak), .close(Self.italic)],
            [.open(Self.bold), .text("二。"), .close(Self.bold)],
        ])
    }

    @Test func splitIsLosslessAndKeepsIDs() throws {
        let url = try #require(Bundle.module.url(forResource: "zh-sentences", withExtension: "txt", subdirectory: "Fixtures/Segmentation"))
        let paragraphs = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n\n")
        let texts = paragraphs.map { $0.split(separator: "\n").filter { !$0.hasPrefix("#") }.joined() }.filter { !$0.isEmpty }
        let blocks = texts.enumerated().map { index, joined in
            return Block(id: UnitID(rawValue: "p-\(index)"), role: .paragraph,
                         segments: [Segment(runs: [.open(Self.bold), .text(joined), .close(Self.bold)])], isTranslatable: true)
        }
        let original = document("zh-Hans", blocks)
        let segmented = SentenceSegmenter().segment(original)
        #expect(segmented.blocks.map(\.id) == original.blocks.map(\.id))
        #expect(segmented.metadata == original.metadata)
        for (before, after) in zip(original.blocks, segmented.blocks) {
            #expect(merged(after.runs) == merged(before.runs))
            #expect(after.sourceFingerprint == before.sourceFingerprint)
            #expect(after.segments.allSatisfy { !$0.plainText.allSatisfy(\.isWhitespace) })
        }
        #expect(segmented.blocks.map(\.segments.count).reduce(0, +) > segmented.blocks.count)
    }

    @Test func segmentingTwiceChangesNothing() {
        let block = paragraph([.text("Mr. Li left. "), .open(Self.bold), .text("He said no. Then"), .close(Self.bold), .text(" he went home.")])
        let once = SentenceSegmenter().segment(document("en", [block]))
        #expect(once.blocks[0].segments.count == 3)
        #expect(SentenceSegmenter().segment(once) == once)
    }

    @Test func leavesNonTranslatableAndPreformattedBlocksAlone() {
        let blocks = [
            paragraph([.text("One. Two.")], translatable: false),
            paragraph([.text("let a = 1. Then b.")], role: .preformatted),
        ]
        let segmented = SentenceSegmenter().segment(document("en", blocks))
        #expect(segmented.blocks == blocks)
    }

    @Test func neverBreaksInsideAGlossaryHitAndMovesHitsWithTheirText() {
        let dotted = GlossaryEntry(source: "Corp. Ltd", target: "公司")
        let kerry = GlossaryEntry(source: "Kerry", target: "克里")
        // "Acme Corp. Ltd" would break after "Corp." but the hit spans it.
        let block = paragraph([.text("He joined Acme Corp. Ltd last year. Then Kerry called.")], terms: [
            TermOccurrence(runIndex: 0, range: 15..<24, entry: dotted),
            TermOccurrence(runIndex: 0, range: 41..<46, entry: kerry),
        ])
        let result = SentenceSegmenter().segment(document("en", [block])).blocks[0]
        #expect(result.segments.map(\.plainText) == ["He joined Acme Corp. Ltd last year. ", "Then Kerry called."])
        #expect(result.segments[0].terms == [TermOccurrence(runIndex: 0, range: 15..<24, entry: dotted)])
        #expect(result.segments[1].terms == [TermOccurrence(runIndex: 0, range: 5..<10, entry: kerry)])
    }

    @Test func termsInLaterRunsAreRemapped() {
        let kerry = GlossaryEntry(source: "克里", target: "John Kerry")
        let block = paragraph([.text("会谈结束。"), .open(Self.bold), .text("克里说"), .close(Self.bold), .text("，好。")],
                              terms: [TermOccurrence(runIndex: 2, range: 0..<2, entry: kerry)])
        let result = SentenceSegmenter().segment(document("zh-Hans", [block])).blocks[0]
        #expect(result.segments.count == 2)
        #expect(result.segments[1].runs == [.open(Self.bold), .text("克里说"), .close(Self.bold), .text("，好。")])
        #expect(result.segments[1].terms == [TermOccurrence(runIndex: 1, range: 0..<2, entry: kerry)])
        #expect(result.segments[0].terms.isEmpty)
    }

    @Test func segmentedDocumentsWriteValidXLIFF() throws {
        let block = paragraph([.text("Mr. Li left. "), .open(Self.bold), .text("He said no. Then"), .close(Self.bold), .text(" he went home.")])
        let segmented = SentenceSegmenter().segment(document("en", [block]))
        let options = XLIFFWriterOptions(targetLanguage: "zh-Hans", toolVersion: "test")
        let v12 = String(decoding: try XLIFF12Writer().write(segmented, options: options), as: UTF8.self)
        #expect(v12.contains(#"<mrk mtype="seg" mid="1">Mr. Li left.</mrk> <mrk mtype="seg" mid="2"><bx id="1" rid="1" ctype="bold"/>He said no.</mrk> <mrk mtype="seg" mid="3">Then<ex id="1" rid="1"/> he went home.</mrk>"#))
        let v21 = String(decoding: try XLIFF21Writer().write(segmented, options: options), as: UTF8.self)
        #expect(v21.components(separatedBy: "<segment ").count == 4)
        #expect(v21.components(separatedBy: "<ignorable>").count == 3)
    }
}
