/// Writes a translated article as a complete HTML5 document in the target language.
///
/// The output is polyglot HTML (also well-formed XML), written through libxml2's writer:
/// `<!DOCTYPE html>`, `<html lang=TARGET>`, a head with `<meta charset>`, the translated
/// title, the canonical link, date, author and outlet, then the article with its original
/// structure — headings, paragraphs, nested lists, block quotes, figures with captions,
/// tables rebuilt from their row and column indices, definition lists, preformatted text,
/// rules — and each block's inline markup restored around the translated text.
/// A block without a translation shows the source, marked `lang=SOURCE class="untranslated"`
/// (a piece of a block, as a `<span>`); a translation marked for review gets
/// `class="needs-review"`. Every character of a translation reaches the page.
public struct HTMLWriter: Sendable {
    public init() {}

    /// The page of one translated article; there are no options (`write(_:)` without them).
    public func write(_ translated: TranslatedDocument, options: Void) throws(XMLError) -> [UInt8] {
        let document = translated.document
        let metadata = document.metadata
        // No automatic indentation: it would put whitespace inside list items and cells, which
        // a browser renders as a space (visible in CJK text). Line breaks go between blocks only.
        let writer = try XMLWriter(indent: false)
        // Declaring UTF-8 makes libxml2 write attribute values as UTF-8 rather than as
        // character references; the declaration itself is dropped below (HTML has none).
        writer.startDocument()
        writer.doctype("html")
        writer.startElement("html")
        writer.attribute("xmlns", "http://www.w3.org/1999/xhtml")
        writer.attribute("lang", translated.targetLanguage.rawValue)
        writer.attribute("xml:lang", translated.targetLanguage.rawValue)
        if translated.targetLanguage.isRightToLeft { writer.attribute("dir", "rtl") }

        writer.text("\n")
        writer.startElement("head")
        writer.startElement("meta")
        writer.attribute("charset", "utf-8")
        writer.endElement()
        writer.element("meta", attributes: [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])
        let title = translated.translatedTitle ?? metadata.title ?? document.blocks.first { $0.role == .title }?.plainText ?? metadata.origin
        writer.startElement("title")
        if translated.translatedTitle == nil { writer.attribute("lang", metadata.sourceLanguage.rawValue) }
        writer.text(title)
        writer.fullEndElement()
        if let url = metadata.url, !url.isEmpty, MarkupSanitizer.webPageURL(url, image: false) != nil {
            writer.element("link", attributes: [("rel", "canonical"), ("href", url)])
        }
        var metas: [(String, String)] = [("generator", "Diglot")]
        if let published = metadata.publishedISO8601 { metas.append(("date", published)) }
        if let author = metadata.author, !author.isEmpty { metas.append(("author", author)) }
        if let outlet = metadata.outlet, !outlet.isEmpty { metas.append(("publisher", outlet)) }
        metas.append(("diglot:source-language", metadata.sourceLanguage.rawValue))
        if let original = metadata.title, !original.isEmpty { metas.append(("diglot:original-title", original)) }
        metas.append(("diglot:identifier", document.identifier))
        for (name, content) in metas {
            writer.text("\n")
            writer.element("meta", attributes: [("name", name), ("content", content)])
        }
        if let published = metadata.publishedISO8601 {
            writer.element("meta", attributes: [("property", "article:published_time"), ("content", published)])
        }
        if let outlet = metadata.outlet, !outlet.isEmpty {
            writer.element("meta", attributes: [("property", "og:site_name"), ("content", outlet)])
        }
        writer.element("style", text: ".untranslated{background:#fff4d6}.needs-review{background:#eef4ff}"
            + "figure img{max-width:100%}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .4em}")
        writer.endElement()

        writer.text("\n")
        writer.startElement("body")
        writer.startElement("article")
        HTMLBlockWriter(writer: writer, translated: translated).write(BlockLayout(document.blocks))
        writer.text("\n")
        writer.fullEndElement()
        writer.fullEndElement()
        writer.text("\n")
        writer.fullEndElement()
        writer.text("\n")
        let bytes = try writer.finish()
        guard let doctype = HTMLWriter.firstIndex(of: Array("<!DOCTYPE".utf8), in: bytes) else { return bytes }
        return Array(bytes[doctype...])
    }

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if Array(bytes[start..<(start + needle.count)]) == needle { return start }
        }
        return nil
    }
}
