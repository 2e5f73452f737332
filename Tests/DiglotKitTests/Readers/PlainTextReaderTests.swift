import Foundation
import Testing
@testable import DiglotKit

@Suite struct PlainTextReaderTests {
    private func read(_ text: String, language: LanguageTag? = nil) throws -> Document {
        try #require(try ArticleReader().read(InputSource(name: "article.txt", bytes: Array(text.utf8), language: language)).first)
    }

    @Test func blankLinesSeparateParagraphsAndWrappedLinesJoin() throws {
        let document = try read("Storm hits coast\n\nThe storm reached the\ncoast on Tuesday.\n\n   \nPower was cut to 3,000 homes.\n")
        #expect(document.blocks.map(\.role) == [.title, .paragraph, .paragraph])
        #expect(document.blocks.map(\.plainText) == ["Storm hits coast", "The storm reached the coast on Tuesday.", "Power was cut to 3,000 homes."])
        #expect(document.metadata.sourceLanguage.primary == "en")
    }

    @Test func withoutABlankLineEachLineIsAParagraph() throws {
        let document = try read("美国气候特使克里即将访华。\r\n他将与中方官员会谈。\r\n会谈为期三天。")
        #expect(document.blocks.map(\.plainText) == ["美国气候特使克里即将访华。", "他将与中方官员会谈。", "会谈为期三天。"])
        #expect(document.blocks.allSatisfy { $0.role == .paragraph })
        #expect(document.metadata.sourceLanguage.primary == "zh")
    }

    @Test func chineseLinesOfOneParagraphJoinWithoutASpace() throws {
        let document = try read("第一行的文字\n接着第二行。\n\n另一段。")
        #expect(document.blocks.map(\.plainText) == ["第一行的文字接着第二行。", "另一段。"])
    }

    @Test func aSentenceIsNeverTakenForAHeadline() {
        #expect(PlainTextReader.looksLikeHeadline("Storm hits coast"))
        #expect(!PlainTextReader.looksLikeHeadline("The storm hit the coast."))
        #expect(!PlainTextReader.looksLikeHeadline("他说：“我们会来。”"))
        #expect(!PlainTextReader.looksLikeHeadline(String(repeating: "long ", count: 60)))
    }

    @Test func aFileOfOnlyDatesHasNothingToTranslate() {
        #expect { try read("2023-07-07\n\n2023-07-08") } throws: { error in
            (error as? ReaderError)?.reason == "no content: nothing to translate was found"
        }
    }

    @Test func sameTextGivesSameIDs() throws {
        let text = "One paragraph here.\n\nAnother paragraph there."
        #expect(try read(text).blocks.map(\.id) == (try read(text)).blocks.map(\.id))
    }
}
