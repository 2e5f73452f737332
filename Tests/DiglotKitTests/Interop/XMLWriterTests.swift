import Testing
@testable import DiglotKit

@Suite struct XMLWriterTests {
    @Test func keepsEverythingXMLAllows() {
        let allowed = "tab\tline\ncr\r 中文 émoji 🎉 \u{7F} \u{FFFD} \u{E000} \u{10FFFF} \u{FFEF}"
        #expect(XMLWriter.clean(allowed) == allowed)
    }

    @Test func dropsWhatXMLForbids() {
        #expect(XMLWriter.clean("a\u{0}b\u{1}c\u{8}d\u{B}e\u{C}f\u{1F}g") == "abcdefg")
        #expect(XMLWriter.clean("x\u{FFFE}y\u{FFFF}z") == "xyz")
        #expect(XMLWriter.clean("\u{FFFF}") == "")
    }

    @Test func agreesWithTheScalarRuleOnEveryBMPCharacter() {
        // One string per 256-scalar block, so the byte-level pre-check meets every lead byte.
        for block in stride(from: 0, to: 0x1_0000, by: 256) {
            let scalars = (block..<block + 256).compactMap { Unicode.Scalar(UInt32($0)) }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            let expected = String(String.UnicodeScalarView(scalars.filter(XMLWriter.isAllowed)))
            #expect(XMLWriter.clean(String(view)) == expected, "block \(block)")
        }
    }

    /// The pre-check reads eight bytes at a time: a forbidden character is found at every
    /// byte offset, also when it straddles two words.
    @Test func findsForbiddenCharactersAtEveryOffset() {
        for forbidden in ["\u{1}", "\u{1F}", "\u{FFFE}", "\u{FFFF}"] {
            for padding in ["a", "中", "，"] {
                for count in 0..<12 {
                    let prefix = String(repeating: padding, count: count)
                    let suffix = String(repeating: "b", count: 9)
                    #expect(XMLWriter.clean(prefix + forbidden + suffix) == prefix + suffix, "\(count) \(padding)")
                }
            }
        }
        let clean = String(repeating: "新闻，\t\r\nabc\u{FFEF}", count: 50)
        #expect(XMLWriter.clean(clean) == clean)
    }

    @Test func writtenDocumentsStayWellFormed() throws {
        let writer = try XMLWriter()
        writer.startDocument()
        writer.element("p", attributes: [("title", "a\u{1}b")], text: "c\u{FFFE}d & <e>")
        let bytes = try writer.finish()
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("<p title=\"ab\">cd &amp; &lt;e&gt;</p>"))
        _ = try MarkupParser.parseXML(bytes, file: "written.xml", rejectDoctype: true)
    }

    /// Base64 goes out as it is, and the document stays well-formed around it.
    @Test func base64IsWrittenVerbatim() throws {
        let writer = try XMLWriter()
        writer.startDocument()
        writer.startElement("root")
        writer.startElement("b64")
        writer.base64(Array("ABC\u{FF}<&".utf8))
        writer.endElement()
        writer.endElement()
        let bytes = try writer.finish()
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("<b64>\(Base64.encode(Array("ABC\u{FF}<&".utf8)))</b64>"))
        _ = try MarkupParser.parseXML(bytes, file: "written.xml", rejectDoctype: true)
    }
}
