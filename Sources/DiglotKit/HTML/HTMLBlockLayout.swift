/// Rebuilds an article's block structure as HTML elements, one block at a time.
///
/// Blocks are a flat list; the grouping elements come back from the roles: consecutive list
/// items form `<ul>`/`<ol>` nested by depth (a deeper list inside the previous item), table
/// cells form `<table>`/`<tr>` by their table and row indices, terms and definitions form a
/// `<dl>`, and an image followed by a caption becomes one `<figure>`.
struct HTMLBlockLayout {
    private let writer: XMLWriter
    private let translated: TranslatedDocument

    /// Open lists, outermost first: whether ordered, and whether an `<li>` is open in it.
    private var lists: [(ordered: Bool, itemOpen: Bool)] = []
    /// The open table and row, by their indices.
    private var table: (index: Int, row: Int?)?
    private var definitionListOpen = false
    private var figureOpen = false

    init(writer: XMLWriter, translated: TranslatedDocument) {
        self.writer = writer
        self.translated = translated
    }

    mutating func write(_ blocks: [Block]) {
        for block in blocks { write(block) }
        closeAll()
    }

    private mutating func write(_ block: Block) {
        switch block.role {
        case .listItem(let ordered, let depth):
            closeTable(); closeDefinitionList(); closeFigure()
            item(ordered: ordered, depth: max(1, depth), block: block)
            return
        case .tableCell(let header, let index, let row, _):
            closeLists(); closeDefinitionList(); closeFigure()
            if let open = table, open.index != index { closeTable() }
            if table == nil {
                newline()
                writer.startElement("table")
                table = (index, nil)
            }
            if table?.row != row {
                if table?.row != nil { writer.fullEndElement() }
                newline()
                writer.startElement("tr")
                table?.row = row
            }
            text(block, element: header ? "th" : "td")
            return
        case .definitionTerm, .definition:
            closeLists(); closeTable(); closeFigure()
            if !definitionListOpen {
                newline()
                writer.startElement("dl")
                definitionListOpen = true
            }
            text(block, element: block.role == .definitionTerm ? "dt" : "dd")
            return
        case .caption:
            closeLists(); closeTable(); closeDefinitionList()
            if figureOpen {
                text(block, element: "figcaption")
                closeFigure()
            } else {
                newline()
                writer.startElement("figure")
                text(block, element: "figcaption")
                writer.fullEndElement()
            }
            return
        default:
            closeAll()
        }
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
        case .image(let image):
            newline()
            writer.startElement("figure")
            figureOpen = true
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
        default:
            break
        }
    }

    private mutating func item(ordered: Bool, depth: Int, block: Block) {
        while lists.count > depth { closeList() }
        if lists.count == depth, lists[depth - 1].ordered != ordered { closeList() }
        while lists.count < depth {
            if let last = lists.last, !last.itemOpen {
                // A list nested without an item to hold it: give it an empty one.
                newline()
                writer.startElement("li")
                lists[lists.count - 1].itemOpen = true
            }
            newline()
            writer.startElement(lists.count + 1 == depth ? (ordered ? "ol" : "ul") : "ul")
            lists.append((ordered: lists.count + 1 == depth ? ordered : false, itemOpen: false))
        }
        if lists[lists.count - 1].itemOpen { writer.fullEndElement() }
        newline()
        writer.startElement("li")
        lists[lists.count - 1].itemOpen = true
        content(of: block)
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

    private mutating func closeList() {
        guard let last = lists.popLast() else { return }
        if last.itemOpen { writer.fullEndElement() }
        writer.fullEndElement()
    }

    private mutating func closeLists() {
        while !lists.isEmpty { closeList() }
    }

    private mutating func closeTable() {
        guard let open = table else { return }
        if open.row != nil { writer.fullEndElement() }
        writer.fullEndElement()
        table = nil
    }

    private mutating func closeDefinitionList() {
        guard definitionListOpen else { return }
        writer.fullEndElement()
        definitionListOpen = false
    }

    private mutating func closeFigure() {
        guard figureOpen else { return }
        writer.fullEndElement()
        figureOpen = false
    }

    private mutating func closeAll() {
        closeLists(); closeTable(); closeDefinitionList(); closeFigure()
    }
}
