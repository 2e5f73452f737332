/// What the first bytes of an input decide: its byte-order mark, its format and, for a feed
/// item, its header; every other look at those bytes uses this one.
///
/// Detection reads the first 16 KB: a UTF-8 byte-order mark is dropped and UTF-16 after a mark
/// is converted, so the markup and lines below are looked for in text. A feed item starts with
/// an `<!--digits-->` comment (then a `[title](url)` line and a dashed rule). A feed is XML
/// whose root is `rss`, `rdf:RDF` or `feed`, tolerating junk before the XML declaration.
/// Anything else that looks like markup is HTML, and any other text is plain text. There is no
/// format for bytes that are not text (a NUL byte, or UTF-16 without a byte-order mark) and
/// for no bytes at all.
struct InputHead: Sendable {
    /// How many bytes detection reads.
    static let length = 16_384

    let byteOrderMark: ByteOrderMark?
    /// The first `length` bytes as UTF-8 (or undecoded bytes), byte-order mark removed.
    let text: [UInt8]
    /// Whether `text` holds all of the input, not only its start.
    let isWhole: Bool
    /// The feed-item header as read from `text`.
    let feedItem: FeedItemHeader.Scan
    /// The name of the first element, skipping the XML declaration, comments, DOCTYPE and
    /// processing instructions; nil for a feed item, whose markup is a body, not a document.
    let rootElementName: String?
    /// The format recognised; nil when there is none.
    let format: InputFormat?

    /// Sniffs the start of `bytes` (which may be the whole input or only its first bytes).
    init(_ bytes: [UInt8], name: String = "") {
        let mark = ByteOrderMark(startOf: bytes)
        let head = Self.text(of: bytes, byteOrderMark: mark)
        byteOrderMark = mark
        text = head
        isWhole = bytes.count <= Self.length
        feedItem = FeedItemHeader.scan(head[...], input: name)
        // An epoch comment alone is enough: a broken header then gets the feed-item reader's
        // precise error instead of being read as an HTML fragment.
        if feedItem.isFeedItem {
            rootElementName = nil
            format = .feedItem
            return
        }
        rootElementName = Self.rootElementName(in: head)
        if let root = rootElementName?.lowercased() {
            format = root == "rss" || root == "rdf:rdf" || root == "feed" || root.hasSuffix(":rss") || root.hasSuffix(":feed") ? .feed : .html
        } else if case let opening = Self.opening(of: head), opening.starts(with: Array("<?xml".utf8)) || opening.starts(with: Array("<!--".utf8)) {
            // Only comments or declarations: markup with nothing in it, not text to translate.
            format = .html
        } else {
            format = !head.isEmpty && PlainTextReader.looksLikeText(head) ? .plainText : nil
        }
    }

    /// The text from its first byte that is no ASCII white space: what it opens with.
    static func opening(of text: [UInt8]) -> ArraySlice<UInt8> {
        text.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }

    /// `text` from its first byte that is no ASCII white space.
    var opening: ArraySlice<UInt8> { Self.opening(of: text) }

    /// The root element of an XML document that is neither a feed nor a web page (OPML, a
    /// configuration file, XLIFF): the text opens with markup, and its first element has a
    /// namespace prefix or is no HTML element (nor a custom element, whose name has a hyphen).
    /// Nil for anything else, text that mentions `<ctrl>` further on included.
    var otherXMLRoot: String? {
        guard format == .html, let root = rootElementName, opening.first == UInt8(ascii: "<") else { return nil }
        let name = root.lowercased()
        return name.contains(":") || !(Self.htmlElementNames.contains(name) || name.contains("-")) ? root : nil
    }

    /// The elements of HTML, current and obsolete: a page or fragment opens with one of them.
    private static let htmlElementNames: Set<String> = [
        "a", "abbr", "acronym", "address", "applet", "area", "article", "aside", "audio", "b", "base", "basefont", "bdi",
        "bdo", "bgsound", "big", "blink", "blockquote", "body", "br", "button", "canvas", "caption", "center", "cite",
        "code", "col", "colgroup", "data", "datalist", "dd", "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt",
        "em", "embed", "fieldset", "figcaption", "figure", "font", "footer", "form", "frame", "frameset", "h1", "h2",
        "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "image", "img", "input", "ins",
        "kbd", "label", "legend", "li", "link", "main", "map", "mark", "marquee", "math", "menu", "meta", "meter", "nav",
        "nobr", "noembed", "noframes", "noscript", "object", "ol", "optgroup", "option", "output", "p", "param",
        "picture", "plaintext", "pre", "progress", "q", "rb", "rp", "rt", "rtc", "ruby", "s", "samp", "script",
        "search", "section", "select", "slot", "small", "source", "span", "strike", "strong", "style", "sub", "summary",
        "sup", "svg", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr",
        "track", "tt", "u", "ul", "var", "video", "wbr", "xmp",
    ]

    /// The first `length` bytes as UTF-8 (or undecoded bytes), byte-order mark removed.
    static func text(of bytes: [UInt8], byteOrderMark: ByteOrderMark?) -> [UInt8] {
        var head = Array(bytes.prefix(length))
        switch byteOrderMark {
        case .utf8:
            head.removeFirst(3)
        case .some(let mark):
            var even = Array(head.dropFirst(2))
            if even.count % 2 == 1 { even.removeLast() }
            head = TextTranscoder.utf8(from: even, encoding: mark.encodingName) ?? []
        case nil:
            break
        }
        return head
    }

    /// Whether the input is an XLIFF document (a translated file given to the ebook).
    var isXLIFF: Bool { rootElementName == "xliff" }

    /// How many bytes of a feed read in chunks (`FeedStream`) come before its markup: a UTF-8
    /// byte-order mark and anything before the XML declaration or first element, as
    /// `FeedMarkup` cuts them from a feed read whole. UTF-16 is left as it is, for libxml2.
    var streamedMarkupOffset: Int {
        guard let byteOrderMark else { return Self.markupStart(in: text) ?? 0 }
        return byteOrderMark.isUTF16 ? 0 : byteOrderMark.count + (Self.markupStart(in: text) ?? 0)
    }

    /// Offset of the XML declaration, or of the first element when there is none, in the
    /// first 4 KB of `bytes`.
    static func markupStart(in bytes: [UInt8]) -> Int? {
        let head = bytes.prefix(4096)
        let declaration: [UInt8] = Array("<?xml".utf8)
        if let index = head.indices.first(where: { head[$0...].starts(with: declaration) }) { return index }
        return head.indices.first { index in
            head[index] == UInt8(ascii: "<") && index + 1 < head.endIndex
                && (head[index + 1] == UInt8(ascii: "!") || head[index + 1] == UInt8(ascii: "?") || (head[index + 1] | 0x20) >= UInt8(ascii: "a") && (head[index + 1] | 0x20) <= UInt8(ascii: "z"))
        }
    }

    /// The first element's name in the text (ASCII only: other bytes end a name).
    static func rootElementName(in text: [UInt8]) -> String? {
        firstElementName(in: String(decoding: text.map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self))
    }

    /// The name of the first element, skipping the XML declaration, comments, DOCTYPE and PIs.
    private static func firstElementName(in text: String) -> String? {
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            if after.hasPrefix("!--") {
                guard let end = after.range(of: "-->") else { return nil }
                rest = after[end.upperBound...]
            } else if after.hasPrefix("?") || after.hasPrefix("!") {
                guard let end = after.firstIndex(of: ">") else { return nil }
                rest = after[after.index(after: end)...]
            } else {
                let name = after.prefix { $0.isLetter || $0.isNumber || $0 == ":" || $0 == "-" || $0 == "_" }
                if let first = name.first, first.isLetter { return String(name) }
                rest = after
            }
        }
        return nil
    }
}
