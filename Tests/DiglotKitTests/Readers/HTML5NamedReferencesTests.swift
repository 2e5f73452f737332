import Testing
@testable import DiglotKit

/// HTML5's named references, which libxml2 2.9 leaves as literal text, reach the text decoded.
@Suite struct HTML5NamedReferencesTests {
    @Test func rewritesOnlyNamesLibxml2DoesNotKnow() {
        let bytes = Array("a&comma; b&NewLine;c &amp;comma; &nbsp; &nosuchname; &AMP;".utf8)
        let rewritten = String(decoding: HTML5NamedReferences.rewritingUnknownNames(in: bytes), as: UTF8.self)
        #expect(rewritten == "a&#x2C; b&#xA;c &amp;comma; &nbsp; &nosuchname; &#x26;")
    }

    @Test func leavesBytesWithoutSuchNamesAlone() {
        let bytes = Array("<p>Tom &amp; Jerry &mdash; &#44; no names</p>".utf8)
        #expect(HTML5NamedReferences.rewritingUnknownNames(in: bytes) == bytes)
    }

    @Test func writesBothCharactersOfATwoCharacterName() {
        let rewritten = String(decoding: HTML5NamedReferences.rewritingUnknownNames(in: Array("&NotEqualTilde;".utf8)), as: UTF8.self)
        #expect(rewritten == "&#x2242;&#x338;")
        #expect(HTMLEntities.decode("&NotEqualTilde;") == "\u{2242}\u{338}")
    }

    @Test func theTableHoldsTheWHATWGNamesHTML4Lacks() {
        #expect(HTML5NamedReferences.table["comma"] == ",")
        #expect(HTML5NamedReferences.table["period"] == ".")
        #expect(HTML5NamedReferences.table["colon"] == ":")
        #expect(HTML5NamedReferences.table["lpar"] == "(")
        #expect(HTML5NamedReferences.table["rpar"] == ")")
        #expect(HTML5NamedReferences.table["NewLine"] == "\n")
        #expect(HTML5NamedReferences.table["apos"] == "'")
        // HTML 4's names are libxml2's own.
        #expect(HTML5NamedReferences.table["nbsp"] == nil && HTML5NamedReferences.table["mdash"] == nil)
        #expect(HTML5NamedReferences.table.count == 1873)
    }

    @Test func theTableIsItsDataReadFieldByField() {
        // The table is read on raw bytes; this is the same reading spelled out on Strings.
        var expected: [String: String] = [:]
        for line in HTML5NamedReferences.data.split(separator: "\n") {
            let fields = line.split(separator: " ")
            var text = String.UnicodeScalarView()
            for field in fields.dropFirst() { text.append(Unicode.Scalar(UInt32(field, radix: 16)!)!) }
            expected[String(fields[0])] = String(text)
        }
        #expect(HTML5NamedReferences.table == expected)
    }

    @Test func articleTextAndTitlesComeThroughDecoded() throws {
        let root = try HTMLFragment.parse(Array("<p>Hello&comma; world&period; &lpar;AFP&rpar;</p>".utf8), file: "t.html")
        #expect(HTMLContentExtractor().blocks(in: root).map(\.plainText) == ["Hello, world. (AFP)"])
        #expect(HTMLEntities.decode("Xi&colon; the talks &amp; the deal") == "Xi: the talks & the deal")
    }
}
