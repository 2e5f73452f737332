/// Turns the body of an HTML page or fragment into content blocks, dropping page chrome.
///
/// Shared by every reader. Block elements (`p`, `h1`–`h6`, `li`, `blockquote`, `figcaption`,
/// `td`/`th`, `dt`/`dd`, `pre`) give one block each; text standing directly in containers
/// (`<div>text<br>text</div>`) gives anonymous paragraphs. Inline elements become typed
/// codes that keep the element name and every attribute in source order, hrefs unresolved,
/// so the original markup can be restored exactly. Images standing alone become image blocks;
/// images inside text stay inline placeholders.
struct HTMLContentExtractor: Sendable {
    var rules: ChromeRules = .standard

    /// The content blocks under `root`. `articleURL`, the article's own address, lets links
    /// back to it be recognised as pointers to the full article (`BoilerplateFilter`).
    func blocks(in root: MarkupElement, articleURL: String? = nil) -> [ExtractedBlock] {
        BoilerplateFilter(articleURL: articleURL).filter(unfilteredBlocks(in: root))
    }

    /// The blocks before `BoilerplateFilter`: what its rules are measured against.
    func unfilteredBlocks(in root: MarkupElement) -> [ExtractedBlock] {
        var walker = BlockWalker(rules: rules)
        walker.walkChildren(of: root)
        walker.flush()
        return walker.finishedBlocks()
    }

    /// Inline elements and the kind of code each becomes.
    static let inlineKinds: [String: InlineKind] = [
        "a": .link, "em": .emphasis, "i": .emphasis, "cite": .emphasis, "dfn": .emphasis, "var": .emphasis,
        "strong": .strong, "b": .strong, "u": .underline, "ins": .underline,
        "s": .strikethrough, "strike": .strikethrough, "del": .strikethrough,
        "sup": .superscript, "sub": .subscript,
        "code": .code, "kbd": .code, "samp": .code, "tt": .code,
        "small": .small, "span": .span, "font": .span, "mark": .other, "abbr": .other, "q": .other,
        "time": .other, "big": .other, "bdi": .other, "bdo": .other, "data": .other, "ruby": .other,
        "rt": .other, "rp": .other, "nobr": .other,
    ]

    /// Inline wrappers kept only when they carry one of these attributes; otherwise their text
    /// is taken without a code.
    static let meaningfulWrapperAttributes: Set<String> = ["lang", "dir", "title", "style", "class"]

    /// Elements that contain the text of one block.
    static let blockElements: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "td", "th", "figcaption",
        "caption", "pre", "blockquote", "summary", "address", "legend",
    ]

    /// Elements that only group blocks.
    static let containerElements: Set<String> = [
        "html", "body", "#document", "div", "section", "article", "main", "header", "figure", "ul", "ol",
        "dl", "table", "thead", "tbody", "tfoot", "tr", "center", "details", "hgroup", "dir", "menu",
        "colgroup", "col", "frameset", "noframes", "search", "content",
    ]
}

/// The recursive walk behind `HTMLContentExtractor`; one per extraction.
private struct BlockWalker {
    let rules: ChromeRules
    private var blocks: [ExtractedBlock] = []
    private var inline: [InlineRun] = []
    private var nextCodeID = 1
    /// The role text in the current context gets (a paragraph unless inside a list item, quote…).
    private var role: BlockRole = .paragraph
    private var preformatted = false
    /// `ordered` flag of each enclosing list.
    private var lists: [Bool] = []
    private var tablesSeen = 0
    private var tables: [(index: Int, row: Int, column: Int)] = []
    /// Link around the element being walked, for images wrapped in links.
    private var linkStack: [String?] = []
    /// Whether the last text block was chrome text, dropped (`ExtractedBlock.followsChromeLabel`).
    private var chromeLabelDropped = false

    init(rules: ChromeRules) { self.rules = rules }

    func finishedBlocks() -> [ExtractedBlock] {
        // Separators only make sense between content.
        var result = blocks
        while result.last?.role == .separator { result.removeLast() }
        while result.first?.role == .separator { result.removeFirst() }
        var deduplicated: [ExtractedBlock] = []
        deduplicated.reserveCapacity(result.count)
        for var block in result where !(block.role == .separator && deduplicated.last?.role == .separator) {
            if case .image? = deduplicated.last?.role, block.role == .paragraph, Self.isWhollySmallPrint(block.runs) {
                // <img><div><small>text</small></div>: the relays' way of writing a figure caption.
                block.role = .caption
            }
            deduplicated.append(block)
        }
        return deduplicated
    }

    /// Runs that are one `<small>` element around all the text.
    static func isWhollySmallPrint(_ runs: [InlineRun]) -> Bool {
        guard runs.count >= 3, case .open(let open) = runs.first, case .close(let close) = runs.last,
              open.id == close.id, open.element == "small" else { return false }
        return true
    }

    mutating func walkChildren(of element: MarkupElement) {
        for child in element.children {
            switch child {
            case .text(let text): inline.append(.text(text))
            case .element(let inner): visit(inner)
            case .comment: break
            }
        }
    }

    private mutating func visit(_ element: MarkupElement) {
        if element.name == "footer", role == .blockquote {
            // A quotation's attribution (`<footer>— <cite>Author</cite></footer>`) is text, not page chrome.
            visitBlock(element)
            return
        }
        if rules.isChrome(element) {
            // An embedded post (a tweet) is a quotation, even inside a social-media container.
            for post in rules.embeddedPosts(in: element) { visitBlock(post) }
            return
        }
        let name = element.name
        switch name {
        case "br", "wbr":
            if name == "br" { appendPlaceholder(.lineBreak, element) }
            return
        case "img":
            if !imageSource(of: element).isEmpty { appendPlaceholder(.image, element) }
            return
        case "hr":
            flush()
            blocks.append(ExtractedBlock(role: .separator, runs: []))
            return
        default: break
        }
        if let kind = HTMLContentExtractor.inlineKinds[name], !containsBlock(element) {
            visitInline(element, kind: kind)
            return
        }
        if name == "a", isTeaserCard(element) { return }
        if HTMLContentExtractor.blockElements.contains(name) {
            visitBlock(element)
            return
        }
        switch name {
        case "ul", "ol":
            flush()
            lists.append(name == "ol")
            walkChildren(of: element)
            flush()
            lists.removeLast()
        case "table":
            flush()
            tables.append((tablesSeen, -1, 0))
            tablesSeen += 1
            walkChildren(of: element)
            flush()
            tables.removeLast()
        case "tr":
            flush()
            if !tables.isEmpty { tables[tables.count - 1].row += 1; tables[tables.count - 1].column = 0 }
            walkChildren(of: element)
            flush()
        default:
            if HTMLContentExtractor.containerElements.contains(name) || HTMLContentExtractor.inlineKinds[name] != nil {
                flush()
                walkChildren(of: element)
                flush()
            } else {
                // Unknown or custom elements are transparent: their content flows where they stand.
                walkChildren(of: element)
            }
        }
    }

    private mutating func visitBlock(_ element: MarkupElement) {
        flush()
        let savedRole = role, savedPre = preformatted
        switch element.name {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            role = .heading(level: Int(String(element.name.dropFirst())) ?? 2)
        case "li":
            role = .listItem(ordered: lists.last ?? false, depth: max(lists.count, 1))
        case "blockquote":
            role = .blockquote
        case "figcaption", "caption":
            role = .caption
        case "dt":
            role = .definitionTerm
        case "dd":
            role = .definition
        case "pre":
            role = .preformatted
            preformatted = true
        case "td", "th":
            if var table = tables.last {
                role = .tableCell(header: element.name == "th", table: table.index, row: max(table.row, 0), column: table.column)
                table.column += Int(element.attribute("colspan") ?? "") ?? 1
                tables[tables.count - 1] = table
            } else {
                role = .paragraph
            }
        default:
            // p, summary, address: keep the role of an enclosing list item, quote, cell or caption.
            break
        }
        walkChildren(of: element)
        flush()
        role = savedRole
        preformatted = savedPre
    }

    private mutating func visitInline(_ element: MarkupElement, kind: InlineKind) {
        if element.name == "a", rules.isReadMoreLink(text: element.textContent), !containsImage(element) { return }
        let wrapperOnly = (element.name == "span" || element.name == "font")
            && !element.attributes.contains { HTMLContentExtractor.meaningfulWrapperAttributes.contains($0.name) }
        if wrapperOnly || !hasContent(element) {
            if hasContent(element) {
                walkChildren(of: element)
            } else if case let text = element.textContent, !text.isEmpty, text.allSatisfy(\.isWhitespace) {
                // `minister<em> </em>said`: the element goes, the space it holds separates words.
                inline.append(.text(text))
            }
            return
        }
        let code = InlineCode(id: nextCodeID, kind: kind, element: element.name, attributes: element.attributes)
        nextCodeID += 1
        inline.append(.open(code))
        if element.name == "a" { linkStack.append(element.attribute("href")) }
        walkChildren(of: element)
        if element.name == "a" { linkStack.removeLast() }
        inline.append(.close(code))
    }

    private mutating func appendPlaceholder(_ kind: InlineKind, _ element: MarkupElement) {
        var attributes = element.attributes
        if kind == .image, let link = linkStack.last, let link {
            // Remember the enclosing link for a standalone image block (not written back inline).
            attributes.append(Attribute(name: BlockWalker.enclosingLinkAttribute, value: link))
        }
        inline.append(.placeholder(InlineCode(id: nextCodeID, kind: kind, element: element.name, attributes: attributes)))
        nextCodeID += 1
    }

    /// Private marker attribute used between walking and flushing; never leaves the extractor.
    static let enclosingLinkAttribute = "\u{1}link"

    /// Ends the current anonymous or explicit block, turning its inline content into blocks.
    mutating func flush() {
        defer { inline.removeAll(keepingCapacity: true); nextCodeID = 1 }
        guard !inline.isEmpty else { return }
        if preformatted {
            let runs = InlineNormalizer.normalise(InlineNormalizer.trimPreformatted(inline), preformatted: true)
            if !runs.isEmpty { emit(runs) }
            return
        }
        let runs = InlineNormalizer.normalise(inline)
        guard !runs.isEmpty else { return }
        let parts = Self.splitAtBlankLines(runs)
        // Normalised runs stay normalised unless a split cut them (new edges, new code IDs).
        if parts.count == 1, parts[0].count == runs.count { emit(runs); return }
        for part in parts { emit(InlineNormalizer.normalise(part)) }
    }

    /// Splits runs at two or more consecutive line breaks outside any paired code: sites that
    /// write paragraphs as `text<br><br>text` inside one element mean separate paragraphs.
    static func splitAtBlankLines(_ runs: [InlineRun]) -> [[InlineRun]] {
        // Without a line break there is nothing to split at (the usual case): no copy.
        let hasLineBreak = runs.contains { if case .placeholder(let code) = $0 { code.kind == .lineBreak } else { false } }
        if !hasLineBreak { return runs.isEmpty ? [] : [runs] }
        var parts: [[InlineRun]] = []
        var current: [InlineRun] = []
        var depth = 0
        var index = 0
        while index < runs.count {
            let run = runs[index]
            if depth == 0, case .placeholder(let code) = run, code.kind == .lineBreak {
                // Count the breaks in this run of breaks (whitespace text between them allowed).
                var end = index, breaks = 0
                while end < runs.count {
                    if case .placeholder(let next) = runs[end], next.kind == .lineBreak { breaks += 1 }
                    else if case .text(let text) = runs[end], text.allSatisfy(\.isWhitespace) {}
                    else { break }
                    end += 1
                }
                if breaks >= 2 {
                    if !current.isEmpty { parts.append(current); current = [] }
                    index = end
                    continue
                }
            }
            switch run {
            case .open: depth += 1
            case .close: depth -= 1
            default: break
            }
            current.append(run)
            index += 1
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }

    /// Turns one normalised run list into blocks: image blocks for standalone images, then the
    /// text block unless it is chrome.
    private mutating func emit(_ normalised: [InlineRun]) {
        var runs = normalised
        guard !runs.isEmpty else { return }
        let hasText = runs.contains { if case .text(let text) = $0 { !text.allSatisfy(\.isWhitespace) } else { false } }
        guard hasText else {
            for case .placeholder(let code) in runs where code.kind == .image { blocks.append(imageBlock(code)) }
            return
        }
        // Without images there is nothing to peel and no link marker to strip.
        let hasImages = runs.contains { if case .placeholder(let code) = $0 { code.kind == .image } else { false } }
        let leading = hasImages ? peelImages(from: &runs, atStart: true) : []
        let trailing = hasImages ? peelImages(from: &runs, atStart: false) : []
        blocks.append(contentsOf: leading)
        // Runs arrive normalised; only peeling images off them can leave new edges to trim.
        if hasImages { runs = InlineNormalizer.normalise(runs.map(stripLinkMarker), preformatted: preformatted) }
        var block = ExtractedBlock(role: role, runs: runs)
        if !runs.isEmpty, !rules.isLinkList(runs) {
            if rules.isChromeText(block.plainText) {
                chromeLabelDropped = true
            } else {
                block.followsChromeLabel = chromeLabelDropped
                chromeLabelDropped = false
                blocks.append(block)
            }
        }
        blocks.append(contentsOf: trailing)
    }

    /// Moves images standing before the first (or after the last) text into image blocks,
    /// when the codes around them are balanced there (`<a><img></a>text`).
    private func peelImages(from runs: inout [InlineRun], atStart: Bool) -> [ExtractedBlock] {
        let isText: (InlineRun) -> Bool = { if case .text(let text) = $0 { !text.allSatisfy(\.isWhitespace) } else { false } }
        guard let boundary = atStart ? runs.firstIndex(where: isText) : runs.lastIndex(where: isText) else { return [] }
        // Walk from the edge towards the text; the peelable part ends where codes last balance.
        let indices = atStart ? Array(runs.startIndex..<boundary) : Array(((boundary + 1)..<runs.endIndex).reversed())
        var open = Set<Int>()
        var balancedCount = 0
        for (offset, index) in indices.enumerated() {
            switch runs[index] {
            case .open(let code): if atStart { open.insert(code.id) } else { open.remove(code.id) }
            case .close(let code): if atStart { open.remove(code.id) } else { open.insert(code.id) }
            default: break
            }
            if open.isEmpty { balancedCount = offset + 1 }
        }
        let peeled = indices.prefix(balancedCount)
        guard let low = peeled.min(), let high = peeled.max() else { return [] }
        let range = low..<(high + 1)
        let images = runs[range].compactMap { run -> ExtractedBlock? in
            if case .placeholder(let code) = run, code.kind == .image { return imageBlock(code) }
            return nil
        }
        guard !images.isEmpty else { return [] }
        runs.removeSubrange(range)
        return images
    }

    private func stripLinkMarker(_ run: InlineRun) -> InlineRun {
        guard case .placeholder(var code) = run, code.kind == .image else { return run }
        code.attributes.removeAll { $0.name == BlockWalker.enclosingLinkAttribute }
        return .placeholder(code)
    }

    private func imageBlock(_ code: InlineCode) -> ExtractedBlock {
        let link = code.attribute(BlockWalker.enclosingLinkAttribute)
        let source = imageSource(attributes: code.attributes)
        let alt = code.attribute("alt")?.collapsingWhiteSpace ?? ""
        let runs: [InlineRun] = alt.isEmpty ? [] : [.text(alt)]
        return ExtractedBlock(role: .image(Image(source: source, link: link)), runs: runs)
    }

    private func imageSource(of element: MarkupElement) -> String { imageSource(attributes: element.attributes) }

    /// `src`, or the lazy-loading attribute when `src` is a placeholder (`data:` URI or empty).
    private func imageSource(attributes: [Attribute]) -> String {
        let source = attributes.first { $0.name == "src" }?.value.trimming(.whitespaces) ?? ""
        if !source.isEmpty, !source.hasPrefix("data:") { return source }
        for name in ["data-src", "data-original", "data-lazy-src", "data-url"] {
            if let value = attributes.first(where: { $0.name == name })?.value, !value.isEmpty { return value }
        }
        return source.hasPrefix("data:") ? "" : source
    }

    /// Whether an element holds text or an image (after chrome is removed).
    private func hasContent(_ element: MarkupElement) -> Bool {
        for child in element.children {
            switch child {
            case .text(let text): if !text.allSatisfy(\.isWhitespace) { return true }
            case .element(let inner):
                if rules.isChrome(inner) { continue }
                if inner.name == "img" || inner.name == "br" || hasContent(inner) { return true }
            case .comment: break
            }
        }
        return false
    }

    private func containsImage(_ element: MarkupElement) -> Bool {
        element.children.contains { child in
            if case .element(let inner) = child { return inner.name == "img" || containsImage(inner) }
            return false
        }
    }

    /// Whether a link wraps blocks with a heading or a few lines of text, pointing to another
    /// page: an embedded teaser card for another article (`<a href><img><h3>…</h3><p>…</p></a>`).
    /// A link around a picture and its caption points to the image file and stays; so does a
    /// whole body a stray unclosed `<a>` swallowed (`ChromeRules.looksLikeArticleBody`).
    private func isTeaserCard(_ element: MarkupElement) -> Bool {
        guard let href = element.attribute("href")?.trimming(.whitespaces), !href.isEmpty, !href.hasPrefix("#"),
              !LinkMeasure.isImageFile(href), containsHeadingOrParagraph(element) else { return false }
        let letters = element.textContent.unicodeScalars.count(where: ScriptClass.isLetter)
        return letters > 0 && letters <= Self.teaserLetters && !rules.looksLikeArticleBody(element)
    }

    /// The most letters a teaser card holds.
    static let teaserLetters = 400

    private func containsHeadingOrParagraph(_ element: MarkupElement) -> Bool {
        element.children.contains { child in
            guard case .element(let inner) = child else { return false }
            return ["h1", "h2", "h3", "h4", "h5", "h6", "p"].contains(inner.name) || containsHeadingOrParagraph(inner)
        }
    }

    /// Whether an inline element wraps block content (`<a><div>…</div></a>`), in which case it is
    /// walked as a container.
    private func containsBlock(_ element: MarkupElement) -> Bool {
        element.children.contains { child in
            guard case .element(let inner) = child else { return false }
            if HTMLContentExtractor.blockElements.contains(inner.name) || HTMLContentExtractor.containerElements.contains(inner.name)
                || inner.name == "hr" { return true }
            return containsBlock(inner)
        }
    }
}

import Foundation
