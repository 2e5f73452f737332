import Testing
@testable import DiglotKit

@Suite struct TranslationTests {
    static func block(_ segments: [String], translatable: Bool = true) -> Block {
        var allocator = UnitIDAllocator()
        let text = segments.joined()
        return Block(id: allocator.next(role: .paragraph, text: text), role: .paragraph,
                     segments: segments.map { Segment(runs: [.text($0)]) }, isTranslatable: translatable)
    }

    static func translated(_ block: Block, _ translation: Translation?) -> TranslatedDocument {
        let metadata = ArticleMetadata(sourceLanguage: "zh-Hans", origin: "test")
        return TranslatedDocument(document: Document(metadata: metadata, blocks: [block]), targetLanguage: "en",
                                  translations: translation.map { [block.id: $0] } ?? [:])
    }

    @Test func translatedUnitShowsTheTranslation() {
        let source = Self.block(["克里访华。"])
        let text = Self.translated(source, Translation(runs: [.text("Kerry visits China.")])).target(of: source)
        #expect(text.pieces.map(\.runs) == [[.text("Kerry visits China.")]])
        #expect(!text.isSourceFallback)
        #expect(text.status == .translated)
    }

    @Test(arguments: [
        nil,
        Translation(runs: [.text("draft")], status: .untranslated),
        Translation(runs: [.text("  \n")]),
        Translation(segments: []),
    ])
    func missingTranslationFallsBackToTheSourceMarked(translation: Translation?) {
        let source = Self.block(["克里访华。"])
        let text = Self.translated(source, translation).target(of: source)
        #expect(text.isSourceFallback)
        #expect(text.status == .untranslated)
        #expect(text.pieces.flatMap(\.runs) == source.runs)
    }

    @Test func untranslatedSegmentFallsBackAlone() {
        let source = Self.block(["第一句。", "第二句。", "第三句。"])
        let translation = Translation(segments: [[.text("First.")], [], [.text("Third.")]])
        let text = Self.translated(source, translation).target(of: source)
        #expect(text.pieces.map(\.isSourceFallback) == [false, true, false])
        #expect(text.pieces[1].runs == [.text("第二句。")])
        #expect(text.status == .untranslated)
        #expect(!text.isSourceFallback)
    }

    @Test func needsReviewIsKeptAndReported() {
        let source = Self.block(["克里访华。"])
        let text = Self.translated(source, Translation(runs: [.text("Kerry visits.")], status: .needsReview)).target(of: source)
        #expect(!text.isSourceFallback)
        #expect(text.status == .needsReview)
        #expect(TranslationStatus.needsReview.isMarked)
        #expect(!TranslationStatus.translated.isMarked)
    }

    @Test func nonTranslatableBlockIsShownAsIsWithoutWarning() {
        let source = Self.block(["07/07/2023 - 23:27"], translatable: false)
        let text = Self.translated(source, nil).target(of: source)
        #expect(text.isSourceFallback)
        #expect(text.status == .translated)
    }

    @Test func translatedTitleComesFromTheTitleBlock() {
        var allocator = UnitIDAllocator()
        let title = Block(id: allocator.next(role: .title, text: "克里访华"), role: .title,
                          segments: [Segment(runs: [.text("克里访华")])], isTranslatable: true)
        let document = Document(metadata: ArticleMetadata(sourceLanguage: "zh-Hans", origin: "t"), blocks: [title])
        let done = TranslatedDocument(document: document, targetLanguage: "en",
                                      translations: [title.id: Translation(runs: [.text(" Kerry  visits ")])])
        #expect(done.translatedTitle == "Kerry  visits")
        let missing = TranslatedDocument(document: document, targetLanguage: "en", translations: [:])
        #expect(missing.translatedTitle == nil)
    }
}
