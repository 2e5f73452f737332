/// The EPUB 3 navigation document and the EPUB 2 NCX, listing each article by its source
/// and translated headline.
extension PublicationPlan {
    /// `nav.xhtml`: the table of contents and landmarks. Not in the spine, so the contents do
    /// not interrupt the reading order; every reading system shows it from its own menu.
    func navigationDocument() throws(XMLError) -> [UInt8] {
        let titles = chapterTitles
        let targetFirst = options.layout == .targetOnly && !options.reviewCopy
        return try XHTMLPage.render(language: primaryLanguage, title: bookTitle, bodyClass: "navigation", depth: 0) { page in
            let writer = page.writer
            writer.startElement("nav")
            writer.attribute("epub:type", "toc")
            writer.attribute("id", "toc")
            writer.attribute("role", "doc-toc")
            page.newline()
            writer.element("h1", text: bookTitle)
            page.newline()
            writer.startElement("ol")
            page.newline()
            for (index, title) in titles.enumerated() {
                let chapter = book.chapters[index]
                writer.startElement("li")
                writer.startElement("a")
                writer.attribute("href", chapterPath(index))
                var labels: [(text: String, language: LanguageTag, className: String)] = [
                    (title.source, chapter.document.metadata.sourceLanguage, "src"),
                ]
                if let target = title.target { labels.append((target, book.targetLanguage, "tgt")) }
                if targetFirst { labels.reverse() }
                for (position, label) in labels.enumerated() {
                    if position > 0 { writer.text(" / ") }
                    writer.startElement("span")
                    writer.attribute("class", label.className)
                    page.languageAttributes(label.language)
                    writer.text(label.text)
                    writer.fullEndElement()
                }
                writer.fullEndElement()
                writer.fullEndElement()
                page.newline()
            }
            writer.fullEndElement()
            page.newline()
            writer.fullEndElement()
            page.newline()

            writer.startElement("nav")
            writer.attribute("epub:type", "landmarks")
            writer.attribute("hidden", "hidden")
            page.newline()
            writer.startElement("ol")
            if hasTitlePage {
                writer.startElement("li")
                writer.element("a", attributes: [("epub:type", "titlepage"), ("href", Self.titlePagePath)], text: bookTitle)
                writer.fullEndElement()
            }
            writer.startElement("li")
            writer.element("a", attributes: [("epub:type", "bodymatter"), ("href", chapterPath(0))], text: titles[0].source)
            writer.fullEndElement()
            writer.fullEndElement()
            page.newline()
            writer.fullEndElement()
            page.newline()
        }
    }

    /// `toc.ncx` for EPUB 2 reading systems; its `dtb:uid` must equal the package identifier.
    func ncx() throws(XMLError) -> [UInt8] {
        let titles = chapterTitles
        let targetFirst = options.layout == .targetOnly && !options.reviewCopy
        let writer = try XMLWriter()
        writer.startDocument()
        writer.startElement("ncx")
        writer.attribute("xmlns", "http://www.daisy.org/z3986/2005/ncx/")
        writer.attribute("version", "2005-1")
        writer.attribute("xml:lang", primaryLanguage.rawValue)
        writer.startElement("head")
        for (name, content) in [("dtb:uid", identifier), ("dtb:depth", "1"), ("dtb:totalPageCount", "0"), ("dtb:maxPageNumber", "0")] {
            writer.element("meta", attributes: [("name", name), ("content", content)])
        }
        writer.endElement()
        writer.startElement("docTitle")
        writer.element("text", text: bookTitle)
        writer.endElement()
        writer.startElement("navMap")
        for (index, title) in titles.enumerated() {
            var labels = [title.source]
            if let target = title.target { labels.append(target) }
            if targetFirst { labels.reverse() }
            writer.startElement("navPoint")
            writer.attribute("id", "nav-" + chapterID(index))
            writer.attribute("playOrder", String(index + 1))
            writer.startElement("navLabel")
            writer.element("text", text: labels.joined(separator: " / "))
            writer.endElement()
            writer.element("content", attributes: [("src", chapterPath(index))])
            writer.endElement()
        }
        writer.endElement()
        writer.endElement()
        return try writer.finish()
    }
}
