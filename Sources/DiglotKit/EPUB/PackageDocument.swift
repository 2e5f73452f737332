/// The OCF container file and the package document (OPF) of a book.
extension PublicationPlan {
    /// `META-INF/container.xml`, pointing at the package document.
    static func container() throws(XMLError) -> [UInt8] {
        let writer = try XMLWriter()
        writer.startDocument()
        writer.startElement("container")
        writer.attribute("version", "1.0")
        writer.attribute("xmlns", "urn:oasis:names:tc:opendocument:xmlns:container")
        writer.startElement("rootfiles")
        writer.element("rootfile", attributes: [
            ("full-path", root + packagePath), ("media-type", "application/oebps-package+xml"),
        ])
        writer.endElement()
        writer.endElement()
        return try writer.finish()
    }

    private struct ManifestItem {
        let id: String
        let href: String
        let mediaType: String
        var properties: String?
    }

    /// The package document: metadata, a manifest sorted by ID, and the spine in reading order.
    func packageDocument() throws(XMLError) -> [UInt8] {
        let writer = try XMLWriter()
        writer.startDocument()
        writer.startElement("package")
        writer.attribute("xmlns", "http://www.idpf.org/2007/opf")
        writer.attribute("version", "3.0")
        writer.attribute("unique-identifier", "pub-id")
        writer.attribute("xml:lang", primaryLanguage.rawValue)
        if primaryLanguage.isRightToLeft { writer.attribute("dir", "rtl") }

        writer.startElement("metadata")
        writer.attribute("xmlns:dc", "http://purl.org/dc/elements/1.1/")
        writer.element("dc:identifier", attributes: [("id", "pub-id")], text: identifier)
        writer.element("dc:title", text: bookTitle)
        for language in languages { writer.element("dc:language", text: language.rawValue) }
        let creators = book.creator.map { [$0] } ?? outlets
        for creator in creators where !creator.allSatisfy(\.isWhitespace) {
            writer.element("dc:creator", text: ChapterRenderer.collapsed(creator))
        }
        let stamp = ISO8601.string(from: date)
        writer.element("dc:date", text: stamp)
        if book.chapters.count == 1, let url = book.chapters[0].document.metadata.url.flatMap(MarkupSanitizer.bookURL) {
            writer.element("dc:source", text: url.string)
        }
        writer.element("meta", attributes: [("property", "dcterms:modified")], text: stamp)
        writer.endElement()

        var items: [ManifestItem] = [
            ManifestItem(id: "nav", href: Self.navigationPath, mediaType: "application/xhtml+xml", properties: "nav"),
            ManifestItem(id: "ncx", href: Self.ncxPath, mediaType: "application/x-dtbncx+xml"),
            ManifestItem(id: "css", href: XHTMLPage.stylesheetPath, mediaType: "text/css"),
        ]
        if hasTitlePage {
            items.append(ManifestItem(id: "title-page", href: Self.titlePagePath, mediaType: "application/xhtml+xml"))
        }
        for index in book.chapters.indices {
            items.append(ManifestItem(id: chapterID(index), href: chapterPath(index), mediaType: "application/xhtml+xml"))
        }
        for image in images {
            items.append(ManifestItem(id: image.manifestID, href: image.path, mediaType: image.mediaType.rawValue))
        }
        writer.startElement("manifest")
        for item in items.sorted(by: { $0.id < $1.id }) {
            writer.element("item", attributes: [
                ("id", item.id), ("href", item.href), ("media-type", item.mediaType), ("properties", item.properties),
            ])
        }
        writer.endElement()

        writer.startElement("spine")
        writer.attribute("toc", "ncx")
        if primaryLanguage.isRightToLeft { writer.attribute("page-progression-direction", "rtl") }
        if hasTitlePage { writer.element("itemref", attributes: [("idref", "title-page")]) }
        for index in book.chapters.indices { writer.element("itemref", attributes: [("idref", chapterID(index))]) }
        writer.endElement()
        writer.endElement()
        return try writer.finish()
    }

    /// The title as given, whitespace collapsed; never empty (`dc:title` must have text).
    var bookTitle: String {
        let title = ChapterRenderer.collapsed(book.title)
        return title.isEmpty ? (chapterTitles.first?.source ?? "—") : title
    }
}
