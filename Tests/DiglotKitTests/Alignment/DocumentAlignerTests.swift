import Foundation
import Testing
@testable import DiglotKit

@Suite struct DocumentAlignerTests {
    private func align(_ original: String, _ translation: String, sentences: Bool = false) throws
        -> (Document, DocumentAligner.Result) {
        let source = try AlignmentSamples.document(original, name: "en.txt", language: "en")
        let target = try AlignmentSamples.document(translation, name: "zh.txt", language: "zh-Hans")
        return (source, DocumentAligner().align(original: source, translation: target, targetLanguage: "zh-Hans", sentences: sentences))
    }

    @Test func mergedParagraphsAreSplitWhereTheirAnchorsSay() throws {
        let (source, result) = try align(AlignmentSamples.english, AlignmentSamples.chinese)
        let targets = source.translatableBlocks.map { result.translated.translations[$0.id]?.plainText ?? "" }
        #expect(targets == AlignmentSamples.expectedTargets)
        let beads = source.translatableBlocks.map { result.alignments[$0.id]?.bead }
        #expect(beads == ["1-1", "2-1", "2-1", "2-1", "2-1"])
        #expect(result.orphanCount == 0)
    }

    @Test func noTextOfTheTranslationIsDropped() throws {
        let (source, result) = try align(AlignmentSamples.english, AlignmentSamples.chinese)
        let joined = source.translatableBlocks.map { result.translated.translations[$0.id]?.plainText ?? "" }.joined()
        #expect(AlignmentSamples.characters(joined) == AlignmentSamples.characters(AlignmentSamples.chinese))
    }

    @Test func textThatMatchesNoParagraphIsAttachedAndFlagged() throws {
        let note = "\n\n编者按：本文根据2019年12月的采访整理，部分内容有删节，图片由读者提供。"
        let (source, result) = try align(AlignmentSamples.english, AlignmentSamples.chinese + note)
        #expect(result.orphanCount == 1)
        let last = try #require(source.translatableBlocks.last)
        let alignment = try #require(result.alignments[last.id])
        #expect(alignment.attachedOrphans == 1)
        #expect(alignment.needsReview)
        #expect(result.translated.translations[last.id]?.status == .needsReview)
        #expect(result.translated.translations[last.id]?.plainText.hasSuffix("图片由读者提供。") == true)
    }

    @Test func aParagraphWithoutTranslationIsLeftEmptyForReview() throws {
        let original = AlignmentSamples.english + "\n\nThe bureau will publish a new forecast at 2100 GMT on Saturday 8 July 2023."
        let (source, result) = try align(original, AlignmentSamples.chinese)
        let last = try #require(source.translatableBlocks.last)
        #expect(result.alignments[last.id]?.bead == "1-0")
        #expect(result.alignments[last.id]?.needsReview == true)
        #expect(result.translated.translations[last.id]?.plainText == "")
    }

    @Test func sentencesAreAlignedInsideEachParagraph() throws {
        let original = "Officials met on Monday. They agreed on 3 points.\n\nThe talks end on Friday."
        let translation = "官员们周一会面，他们就3点达成一致。会谈将于周五结束。"
        let (source, result) = try align(original, translation, sentences: true)
        let first = try #require(result.translated.document.translatableBlocks.first)
        #expect(first.segments.count == 2)
        let segments = try #require(result.translated.translations[first.id]?.segments)
        #expect(segments.map { Segment(runs: $0).plainText } == ["官员们周一会面，", "他们就3点达成一致。"])
        #expect(result.alignments[first.id]?.sentenceBeads == ["2-1", "2-1"])
        #expect(source.translatableBlocks.count == 2)
    }

    @Test func sentencePairsCoverEveryUnit() throws {
        let (_, result) = try align(AlignmentSamples.english, AlignmentSamples.chinese)
        let pairs = result.sentencePairs
        for block in pairs.document.translatableBlocks {
            #expect(pairs.translations[block.id]?.segments.count == block.segments.count)
        }
    }
}

extension DocumentAlignerTests {
    /// Seeded random pairs (Chinese, Latin words, digits, punctuation, blank lines): every
    /// alignment returns, and the targets hold exactly the translation's characters, in order.
    @Test func randomPairsKeepEveryCharacterOfTheTranslation() throws {
        var generator = SeededGenerator(seed: 0xA119)
        let chinese = Array("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞")
        let words = ["the", "minister", "said", "on", "Tuesday", "iPhone", "G20", "and", "Beijing", "report", "growth", "bank"]
        func randomText(cjk: Bool) -> String {
            var text = ""
            for _ in 0..<Int.random(in: 1...12, using: &generator) {
                for _ in 0..<Int.random(in: 1...6, using: &generator) {
                    switch Int.random(in: 0...9, using: &generator) {
                    case 0: text += String(Int.random(in: 0...3000, using: &generator))
                    case 1: text += cjk ? "，" : ", "
                    case 2: text += cjk ? "“" : "\""
                    default:
                        if cjk {
                            for _ in 0..<Int.random(in: 2...9, using: &generator) { text.append(chinese[Int.random(in: 0..<chinese.count, using: &generator)]) }
                        } else {
                            text += words[Int.random(in: 0..<words.count, using: &generator)] + " "
                        }
                    }
                }
                text += cjk ? "。" : ". "
                if Int.random(in: 0...2, using: &generator) == 0 { text += "\n\n" }
            }
            return text
        }
        var aligned = 0
        for _ in 0..<25 {
            let englishText = randomText(cjk: false)
            let chineseText = randomText(cjk: true)
            guard let original = try? AlignmentSamples.document(englishText, name: "en.txt", language: "en"),
                  let translation = try? AlignmentSamples.document(chineseText, name: "zh.txt", language: "zh-Hans") else { continue }
            aligned += 1
            for sentences in [false, true] {
                let result = DocumentAligner().align(original: original, translation: translation, targetLanguage: "zh-Hans", sentences: sentences)
                let joined = result.translated.document.translatableBlocks.map { result.translated.translations[$0.id]?.plainText ?? "" }.joined()
                let expected = translation.blocks.map(\.plainText).joined()
                #expect(AlignmentSamples.characters(joined) == AlignmentSamples.characters(expected))
            }
        }
        #expect(aligned >= 20)
    }
}

extension DocumentAlignerTests {
    /// Two sentences the translator made one: one memory pair, never a sentence paired with
    /// the whole translation and another with nothing.
    @Test func aMergedSentencePairStaysWholeInTheMemory() throws {
        let (_, result) = try align("Officials met on Monday. They agreed on 3 points.", "官员们周一会面并就3点达成一致。")
        let block = try #require(result.sentencePairs.document.translatableBlocks.first)
        #expect(block.segments.map(\.plainText) == ["Officials met on Monday. They agreed on 3 points."])
        #expect(result.sentencePairs.translations[block.id]?.segments.map { Segment(runs: $0).plainText } == ["官员们周一会面并就3点达成一致。"])
    }

    @Test func emptySpansJoinTheirNeighbours() {
        let groups = [0..<0, 0..<2, 2..<2, 2..<3]
        #expect(DocumentAligner.joiningEmptySpans([0..<1, 1..<2, 2..<3, 3..<4], groups: groups) == [0..<3, 3..<4])
        #expect(DocumentAligner.joiningEmptySpans([0..<1], groups: [0..<0]) == [0..<1])
    }
}
