import Foundation

/// Writes one article as an XHTML content document in the chosen layout.
///
/// Blocks come grouped by `BlockLayout` (lists, tables, definition lists, figures), as for the
/// web page of an import; this type decides the XHTML of each group. Each language gets its own
/// element with `lang`/`xml:lang` (and `dir`), so reading systems pick the right font,
/// hyphenation and dictionary, and text extraction sees source and translation as separate
/// paragraphs in reading order. Nested lists are flattened with a depth class, because a list
/// item holding both a paragraph and a sub-list reads as one run-on block in many readers.
struct ChapterRenderer {
    let chapter: Chapter
    let layout: EPUBLayout
    let reviewCopy: Bool
    let targetLanguage: LanguageTag
    /// Local images of this chapter: `Image.source` → path relative to the chapter file.
    let imagePaths: [String: String]
    /// The chapter's article with its targets, worked out once per chapter (`Chapter.targets`).
    private let translated: TranslatedDocument

    init(chapter: Chapter, layout: EPUBLayout, reviewCopy: Bool, targetLanguage: LanguageTag, imagePaths: [String: String]) {
        self.chapter = chapter
        self.layout = layout
        self.reviewCopy = reviewCopy
        self.targetLanguage = targetLanguage
        self.imagePaths = imagePaths
        self.translated = chapter.translated(into: targetLanguage)
    }

    private var sourceLanguage: LanguageTag { chapter.document.metadata.sourceLanguage }

    /// The layout actually used: an article that was never translated shows its source.
    var effectiveLayout: EPUBLayout { chapter.translations == nil && !reviewCopy ? .sourceOnly : layout }

    /// The headline in the source language, for the page title, the contents and the NCX.
    var sourceTitle: String {
        let headline = chapter.document.blocks.first { $0.role == .title }?.plainText
        return [headline, chapter.document.metadata.title, chapter.document.metadata.origin]
            .compactMap { $0.map(Self.collapsed) }.first { !$0.isEmpty } ?? "—"
    }

    /// The translated headline, when there is one.
    var targetTitle: String? {
        guard chapter.translations != nil else { return nil }
        return translated.translatedTitle.map(Self.collapsed)
    }

    /// Text of an alt or a caption as compared for repeats: white space collapsed, case and
    /// final punctuation ignored ("Kerry in Beijing." repeats "kerry in beijing").
    static func figureText(_ text: String) -> String {
        var folded = collapsed(text).lowercased()
        while let last = folded.last, last.isPunctuation { folded.removeLast() }
        return folded
    }

    static func collapsed(_ text: String) -> String {
        text.collapsingWhiteSpace
    }

    func render() throws(XMLError) -> [UInt8] {
        let pageLanguage = effectiveLayout == .targetOnly && !reviewCopy ? targetLanguage : sourceLanguage
        let pageTitle = effectiveLayout == .targetOnly ? (targetTitle ?? sourceTitle) : sourceTitle
        let bodyClass = reviewCopy ? "review" : effectiveLayout.rawValue
        return try XHTMLPage.render(language: pageLanguage, title: pageTitle, bodyClass: bodyClass, depth: 1) { page in
            var context = Context(page: page)
            page.writer.startElement("section")
            page.writer.attribute("epub:type", "chapter")
            page.writer.attribute("role", "doc-chapter")
            page.newline()
            writeArticle(&context)
            page.writer.fullEndElement()
            page.newline()
        }
    }

    // MARK: - Document structure

    /// State carried through one page.
    private struct Context {
        let page: XHTMLPage
        var writer: XMLWriter { page.writer }
        var usedIDs: Set<String> = []
    }

    private func writeArticle(_ context: inout Context) {
        var nodes = BlockLayout(chapter.document.blocks).nodes[...]
        context.writer.startElement("header")
        context.writer.attribute("class", "article-head")
        context.page.newline()
        if case .block(let first)? = nodes.first, first.role == .title {
            writeUnit(first, element: "h1", classes: ["title"], &context)
            nodes = nodes.dropFirst()
        } else if let title = chapter.document.metadata.title.map(Self.collapsed), !title.isEmpty {
            context.writer.startElement("h1")
            context.writer.attribute("class", "title src")
            context.page.languageAttributes(sourceLanguage)
            context.writer.text(title)
            context.writer.fullEndElement()
            context.page.newline()
        }
        writeMetadata(&context)
        context.writer.fullEndElement()
        context.page.newline()

        var index = nodes.startIndex
        while index < nodes.endIndex {
            switch nodes[index] {
            case .list:
                // Lists next to each other are flattened together, then split where the kind changes.
                var items: [FlatListItem] = []
                while index < nodes.endIndex, case .list(let list) = nodes[index] {
                    items += list.flattened
                    index += 1
                }
                writeList(items, &context)
                continue
            case .block(let block): writeSimpleBlock(block, &context)
            case .table(let table): writeTable(table, &context)
            case .definitionList(let entries): writeDefinitionList(entries, &context)
            case .figure(let figure): writeFigure(figure, &context)
            }
            index += 1
        }
    }

    private func writeSimpleBlock(_ block: Block, _ context: inout Context) {
        switch block.role {
        case .title: writeUnit(block, element: "h1", classes: ["title"], &context)
        case .heading(let level): writeUnit(block, element: "h\(min(max(level + 1, 2), 6))", classes: [], &context)
        case .paragraph: writeUnit(block, element: "p", classes: [], &context)
        case .blockquote: writeUnit(block, element: "blockquote", classes: [], &context)
        case .caption: writeUnit(block, element: "p", classes: ["caption"], &context)
        case .preformatted: writeUnit(block, element: "pre", classes: [], &context)
        case .separator:
            context.writer.startElement("hr")
            context.writer.endElement()
            context.page.newline()
        case .listItem, .tableCell, .definitionTerm, .definition, .image:
            writeUnit(block, element: "p", classes: [block.role.name], &context)
        }
    }

    private func writeMetadata(_ context: inout Context) {
        let metadata = chapter.document.metadata
        let writer = context.writer
        let outlet = metadata.outlet.map(Self.collapsed).flatMap { $0.isEmpty ? nil : $0 }
        let author = metadata.author.map(Self.collapsed).flatMap { $0.isEmpty ? nil : $0 }
        if outlet != nil || author != nil || metadata.published != nil {
            writer.startElement("p")
            writer.attribute("class", "article-meta")
            context.page.languageAttributes(sourceLanguage)
            var first = true
            func separator() {
                if !first { writer.text(" · ") }
                first = false
            }
            if let outlet {
                separator()
                writer.element("span", attributes: [("class", "outlet")], text: outlet)
            }
            if let published = metadata.published {
                separator()
                let stamp = ISO8601.string(from: published)
                writer.element("time", attributes: [("datetime", stamp)], text: Self.displayDate(published))
            }
            if let author {
                separator()
                writer.element("span", attributes: [("class", "author")], text: author)
            }
            writer.fullEndElement()
            context.page.newline()
        }
        if let raw = metadata.url, let url = MarkupSanitizer.bookURL(raw) {
            writer.startElement("p")
            writer.attribute("class", "article-link")
            writer.startElement("a")
            writer.attribute("href", url.string)
            // Shown as a reader would type it: percent-escapes of non-Latin paths decoded
            // (…/cn/中国/20230707-美国气候特使…), the link itself unchanged.
            let shown = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            writer.text(Self.collapsed(shown.removingPercentEncoding ?? shown))
            writer.fullEndElement()
            writer.fullEndElement()
            context.page.newline()
        }
    }

    /// `2020-07-28 14:56 UTC`: unambiguous in every language, independent of the machine's zone.
    static func displayDate(_ date: Date) -> String {
        let stamp = ISO8601.string(from: date)  // 2020-07-28T14:56:11Z
        let day = stamp.prefix(10)
        let time = stamp.dropFirst(11).prefix(5)
        return "\(day) \(time) UTC"
    }

    // MARK: - One unit in the current layout

    private enum Side { case source, target }

    /// Writes `block` as `element` in the layout: source, translation, or both.
    private func writeUnit(_ block: Block, element: String, classes: [String], _ context: inout Context) {
        if reviewCopy, block.isTranslatable {
            writeReviewUnit(block, element: element, classes: classes, &context)
            return
        }
        guard block.isTranslatable else {
            writeSide(.source, of: block, element: element, classes: classes + ["fixed"], id: block.id, &context)
            return
        }
        switch effectiveLayout {
        case .sourceOnly:
            writeSide(.source, of: block, element: element, classes: classes, id: block.id, &context)
        case .targetOnly:
            writeSide(.target, of: block, element: element, classes: classes, id: block.id, &context)
        case .interleaved:
            writeSide(.source, of: block, element: element, classes: classes, id: block.id, &context)
            writeSide(.target, of: block, element: element, classes: classes, id: nil, &context)
        case .sideBySide:
            context.writer.startElement("div")
            context.writer.attribute("class", "pair")
            writeSide(.source, of: block, element: element, classes: classes, id: block.id, &context)
            writeSide(.target, of: block, element: element, classes: classes, id: nil, &context)
            context.writer.fullEndElement()
            context.page.newline()
        }
    }

    /// Writes one language of a block as one element.
    private func writeSide(_ side: Side, of block: Block, element: String, classes: [String], id: UnitID?,
                           extraAttributes: [(String, String)] = [], _ context: inout Context) {
        let writer = context.writer
        writer.startElement(element)
        if let id { writeID(for: id, &context) }
        for (name, value) in extraAttributes { writer.attribute(name, value) }
        switch side {
        case .source:
            writer.attribute("class", (classes + ["src"]).joined(separator: " "))
            context.page.languageAttributes(sourceLanguage)
            InlineRenderer(sourceRuns: block.runs).write(block.segments, into: writer)
        case .target:
            let text = translated.target(of: block)
            var all = classes + ["tgt"]
            if let marker = Self.statusClass(of: text) { all.append(marker) }
            writer.attribute("class", all.joined(separator: " "))
            context.page.languageAttributes(text.isSourceFallback ? sourceLanguage : targetLanguage)
            writeTarget(text, of: block, context)
        }
        writer.fullEndElement()
        context.page.newline()
    }

    /// `untranslated` when the whole text is the source, `partial` when some segments are
    /// (those carry their own mark), `needs-review` when the translator flagged it.
    private static func statusClass(of text: TargetText) -> String? {
        if text.isSourceFallback { return text.status == .untranslated ? "untranslated" : nil }
        if text.pieces.contains(where: \.isSourceFallback) { return "partial" }
        return text.status == .needsReview ? "needs-review" : nil
    }

    /// Writes the target pieces; source fallbacks inside a translated paragraph get their own
    /// `<span>` with the source language, so the mark and the language stay exact.
    private func writeTarget(_ text: TargetText, of block: Block, _ context: Context) {
        let renderer = InlineRenderer(sourceRuns: block.runs)
        let mixed = text.pieces.contains(where: \.isSourceFallback) && text.pieces.contains { !$0.isSourceFallback }
        guard mixed else {
            renderer.write(text.pieces.flatMap(\.runs), into: context.writer)
            return
        }
        for piece in text.pieces {
            if piece.isSourceFallback {
                context.writer.startElement("span")
                context.writer.attribute("class", "untranslated")
                context.page.languageAttributes(sourceLanguage)
                renderer.write(piece.runs, into: context.writer)
                context.writer.fullEndElement()
            } else {
                renderer.write(piece.runs, into: context.writer)
            }
        }
    }

    /// An `id` attribute for the unit, unless an earlier element of the page has it already.
    private func writeID(for id: UnitID, _ context: inout Context) {
        let value = "u-" + id.rawValue
        guard context.usedIDs.insert(value).inserted else { return }
        context.writer.attribute("id", value)
    }

    // MARK: - Review copy

    /// A labelled card: unit ID, source with glossary hits marked, the hits listed, and a slot.
    private func writeReviewUnit(_ block: Block, element: String, classes: [String], _ context: inout Context) {
        let writer = context.writer
        writer.startElement("div")
        writer.attribute("class", "unit")
        writeID(for: block.id, &context)
        context.page.newline()
        writer.element("p", attributes: [("class", "unit-id")], text: block.id.rawValue)
        context.page.newline()

        writer.startElement(element)
        writer.attribute("class", (classes + ["src"]).joined(separator: " "))
        context.page.languageAttributes(sourceLanguage)
        InlineRenderer(sourceRuns: block.runs).write(block.segments, highlightTerms: true, into: writer)
        writer.fullEndElement()
        context.page.newline()

        let hits = Self.glossaryHits(of: block)
        if !hits.isEmpty {
            writer.startElement("ul")
            writer.attribute("class", "terms")
            for entry in hits {
                writer.startElement("li")
                writer.startElement("span")
                writer.attribute("class", "term-source")
                context.page.languageAttributes(sourceLanguage)
                writer.text(entry.source)
                writer.fullEndElement()
                writer.text(" → ")
                writer.startElement("span")
                writer.attribute("class", "term-target")
                context.page.languageAttributes(targetLanguage)
                writer.text(entry.target)
                writer.fullEndElement()
                if entry.type != .term {
                    writer.text(" ")
                    writer.element("span", attributes: [("class", "term-type")], text: entry.type.rawValue)
                }
                if let note = entry.note?.trimmingCharacters(in: .whitespacesAndNewlines), !note.isEmpty {
                    writer.text(" ")
                    writer.element("span", attributes: [("class", "term-note")], text: note)
                }
                writer.fullEndElement()
            }
            writer.fullEndElement()
            context.page.newline()
        }

        let text = translated.target(of: block)
        writer.startElement("p")
        var slotClasses = ["slot", "tgt"]
        if !text.isSourceFallback, let marker = Self.statusClass(of: text) { slotClasses.append(marker) }
        writer.attribute("class", slotClasses.joined(separator: " "))
        context.page.languageAttributes(targetLanguage)
        if !text.isSourceFallback {
            let pieces = TargetText(pieces: text.pieces.filter { !$0.isSourceFallback })
            writeTarget(pieces, of: block, context)
        }
        writer.fullEndElement()
        context.page.newline()
        writer.fullEndElement()
        context.page.newline()
    }

    /// Distinct glossary entries hit in the block, in order of first occurrence.
    static func glossaryHits(of block: Block) -> [GlossaryEntry] {
        var seen: Set<String> = []
        var entries: [GlossaryEntry] = []
        for segment in block.segments {
            for term in segment.terms.sorted(by: { ($0.runIndex, $0.range.lowerBound) < ($1.runIndex, $1.range.lowerBound) })
            where term.entry.type != .exclude {
                if seen.insert(term.entry.source + "\u{1F}" + term.entry.target).inserted { entries.append(term.entry) }
            }
        }
        return entries
    }

    // MARK: - Lists, tables, definition lists, figures

    /// Items of adjacent lists in reading order: one flat list per run of one kind, the depth
    /// as a class, each ordered item numbered as in its own list.
    private func writeList(_ items: [FlatListItem], _ context: inout Context) {
        if reviewCopy {
            for item in items {
                writeUnit(item.block, element: "p", classes: ["li", "depth-\(min(item.depth, 6))"], &context)
            }
            return
        }
        var index = items.startIndex
        while index < items.endIndex {
            let ordered = items[index].ordered
            let end = items[index...].firstIndex { $0.ordered != ordered } ?? items.endIndex
            if effectiveLayout == .sideBySide {
                writePairedList(items[index..<end], ordered: ordered, &context)
            } else {
                writeListRun(items[index..<end], ordered: ordered, &context)
            }
            index = end
        }
    }

    /// One `<ul>`/`<ol>`; each item's translation follows it as its own unnumbered item.
    private func writeListRun(_ run: ArraySlice<FlatListItem>, ordered: Bool, _ context: inout Context) {
        let writer = context.writer
        writer.startElement(ordered ? "ol" : "ul")
        context.page.newline()
        for flat in run {
            let item = flat.block
            let value: [(String, String)] = ordered ? [("value", String(flat.number))] : []
            let classes = ["depth-\(min(flat.depth, 6))"]
            guard item.isTranslatable else {
                writeSide(.source, of: item, element: "li", classes: classes + ["fixed"], id: item.id, extraAttributes: value, &context)
                continue
            }
            switch effectiveLayout {
            case .sourceOnly, .sideBySide:
                writeSide(.source, of: item, element: "li", classes: classes, id: item.id, extraAttributes: value, &context)
            case .targetOnly:
                writeSide(.target, of: item, element: "li", classes: classes, id: item.id, extraAttributes: value, &context)
            case .interleaved:
                writeSide(.source, of: item, element: "li", classes: classes, id: item.id, extraAttributes: value, &context)
                writeSide(.target, of: item, element: "li", classes: classes + ["continued"], id: nil, extraAttributes: value, &context)
            }
        }
        writer.fullEndElement()
        context.page.newline()
    }

    /// Side by side: each item a row of two one-item lists, numbered alike.
    private func writePairedList(_ run: ArraySlice<FlatListItem>, ordered: Bool, _ context: inout Context) {
        let writer = context.writer
        let listElement = ordered ? "ol" : "ul"
        for flat in run {
            let item = flat.block
            let start: [(String, String)] = ordered ? [("start", String(flat.number))] : []
            writer.startElement("div")
            writer.attribute("class", "pair list-pair depth-\(min(flat.depth, 6))")
            let sides: [Side] = item.isTranslatable ? [.source, .target] : [.source]
            for side in sides {
                writer.startElement(listElement)
                for (name, value) in start { writer.attribute(name, value) }
                writer.attribute("class", side == .source ? "src-list" : "tgt-list")
                let language = side == .source || translated.target(of: item).isSourceFallback ? sourceLanguage : targetLanguage
                if language.isRightToLeft { writer.attribute("dir", "rtl") }
                writeSide(side, of: item, element: "li", classes: item.isTranslatable ? [] : ["fixed"],
                          id: side == .source ? item.id : nil, &context)
                writer.fullEndElement()
            }
            writer.fullEndElement()
            context.page.newline()
        }
    }

    private func writeTable(_ table: LayoutTable, _ context: inout Context) {
        if reviewCopy {
            for cell in table.rows.joined() { writeUnit(cell, element: "p", classes: [cell.role.name], &context) }
            return
        }
        let rows = table.rows
        let writer = context.writer
        writer.startElement("table")
        writer.attribute("class", "data")
        writer.startElement("tbody")
        context.page.newline()
        for row in rows {
            let translatable = row.contains(where: \.isTranslatable)
            var sides: [Side]
            switch effectiveLayout {
            case .sourceOnly: sides = [.source]
            case .targetOnly: sides = [.target]
            case .interleaved, .sideBySide: sides = translatable ? [.source, .target] : [.source]
            }
            if !translatable { sides = [.source] }
            for side in sides {
                writer.startElement("tr")
                writer.attribute("class", side == .source ? "src-row" : "tgt-row")
                for cell in row {
                    guard case .tableCell(let header, _, _, _) = cell.role else { continue }
                    let element = header ? "th" : "td"
                    let cellSide: Side = cell.isTranslatable ? side : .source
                    writeSide(cellSide, of: cell, element: element, classes: cell.isTranslatable ? [] : ["fixed"],
                              id: side == sides.first ? cell.id : nil, &context)
                }
                writer.fullEndElement()
                context.page.newline()
            }
        }
        writer.fullEndElement()
        writer.fullEndElement()
        context.page.newline()
    }

    private func writeDefinitionList(_ entries: [Block], _ context: inout Context) {
        if reviewCopy {
            for entry in entries { writeUnit(entry, element: "p", classes: [entry.role.name], &context) }
            return
        }
        context.writer.startElement("dl")
        context.page.newline()
        for entry in entries {
            let element = entry.role == .definitionTerm ? "dt" : "dd"
            guard entry.isTranslatable else {
                writeSide(.source, of: entry, element: element, classes: ["fixed"], id: entry.id, &context)
                continue
            }
            switch effectiveLayout {
            case .sourceOnly:
                writeSide(.source, of: entry, element: element, classes: [], id: entry.id, &context)
            case .targetOnly:
                writeSide(.target, of: entry, element: element, classes: [], id: entry.id, &context)
            case .interleaved, .sideBySide:
                writeSide(.source, of: entry, element: element, classes: [], id: entry.id, &context)
                writeSide(.target, of: entry, element: element, classes: [], id: nil, &context)
            }
        }
        context.writer.fullEndElement()
        context.page.newline()
    }

    /// An image is a figure: the picture when it is local (embedded), then its alt text and
    /// captions in the layout's languages. A remote picture is never fetched and never shown as
    /// a bare link: its alt text and captions stand for it. Alt text that only repeats a
    /// caption is shown once, as the caption (a review copy shows every unit). Captions with no
    /// picture before them are a figure of captions only.
    private func writeFigure(_ figure: LayoutFigure, _ context: inout Context) {
        let writer = context.writer
        let captions = figure.captions
        guard let block = figure.image, case .image(let image) = block.role else {
            writer.startElement("figure")
            writer.attribute("class", "caption-only")
            context.page.newline()
            for caption in captions { writeUnit(caption, element: "p", classes: ["caption"], &context) }
            writer.fullEndElement()
            context.page.newline()
            return
        }
        let localPath = imagePaths[image.source]
        let alt = Self.figureText(block.plainText)
        let repeatsCaption = !alt.isEmpty && captions.contains { Self.figureText($0.plainText) == alt }
        let showsAlt = !alt.isEmpty && (reviewCopy || !repeatsCaption)
        guard localPath != nil || showsAlt || !captions.isEmpty else { return }
        writer.startElement("figure")
        writer.attribute("class", localPath != nil ? "image" : "image remote")
        context.page.newline()
        if let localPath {
            let showsTarget = effectiveLayout == .targetOnly && !reviewCopy
            let target = translated.target(of: block)
            let altRuns = showsTarget && !target.isSourceFallback ? target.pieces.flatMap(\.runs) : block.runs
            writer.startElement("img")
            writer.attribute("src", localPath)
            writer.attribute("alt", Self.collapsed(Segment(runs: altRuns).plainText))
            writer.endElement()
            context.page.newline()
        }
        if showsAlt {
            if localPath != nil, !reviewCopy, effectiveLayout == .sourceOnly || effectiveLayout == .targetOnly {
                // The alt attribute already carries it; no visible duplicate.
            } else {
                writeUnit(block, element: "p", classes: ["alt"], &context)
            }
        }
        for caption in captions { writeUnit(caption, element: "p", classes: ["caption"], &context) }
        writer.fullEndElement()
        context.page.newline()
    }
}
