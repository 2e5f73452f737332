import Foundation
import Testing
@testable import DiglotKit

/// EPUB chapters write the same groups as the web page: a picture's captions in its figure, a
/// lone caption in a figure of its own, ordered items numbered within their own list.
@Suite struct ChapterRendererTests {
    private func chapter(_ layout: EPUBLayout) throws -> MarkupElement {
        let epub = try #require(try RealArticleRoundTrip.imported("Layout", "layout-cases.html", layout: layout).epub)
        let contents = try EPUBContents(epub)
        return try contents.xml(try #require(contents.chapterPaths.first))
    }

    @Test func keepsEveryCaptionOfAPictureInItsFigure() throws {
        let figures = try chapter(.interleaved).descendants("figure")
        #expect(figures.map { $0.attribute("class") } == ["image remote", "caption-only"])
        let captions = try #require(figures.first).elements("p").filter { $0.classes.contains("caption") }
        #expect(captions.map { "\($0.attribute("lang") ?? "") \($0.collapsedText)" } == [
            "en The harbour at dawn, seen from the old pier.", "zh-Hans The harbour at dawn, seen from the old pier.",
            "en Photograph by the city archive, used with permission.", "zh-Hans Photograph by the city archive, used with permission.",
        ])
        #expect(try #require(figures.last).elements("p").map { "\($0.attribute("class") ?? "") \($0.collapsedText)" } == [
            "caption src Spending by year, in millions of pounds", "caption tgt Spending by year, in millions of pounds",
        ])
    }

    /// A second `<ol>` after a bullet list starts again at 1, as a browser shows the source.
    @Test(arguments: [EPUBLayout.interleaved, .sourceOnly])
    func numbersOrderedItemsWithinTheirOwnList(_ layout: EPUBLayout) throws {
        let items = try chapter(layout).descendants("li").filter { $0.attribute("id") != nil }
        #expect(items.map { $0.attribute("value") ?? "-" } == ["1", "2", "-", "1", "2", "1", "-", "-", "1", "2", "-"])
    }

    @Test func numbersPairedListsWithinTheirOwnList() throws {
        let lists = try chapter(.sideBySide).descendants("ol").filter { $0.classes.contains("src-list") }
        #expect(lists.map { $0.attribute("start") ?? "-" } == ["1", "2", "1", "2", "1", "1", "2"])
    }

    @Test func putsALoneCaptionOfAReviewCopyInAFigure() throws {
        let document = try BlockLayoutTests.document("layout-cases.html")
        let contents = try EPUBContents(try EPUBWriter().writeReviewCopy(of: document, targetLanguage: "zh-Hans", localImages: [:]))
        let page = try contents.xml(try #require(contents.chapterPaths.first))
        let lone = try #require(page.descendants("figure").last)
        #expect(lone.attribute("class") == "caption-only")
        #expect(lone.elements("div").map(\.classes) == [["unit"]])
        #expect(lone.descendants("p").first?.textContent.hasPrefix("caption-") == true)
    }
}
