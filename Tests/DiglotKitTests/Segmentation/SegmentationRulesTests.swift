import Foundation
import Testing
@testable import DiglotKit

/// The built-in rules on real news paragraphs and on the hard cases, kept as fixtures:
/// one expected sentence a line, paragraphs separated by blank lines.
@Suite struct SegmentationRulesTests {
    struct Paragraph: CustomTestStringConvertible, Sendable {
        var label: String
        var language: LanguageTag
        var sentences: [String]
        var joiner: String
        var text: String { sentences.joined(separator: joiner) }
        var testDescription: String { "\(language) \(label): \(sentences.first?.prefix(24) ?? "")" }
    }

    static func paragraphs(_ name: String, language: LanguageTag, joiner: String) -> [Paragraph] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures/Segmentation"),
              let content = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var result: [Paragraph] = []
        var label = ""
        var sentences: [String] = []
        for line in content.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) + [""] {
            if line.hasPrefix("#") {
                label = String(line.dropFirst(2))
            } else if line.isEmpty {
                if !sentences.isEmpty { result.append(Paragraph(label: label, language: language, sentences: sentences, joiner: joiner)) }
                sentences = []
            } else if line.hasSuffix("␣") {
                sentences.append(String(line.dropLast()) + " ")
            } else {
                sentences.append(line)
            }
        }
        return result
    }

    static let chinese = paragraphs("zh-sentences", language: "zh-Hans", joiner: "")
    static let english = paragraphs("en-sentences", language: "en", joiner: " ")

    @Test func fixturesAreLoaded() {
        #expect(Self.chinese.count >= 10)
        #expect(Self.english.count >= 10)
    }

    @Test(arguments: chinese + english)
    func splitsLikeAnEditorWould(_ paragraph: Paragraph) {
        let sentences = SentenceSegmenter().sentences(in: paragraph.text, language: paragraph.language)
        #expect(sentences.joined() == paragraph.text)
        #expect(sentences == paragraph.sentences.enumerated().map { index, sentence in
            index < paragraph.sentences.count - 1 && !sentence.hasSuffix(" ") ? sentence + paragraph.joiner : sentence
        })
    }

    @Test func englishRulesApplyToLatinTextInsideChinese() {
        let sentences = SentenceSegmenter().sentences(in: "Mr. Smith arrived. 他说：“你好。”", language: "zh-Hans")
        #expect(sentences == ["Mr. Smith arrived. ", "他说：“你好。”"])
    }

    @Test func customRulesReplaceTheBuiltInOnes() throws {
        let rules = SegmentationRules(name: "pipes", rules: [.breakAfter(#"\|"#)])
        let segmenter = try SentenceSegmenter(rules: rules)
        #expect(segmenter.sentences(in: "a|b. C|d", language: "en") == ["a|", "b. C|", "d"])
    }

    @Test func badPatternsAreReported() {
        let rules = SegmentationRules(name: "broken", rules: [.breakAfter("(unclosed")])
        #expect(throws: SegmentationError.self) { try SentenceSegmenter(rules: rules) }
    }

    @Test func languagesPickTheirRuleList() {
        #expect(SegmentationRules.forLanguage("zh-Hant-TW").name == "zh")
        #expect(SegmentationRules.forLanguage("ja").name == "zh")
        #expect(SegmentationRules.forLanguage("en-GB").name == "en")
        #expect(SegmentationRules.forLanguage("fr").name == "en")
    }
}
