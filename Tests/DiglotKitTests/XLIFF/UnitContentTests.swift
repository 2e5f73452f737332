import Foundation
import Testing
@testable import DiglotKit

@Suite struct UnitContentTests {
    static let kerry = XLIFFTestDocuments.kerry
    static let afp = XLIFFTestDocuments.afp
    static let methane = XLIFFTestDocuments.methane

    /// A unit where common terms hit again and again, across two segments, as with a big
    /// dictionary glossary (的, 是, 在 …).
    static func repetitiveBlock() -> Block {
        let hidden = GlossaryEntry(source: "克里米亚", target: "", type: .exclude)
        let first = Segment(runs: [.text("克里说克里和法新社。")], terms: [
            TermOccurrence(runIndex: 0, range: 0..<2, entry: kerry),
            TermOccurrence(runIndex: 0, range: 3..<5, entry: kerry),
            TermOccurrence(runIndex: 0, range: 6..<9, entry: afp),
        ])
        let second = Segment(runs: [.text("甲烷、克里、法新社、克里米亚。")], terms: [
            TermOccurrence(runIndex: 0, range: 0..<2, entry: methane),
            TermOccurrence(runIndex: 0, range: 3..<5, entry: kerry),
            TermOccurrence(runIndex: 0, range: 6..<9, entry: afp),
            TermOccurrence(runIndex: 0, range: 10..<14, entry: hidden),
        ])
        return Block(id: UnitID(rawValue: "p-1"), role: .paragraph, segments: [first, second], isTranslatable: true)
    }

    @Test func listsEachEntryOnceInOrderOfFirstHit() {
        let content = UnitContent(block: Self.repetitiveBlock())
        #expect(content.glossary.map(\.entry) == [Self.kerry, Self.afp, Self.methane])
        #expect(content.glossary.map(\.firstHit) == [1, 3, 4])
    }

    @Test func writersShowEachEntryOncePerUnitButMarkEveryHit() throws {
        let document = Document(metadata: ArticleMetadata(sourceLanguage: "zh-Hans", origin: "x.html"),
                                blocks: [Self.repetitiveBlock()])
        let options = XLIFFWriterOptions(targetLanguage: "en", toolVersion: "test")
        let lines = [Self.kerry, Self.afp, Self.methane].map(\.noteLine)

        let v12 = String(decoding: try XLIFF12Writer().write(document, options: options), as: UTF8.self)
        // Every hit is marked, in <source> and again in <seg-source>.
        #expect(v12.components(separatedBy: #"<mrk mtype="term""#).count - 1 == 2 * 6)
        #expect(v12.contains(#"<note from="glossary" annotates="source">"# + lines.joined(separator: "\n") + "</note>"))
        #expect(v12.components(separatedBy: "<note from=\"glossary\"").count - 1 == 1)

        let v21 = String(decoding: try XLIFF21Writer().write(document, options: options), as: UTF8.self)
        #expect(v21.components(separatedBy: #"type="term""#).count - 1 == 6)
        #expect(v21.components(separatedBy: "<gls:glossEntry ").count - 1 == 3)
        #expect(v21.contains(#"<note category="glossary">"# + lines.joined(separator: "\n") + "</note>"))
        for line in lines {
            #expect(v21.components(separatedBy: line).count - 1 == 1)
        }
    }
}
