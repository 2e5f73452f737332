import Foundation
import Testing
@testable import DiglotKit

/// The web page of an import keeps the layout's groups: one figure per picture with all its
/// captions, a lone caption as a figure's caption, lists nested as the article had them.
@Suite struct HTMLBlockWriterTests {
    private func article() throws -> MarkupElement {
        let html = try #require(try RealArticleRoundTrip.imported("Layout", "layout-cases.html").html)
        let root = try MarkupParser.parseXML(html, file: "layout-cases.html", rejectDoctype: false)
        return try #require(root.firstElement("body")?.firstElement("article"))
    }

    @Test func writesTheGroupsInOrder() throws {
        #expect(try article().elements().map(\.name) == [
            "h1", "p", "figure", "p", "ol", "ul", "ol", "p", "figure", "table", "p", "ol", "dl", "p",
        ])
    }

    /// HTML allows one `<figcaption>` per figure: two captions are two paragraphs inside it.
    @Test func keepsEveryCaptionOfAPictureInItsFigure() throws {
        let figure = try #require(try article().elements("figure").first)
        #expect(figure.elements().map(\.name) == ["img", "figcaption"])
        let caption = try #require(figure.firstElement("figcaption"))
        #expect(caption.elements().map(\.name) == ["p", "p"])
        #expect(caption.elements("p").map(\.textContent) == [
            "The harbour at dawn, seen from the old pier.",
            "Photograph by the city archive, used with permission.",
        ])
    }

    @Test func writesALoneCaptionAsTheCaptionOfAFigure() throws {
        let figure = try #require(try article().elements("figure").last)
        #expect(figure.elements().map(\.name) == ["figcaption"])
        #expect(figure.firstElement("figcaption")?.textContent == "Spending by year, in millions of pounds")
    }

    @Test func nestsListsAsTheArticleDid() throws {
        let lists = try article().elements().filter { $0.name == "ol" || $0.name == "ul" }
        #expect(lists.map { $0.elements("li").count } == [2, 1, 2, 2])
        let phases = try #require(lists.last).elements("li")
        #expect(phases.first?.elements().map(\.name) == ["ul", "ol"])
        // A level skipped in the source: an empty item holds the deeper list.
        let skipped = try #require(phases.last?.firstElement("ul")?.elements("li").first)
        #expect(skipped.elements().map(\.name) == ["ul"])
        #expect(skipped.collapsedText == "Lighting is replaced last.")
    }
}
