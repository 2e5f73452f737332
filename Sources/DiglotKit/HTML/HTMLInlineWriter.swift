/// Writes inline runs as HTML, restoring each code as its original element and attributes.
///
/// A translated code is rebuilt from the source code with the same ID, so links keep their
/// exact `href`. Only what could run code or break the page is dropped: `script`-like
/// elements become `span`, event-handler attributes go, and `javascript:`/`vbscript:`/`data:`
/// URLs are removed (inline images keep `data:image/…`). Codes left open are closed at the
/// end and a close without its open is ignored, so the output stays well-formed.
struct HTMLInlineWriter {
    /// Source codes by ID.
    let sourceCodes: [Int: InlineCode]

    init(sourceRuns: [InlineRun]) {
        var codes: [Int: InlineCode] = [:]
        for run in sourceRuns {
            switch run {
            case .open(let code), .placeholder(let code), .close(let code): if codes[code.id] == nil { codes[code.id] = code }
            case .text: break
            }
        }
        sourceCodes = codes
    }

    static let voidElements: Set<String> = ["br", "wbr", "img", "hr", "area", "source", "track", "embed", "col", "input"]
    private static let refused: Set<String> = [
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input", "button",
        "textarea", "select", "option", "link", "meta", "base", "html", "head", "body", "title", "svg", "math",
        "template", "noscript", "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "tr", "td", "th",
        "blockquote", "pre", "figure", "figcaption", "dl", "dt", "dd", "section", "article", "header", "footer", "nav",
    ]
    private static let urlAttributes: Set<String> = ["href", "src", "cite", "action", "formaction", "poster", "xlink:href", "longdesc", "srcset"]

    func write(_ runs: [InlineRun], into writer: XMLWriter) {
        var open: [Int] = []
        for run in runs {
            switch run {
            case .text(let text):
                writer.text(text)
            case .open(let code):
                let original = sourceCodes[code.id] ?? code
                writer.startElement(HTMLInlineWriter.elementName(original))
                writeAttributes(of: original, into: writer)
                open.append(code.id)
            case .close(let code):
                guard let position = open.lastIndex(of: code.id) else { continue }
                for _ in position..<open.count { writer.fullEndElement() }
                open.removeSubrange(position...)
            case .placeholder(let code):
                let original = sourceCodes[code.id] ?? code
                let name = HTMLInlineWriter.elementName(original)
                writer.startElement(name)
                writeAttributes(of: original, into: writer)
                if HTMLInlineWriter.voidElements.contains(name) { writer.endElement() } else { writer.fullEndElement() }
            }
        }
        for _ in open { writer.fullEndElement() }
    }

    /// The element's own name when it is a plain phrasing element, else `span`.
    static func elementName(_ code: InlineCode) -> String {
        let name = code.element.lowercased()
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first),
              name.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) }),
              !refused.contains(name) else {
            switch code.kind {
            case .lineBreak: return "br"
            case .image: return "img"
            default: return "span"
            }
        }
        return name
    }

    private func writeAttributes(of code: InlineCode, into writer: XMLWriter) {
        var written: Set<String> = []
        for attribute in code.attributes {
            let name = attribute.name.lowercased()
            guard HTMLInlineWriter.isAttributeName(name), !name.hasPrefix("on"), name != "srcdoc", name != "style",
                  written.insert(name).inserted else { continue }
            if HTMLInlineWriter.urlAttributes.contains(name), !HTMLInlineWriter.isSafeURL(attribute.value, image: name == "src") { continue }
            writer.attribute(name, attribute.value)
        }
    }

    static func isAttributeName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) || first == "_" else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || "-_:.".unicodeScalars.contains($0) }
    }

    /// Refuses script-running schemes; a `data:` URL only as an image source.
    static func isSafeURL(_ value: String, image: Bool) -> Bool {
        let compact = value.unicodeScalars.filter { $0.value > 0x20 }.reduce(into: "") { $0.unicodeScalars.append($1) }.lowercased()
        if compact.hasPrefix("javascript:") || compact.hasPrefix("vbscript:") { return false }
        if compact.hasPrefix("data:") { return image && compact.hasPrefix("data:image/") && !compact.hasPrefix("data:image/svg") }
        return true
    }
}
