import Foundation
import Testing
@testable import DiglotKit

@Suite struct MergerTests {
    private func verified(target: LanguageTag, segments: [[InlineRun]], translation: [[InlineRun]]?) -> VerifiedImport {
        let block = Block(id: UnitID(rawValue: "p-1"), role: .paragraph, segments: segments.map { Segment(runs: $0) }, isTranslatable: true)
        let other = Block(id: UnitID(rawValue: "p-2"), role: .paragraph, segments: [Segment(runs: [.text("另一段。")])], isTranslatable: true)
        let document = Document(metadata: ArticleMetadata(sourceLanguage: "zh-Hans", origin: "a"), blocks: [block, other])
        let translations = translation.map { [block.id: Translation(segments: $0)] } ?? [:]
        return VerifiedImport(file: "a.xlf", document: document, targetLanguage: target, translations: translations, errors: [])
    }

    @Test func spacesTranslatedSentencesInLanguagesWrittenWithSpaces() throws {
        let input = verified(target: "en", segments: [[.text("第一句。")], [.text("第二句。")]],
                             translation: [[.text("First.")], [.text("Second.")]])
        let result = try Merger().merge(input)
        #expect(result.translated.translations[UnitID(rawValue: "p-1")]?.plainText == "First. Second.")
        let chinese = verified(target: "zh-Hant", segments: [[.text("One.")], [.text("Two.")]],
                               translation: [[.text("第一句。")], [.text("第二句。")]])
        #expect(try Merger().merge(chinese).translated.translations[UnitID(rawValue: "p-1")]?.plainText == "第一句。第二句。")
    }

    @Test func joinsSegmentsWhenATranslationDoesNotLineUp() throws {
        let input = verified(target: "en", segments: [[.text("第一句。")], [.text("第二句。")]],
                             translation: [[.text("Both sentences in one.")]])
        let result = try Merger().merge(input)
        let block = try #require(result.translated.document.blocks.first)
        #expect(block.segments.count == 1 && block.plainText == "第一句。第二句。")
        #expect(result.translated.target(of: block).pieces.map(\.isSourceFallback) == [false])
        #expect(result.untranslatedUnits == [UnitID(rawValue: "p-2")])
    }

    @Test func refusesAnUnverifiedFile() {
        var input = verified(target: "en", segments: [[.text("一。")]], translation: nil)
        input.errors = [ImportError(file: "a.xlf", unit: "p-1", message: "the source text was changed")]
        #expect(throws: ImportError.self) { try Merger().merge(input) }
    }
}
