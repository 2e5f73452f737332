/// The one place that decides what of an article's inline markup is written out, for the two
/// kinds of page Diglot writes.
///
/// Articles come from the open web and translations from outside, so nothing is copied
/// blindly. A code of a translation is always rebuilt from the source code with the same ID
/// (by the writers), and then:
/// - a **web page** (`import --html`) keeps the article's own elements and attributes, minus
///   what could run code or break the page: script-like and block elements become `span`,
///   event handlers, `srcdoc` and inline styles go, `javascript:`/`vbscript:` URLs go, and
///   `data:` survives only as a raster image source;
/// - a **book** (EPUB) is stricter, as EPUBCheck and reading systems are: a fixed set of
///   phrasing elements, only `href` and `title`, and only absolute `http`, `https`, `mailto`
///   and `ftp` links (`SafeURL`); a relative link points into the article's website, not the
///   book, and a link inside a link (invalid) becomes a `span`.
enum MarkupSanitizer {
    /// An element to write: its name and the attributes that survive, in order.
    struct Element {
        let name: String
        let attributes: [(String, String)]
    }

    // MARK: Web pages

    /// Elements written without content or end tag.
    static let voidElements: Set<String> = ["br", "wbr", "img", "hr", "area", "source", "track", "embed", "col", "input"]

    private static let refusedInWebPage: Set<String> = [
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input", "button",
        "textarea", "select", "option", "link", "meta", "base", "html", "head", "body", "title", "svg", "math",
        "template", "noscript", "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "tr", "td", "th",
        "blockquote", "pre", "figure", "figcaption", "dl", "dt", "dd", "section", "article", "header", "footer", "nav",
    ]
    private static let urlAttributes: Set<String> = ["href", "src", "cite", "action", "formaction", "poster", "xlink:href", "longdesc", "srcset"]

    /// `code` as a web page writes it: its own element when that is a plain phrasing element
    /// (else `span`, `br` or `img` by kind), its attributes less the unsafe ones.
    static func webPageElement(_ code: InlineCode) -> Element {
        var written: Set<String> = []
        var attributes: [(String, String)] = []
        for attribute in code.attributes {
            let name = attribute.name.lowercased()
            guard isAttributeName(name), !name.hasPrefix("on"), name != "srcdoc", name != "style",
                  written.insert(name).inserted else { continue }
            if urlAttributes.contains(name), webPageURL(attribute.value, image: name == "src") == nil { continue }
            attributes.append((name, attribute.value))
        }
        return Element(name: webPageElementName(code), attributes: attributes)
    }

    private static func webPageElementName(_ code: InlineCode) -> String {
        let name = code.element.lowercased()
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first),
              name.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) }),
              !refusedInWebPage.contains(name) else {
            switch code.kind {
            case .lineBreak: return "br"
            case .image: return "img"
            default: return "span"
            }
        }
        return name
    }

    private static func isAttributeName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) || first == "_" else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || "-_:.".unicodeScalars.contains($0) }
    }

    /// `value` when a web page may link to it (or show it, for an image): never a
    /// script-running scheme, a `data:` URL only as a raster image.
    static func webPageURL(_ value: String, image: Bool) -> String? {
        // Only the start decides (the longest prefix looked for has 14 characters), so a long
        // link or an inline picture's data is not copied: the first 20 scalars that are not
        // spaces or controls, lowercased.
        var head = String.UnicodeScalarView()
        var kept = 0
        for scalar in value.unicodeScalars where scalar.value > 0x20 {
            head.append(scalar)
            kept += 1
            if kept == 20 { break }
        }
        let compact = String(head).lowercased()
        if compact.hasPrefix("javascript:") || compact.hasPrefix("vbscript:") { return nil }
        if compact.hasPrefix("data:") {
            return image && compact.hasPrefix("data:image/") && !compact.hasPrefix("data:image/svg") ? value : nil
        }
        return value
    }

    // MARK: Books

    /// `code` as a book writes it: a fixed set of phrasing elements chosen by the code's kind,
    /// `href` (a `SafeURL`, and not inside another link) and `title` only.
    static func bookElement(_ code: InlineCode, insideLink: Bool) -> Element {
        var name: String
        switch code.kind {
        case .link: name = "a"
        case .emphasis: name = ["em", "i", "cite", "dfn"].contains(code.element) ? code.element : "em"
        case .strong: name = ["strong", "b"].contains(code.element) ? code.element : "strong"
        case .underline: name = "u"
        case .strikethrough: name = ["s", "del"].contains(code.element) ? code.element : "s"
        case .superscript: name = "sup"
        case .subscript: name = "sub"
        case .code: name = ["code", "kbd", "samp", "var"].contains(code.element) ? code.element : "code"
        case .small: name = "small"
        case .span, .other, .lineBreak, .image:
            name = ["abbr", "q", "mark", "ins", "bdi"].contains(code.element) ? code.element : "span"
        }
        var attributes: [(String, String)] = []
        if name == "a" {
            if !insideLink, let href = code.attribute("href").flatMap(bookURL) {
                attributes.append(("href", href.string))
            } else {
                name = "span"
            }
        }
        if let title = code.attribute("title")?.trimmingCharacters(in: .whitespacesAndNewlines), !title.isEmpty {
            attributes.append(("title", title))
        }
        return Element(name: name, attributes: attributes)
    }

    /// The absolute link a book may carry for `raw`, encoded as EPUBCheck wants it.
    static func bookURL(_ raw: String) -> SafeURL? {
        SafeURL(raw)
    }
}
