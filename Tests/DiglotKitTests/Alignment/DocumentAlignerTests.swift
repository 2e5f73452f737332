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
