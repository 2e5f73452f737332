import Testing
@testable import DiglotKit

@Suite struct InlineCodeMarkupTests {
    @Test func startTagEscapesAttributeValues() {
        let link = InlineCode(id: 1, kind: .link, element: "a", attributes: [
            Attribute(name: "href", value: "https://example.com/?a=1&b=\"2\"<3>"),
            Attribute(name: "title", value: "克里 \"\u{301}quoted\""),
        ])
        #expect(link.startTagMarkup == "<a href=\"https://example.com/?a=1&amp;b=&quot;2&quot;&lt;3&gt;\" title=\"克里 &quot;\u{301}quoted&quot;\">",
                "a quote followed by a combining mark is still escaped")
        #expect(link.endTagMarkup == "</a>")
    }

    @Test func plainValuesAndVoidElements() {
        let image = InlineCode(id: 2, kind: .image, element: "IMG", attributes: [Attribute(name: "src", value: "a b.png")])
        #expect(image.startTagMarkup == "<IMG src=\"a b.png\"/>")
        #expect(InlineCode(id: 3, kind: .lineBreak, element: "br").startTagMarkup == "<br/>")
    }
}
