/// Parses an HTML fragment (a feed-item body, a feed item's content) into one tree.
///
/// libxml2's `HTML_PARSE_NOIMPLIED` mode makes the fragment's *first* element the document
/// root and hangs every later sibling inside it, so `<h2>…</h2><p>…</p>` would read as one
/// heading. Wrapping the fragment in `<body>` gives it a neutral root; a fragment that has its
/// own `<html>`/`<body>` is merged into it by the parser.
///
/// Every HTML the readers parse goes through here (`parse` or `parsePage`), so HTML5's named
/// references, which libxml2 2.9 does not know, are rewritten first in one place.
enum HTMLFragment {
    static func parse(_ bytes: [UInt8], file: String) throws(XMLError) -> MarkupElement {
        var wrapped: [UInt8] = Array("<body>".utf8)
        wrapped.reserveCapacity(bytes.count + 16)
        wrapped.append(contentsOf: bytes)
        wrapped.append(contentsOf: Array("</body>".utf8))
        return try MarkupParser.parseHTML(HTML5NamedReferences.rewritingUnknownNames(in: wrapped), file: file, encoding: "UTF-8")
    }

    /// A whole page, UTF-8.
    static func parsePage(_ bytes: [UInt8], file: String) throws(XMLError) -> MarkupElement {
        try MarkupParser.parseHTML(HTML5NamedReferences.rewritingUnknownNames(in: bytes), file: file, encoding: "UTF-8")
    }

    /// Whether the bytes are a whole page (start with a DOCTYPE or `<html>` after comments and space).
    static func isWholePage(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(2048), as: UTF8.self).lowercased()
        var rest = Substring(head)
        while true {
            rest = rest.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
            if rest.hasPrefix("<!--"), let end = rest.range(of: "-->") { rest = rest[end.upperBound...]; continue }
            if rest.hasPrefix("<?xml"), let end = rest.range(of: "?>") { rest = rest[end.upperBound...]; continue }
            break
        }
        return rest.hasPrefix("<!doctype") || rest.hasPrefix("<html") || rest.hasPrefix("<head")
    }
}
