import Foundation
import Testing
@testable import DiglotKit

/// Seeded random paragraphs (punctuation-heavy, with codes, emoji and hits) through the
/// segmenter and both writers: nothing crashes, nothing is lost, the XML stays well-formed.
@Suite struct SentenceSegmenterFuzzTests {
    static let pieces = ["。", ".", " ", "  ", "”", "“", "！", "?", "…", "……", "A", "b", "Mr.", "U.S.", "3.5", "克里", "说", "😀", "\t", "\n", "；", "」", "(", ")", "e.g.", "J.", "&", "<"]

    static func randomBlock(seed: UInt64) -> (Block, LanguageTag) {
        var generator = SeededGenerator(seed: seed)
        var runs: [InlineRun] = []
        var open: [InlineCode] = []
        var nextID = 1
        var terms: [TermOccurrence] = []
        let entry = GlossaryEntry(source: "克里", target: "John Kerry")
        for _ in 0..<Int.random(in: 1...40, using: &generator) {
            switch Int.random(in: 0..<10, using: &generator) {
            case 0 where open.count < 3:
                let code = InlineCode(id: nextID, kind: [.strong, .link, .emphasis].randomElement(using: &generator) ?? .strong, element: "b")
                nextID += 1
                open.append(code)
                runs.append(.open(code))
            case 1 where !open.isEmpty:
                runs.append(.close(open.removeLast()))
            case 2:
                runs.append(.placeholder(InlineCode(id: nextID, kind: .lineBreak, element: "br")))
                nextID += 1
            default:
                var text = ""
                for _ in 0..<Int.random(in: 1...8, using: &generator) { text += pieces.randomElement(using: &generator) ?? "" }
                if let range = text.range(of: "克里") {
                    let lower = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
                    terms.append(TermOccurrence(runIndex: runs.count, range: lower..<(lower + 2), entry: entry))
                }
                runs.append(.text(text))
            }
        }
        while let code = open.popLast() { runs.append(.close(code)) }
        let language: LanguageTag = Bool.random(using: &generator) ? "zh-Hans" : "en"
        return (Block(id: UnitID(rawValue: "p-\(seed)"), role: .paragraph, segments: [Segment(runs: runs, terms: terms)], isTranslatable: true), language)
    }

    @Test(arguments: 0..<200)
    func segmentingLosesNothingAndWritersStayWellFormed(seed: Int) throws {
        let (block, language) = Self.randomBlock(seed: UInt64(seed))
        let document = Document(metadata: ArticleMetadata(sourceLanguage: language, origin: "fuzz"), blocks: [block])
        let segmented = SentenceSegmenter().segment(document)
        let result = segmented.blocks[0]
        #expect(result.plainText == block.plainText)
        #expect(result.sourceFingerprint == block.sourceFingerprint)
        #expect(result.runs.filter { if case .text = $0 { false } else { true } } == block.runs.filter { if case .text = $0 { false } else { true } })
        #expect(result.segments.flatMap(\.terms).count == block.segments[0].terms.count)
        for segment in result.segments {
            for term in segment.terms {
                guard case .text(let text) = segment.runs[term.runIndex] else { Issue.record("term on a code run"); continue }
                let scalars = Array(text.unicodeScalars)[term.range]
                #expect(String(String.UnicodeScalarView(scalars)) == "克里")
            }
        }
        #expect(SentenceSegmenter().segment(segmented) == segmented)
        let options = XLIFFWriterOptions(targetLanguage: language.primary == "zh" ? "en" : "zh-Hans", copySource: seed % 2 == 0, toolVersion: "fuzz")
        for bytes in [try XLIFF12Writer().write(segmented, options: options), try XLIFF21Writer().write(segmented, options: options)] {
            let root = try MarkupParser.parseXML(bytes, file: "fuzz.xlf", rejectDoctype: true)
            #expect(try XLIFFSkeleton.extract(fromXLIFF: bytes, file: "fuzz.xlf").document == segmented)
            #expect(root.name == "xliff")
        }
    }
}
