/// Writes an article's layout as HTML elements, each block's translation inside.
///
/// The grouping (lists nested by depth, tables by rows, definition lists, figures) is
/// `BlockLayout`'s; this type only decides the HTML of each node and marks untranslated or
/// to-be-reviewed text. A figure has one `<figcaption>`, as HTML allows: with several captions
/// each is a `<p>` inside it.
struct HTMLBlockWriter {
    private let writer: XMLWriter
    private let translated: TranslatedDocument

    init(writer: XMLWriter, translated: TranslatedDocument) {
        self.writer = writer
        self.translated = translated
    }

    func write(_ layout: BlockLayout) {
        for node in layout.nodes { write(node) }
    }

    private func write(_ node: LayoutNode) {
        switch node {
        case .block(let block):
            write(block)
        case .list(let list):
            write(list)
        case .table(let table):
            newline()
            writer.startElement("table")
            for row in table.rows {
                newline()
                writer.startElement("tr")
                for cell in row {
                    guard case .tableCell(let header, _, _, _) = cell.role else { continue }
                    text(cell, element: header ? "th" : "td")
                }
                writer.fullEndElement()
            }
            writer.fullEndElement()
        case .definitionList(let entries):
            newline()
            writer.startElement("dl")
            for entry in entries { text(entry, element: entry.role == .definitionTerm ? "dt" : "dd") }
            writer.fullEndElement()
        case .figure(let figure):
            newline()
            writer.startElement("figure")
            if let image = figure.image { picture(image) }
            if figure.captions.count == 1, let caption = figure.captions.first {
                text(caption, element: "figcaption")
            } else if !figure.captions.isEmpty {
                newline()
                writer.startElement("figcaption")
                for caption in figure.captions { text(caption, element: "p") }
                writer.fullEndElement()
            }
            writer.fullEndElement()
        }
    }

    private func write(_ block: Block) {
        switch block.role {
        case .title: text(block, element: "h1")
        case .heading(let level): text(block, element: "h\(min(6, max(1, level)))")
        case .paragraph: text(block, element: "p")
        case .blockquote: text(block, element: "blockquote")
        case .preformatted: text(block, element: "pre")
        case .separator:
            newline()
            writer.startElement("hr")
            writer.endElement()
        case .listItem, .tableCell, .definitionTerm, .definition, .caption, .image:
            // Grouped by `BlockLayout`, never a node of their own.
            break
        }
    }

    /// The picture, linked when the article linked it, its alt text translated.
    private func picture(_ block: Block) {
        guard case .image(let image) = block.role else { return }
        let link = image.link.flatMap { MarkupSanitizer.webPageURL($0, image: false) }
        if let link {
            writer.startElement("a")
            writer.attribute("href", link)
        }
        writer.startElement("img")
        if let source = MarkupSanitizer.webPageURL(image.source, image: true) { writer.attribute("src", source) }
        let target = translated.target(of: block)
        let alt = target.pieces.map { Segment(runs: $0.runs).plainText }.joined()
        writer.attribute("alt", alt)
        if block.isTranslatable, target.isSourceFallback {
            writer.attribute("lang", translated.document.metadata.sourceLanguage.rawValue)
            writer.attribute("class", "untranslated")
        }
        writer.endElement()
        if link != nil { writer.fullEndElement() }
    }

    private func write(_ list: LayoutList) {
        newline()
        writer.startElement(list.ordered ? "ol" : "ul")
        for item in list.items {
            newline()
            writer.startElement("li")
            if let block = item.block { content(of: block) }
            for nested in item.lists { write(nested) }
            writer.fullEndElement()
        }
        writer.fullEndElement()
    }

    /// A block as one element holding its (translated) inline content.
    private func text(_ block: Block, element: String) {
        newline()
        writer.startMixedElement(element)
        content(of: block)
        writer.endMixedElement()
    }

    /// The block's translation, or its source marked, piece by piece; attributes on the
    /// enclosing element when the whole block is one kind.
    private func content(of block: Block) {
        let target = translated.target(of: block)
        let inline = HTMLInlineWriter(sourceRuns: block.runs)
        let source = translated.document.metadata.sourceLanguage.rawValue
        guard block.isTranslatable else {
            inline.write(block.runs, into: writer)
            return
        }
        if target.pieces.count == 1, let piece = target.pieces.first {
            if piece.isSourceFallback {
                writer.attribute("lang", source)
                writer.attribute("class", "untranslated")
            } else if piece.status == .needsReview {
                writer.attribute("class", "needs-review")
            }
            inline.write(piece.runs, into: writer)
            return
        }
        for piece in target.pieces {
            if piece.isSourceFallback {
                writer.startElement("span")
                writer.attribute("lang", source)
                writer.attribute("class", "untranslated")
                inline.write(piece.runs, into: writer)
                writer.fullEndElement()
            } else if piece.status == .needsReview {
                writer.startElement("span")
                writer.attribute("class", "needs-review")
                inline.write(piece.runs, into: writer)
                writer.fullEndElement()
            } else {
                inline.write(piece.runs, into: writer)
            }
        }
    }

    /// A line break between block elements, where whitespace means nothing.
    private func newline() { writer.text("\n") }
}
