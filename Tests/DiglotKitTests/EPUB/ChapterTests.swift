import Testing
@testable import DiglotKit

/// A chapter works out its targets once: from an import they are the import's own, and they
/// are what a `TranslatedDocument` of the same article and translations would show.
@Suite struct ChapterTests {
    @Test func keepsTheTargetsOfTheImportItCameFrom() {
        let sample = SampleArticles.climateArticle()
        let translated = TranslatedDocument(document: sample.document, targetLanguage: "zh-Hans", translations: sample.translations ?? [:])
        let chapter = Chapter(translated)
        #expect(chapter.targets == translated.targetsByUnit)
        #expect(chapter.translated(into: "zh-Hans") == translated)
        #expect(!chapter.targets.isEmpty)
    }

    @Test func worksOutTheSameTargetsFromAnArticleAndItsTranslations() {
        let sample = SampleArticles.climateArticle()
        let rebuilt = Chapter(document: sample.document, translations: sample.translations, localImages: sample.localImages)
        #expect(rebuilt == sample)
        let translated = TranslatedDocument(document: sample.document, targetLanguage: "de", translations: sample.translations ?? [:])
        for block in sample.document.blocks {
            #expect(rebuilt.translated(into: "de").target(of: block) == translated.target(of: block))
        }
    }

    @Test func anArticleNeverTranslatedShowsItsSourceMarkedUntranslated() {
        let untranslated = Chapter(document: SampleArticles.climateArticle().document)
        for block in untranslated.document.blocks where block.isTranslatable {
            let target = untranslated.translated(into: "zh-Hans").target(of: block)
            #expect(target.pieces.allSatisfy { $0.isSourceFallback && $0.status == .untranslated })
        }
    }

    /// The book's language fix-up touches the metadata only; the targets stay the chapter's.
    @Test func declaringTheLanguageKeepsTheTargets() {
        var chapter = SampleArticles.climateArticle()
        let targets = chapter.targets
        chapter.declareSourceLanguage("und")
        #expect(chapter.document.metadata.sourceLanguage == "und")
        #expect(chapter.targets == targets)
    }

    /// Changing the translations or the article works the targets out again.
    @Test func changingTheTranslationsChangesTheTargets() throws {
        var chapter = SampleArticles.climateArticle()
        let block = try #require(chapter.document.blocks.first { $0.isTranslatable })
        chapter.translations?[block.id] = Translation(runs: [.text("changed")])
        #expect(chapter.translated(into: "en").target(of: block).pieces.map(\.runs) == [[.text("changed")]])
        chapter.document.blocks.removeAll { $0.id == block.id }
        #expect(chapter.targets[block.id] == nil)
        #expect(chapter == Chapter(document: chapter.document, translations: chapter.translations, localImages: chapter.localImages))
    }
}
