/// The frame shared by every XHTML content document of a book: XML declaration, HTML5
/// doctype, `<html>` with both namespaces and the page language, `<head>` with title and
/// stylesheet, then `<body>`.
///
/// Written without indentation: libxml2's indenter adds whitespace inside mixed content, which
/// would put stray spaces into Chinese text. A newline after each block keeps the files readable.
struct XHTMLPage {
    let writer: XMLWriter
    /// The page's language; paragraphs in another language say so themselves.
    let language: LanguageTag

    static let stylesheetPath = "css/diglot.css"

    /// Builds one page; `content` writes what goes inside `<body>`.
    static func render(language: LanguageTag, title: String, bodyClass: String, depth: Int,
                       content: (XHTMLPage) -> Void) throws(XMLError) -> [UInt8] {
        let writer = try XMLWriter(indent: false)
        let page = XHTMLPage(writer: writer, language: language)
        writer.startDocument()
        writer.text("\n")
        writer.doctype("html")
        writer.text("\n")
        writer.startElement("html")
        writer.attribute("xmlns", "http://www.w3.org/1999/xhtml")
        writer.attribute("xmlns:epub", "http://www.idpf.org/2007/ops")
        page.languageAttributes(language, pageLevel: true)
        page.newline()
        writer.startElement("head")
        writer.startElement("meta")
        writer.attribute("charset", "utf-8")
        writer.endElement()
        writer.element("title", text: title.isEmpty ? "—" : title)
        writer.startElement("link")
        writer.attribute("rel", "stylesheet")
        writer.attribute("type", "text/css")
        writer.attribute("href", String(repeating: "../", count: depth) + stylesheetPath)
        writer.endElement()
        writer.fullEndElement()
        page.newline()
        writer.startElement("body")
        writer.attribute("class", bodyClass)
        page.newline()
        content(page)
        writer.fullEndElement()
        page.newline()
        writer.fullEndElement()
        writer.text("\n")
        return try writer.finish()
    }

    /// `lang`, `xml:lang` and, where the direction differs from the page's, `dir`.
    func languageAttributes(_ tag: LanguageTag, pageLevel: Bool = false) {
        writer.attribute("lang", tag.rawValue)
        writer.attribute("xml:lang", tag.rawValue)
        if tag.isRightToLeft {
            writer.attribute("dir", "rtl")
        } else if !pageLevel, language.isRightToLeft {
            writer.attribute("dir", "ltr")
        }
    }

    /// A line break between blocks (insignificant whitespace in XHTML flow content).
    func newline() {
        writer.text("\n")
    }
}
