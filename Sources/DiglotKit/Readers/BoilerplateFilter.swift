/// Drops the blocks of a body that structure, not wording, shows to be the site's: related
/// headlines, "read the full article" pointers and share-button images.
///
/// Phrase lists do not carry over to sites never seen; the shape of these blocks does:
/// - a short block linking to the article itself ("Read full article >>", "[…visit the
///   original article]", "The post … appeared first on …");
/// - the links that end a body (a list of related headlines, a teaser, a share bar), with the
///   label that announces them ("相关阅读：", "Related:");
/// - a list of nothing but links under such a label anywhere in the body, or of nothing but
///   headlines, one link each;
/// - two or more images in a row that link to pages ("Add to Facebook", "Add to Twitter");
/// - a picture and a headline that link to the same other page (a teaser card);
/// - an alt text given to several different pictures, which describes none of them.
/// A body is never emptied by these rules, and trailing links are kept when they would be more
/// than the text left.
struct BoilerplateFilter: Sendable {
    /// The article's own address: links to it point back from a feed to the full article.
    var articleURL: String?

    /// A label announcing a list of links is at most this many Characters, colon included.
    static let labelLength = 24
    /// A label standing before links in the same block is at most this many Characters: longer,
    /// it is a sentence ("詳細的 GitHub 官方說明文件在此：").
    static let inlineLabelLength = 16
    /// A block pointing to the full article is at most this many letters.
    static let pointerLetters = 200

    func filter(_ blocks: [ExtractedBlock]) -> [ExtractedBlock] {
        guard !blocks.isEmpty else { return blocks }
        let measures = blocks.map(LinkMeasure.init)
        var dropped = [Bool](repeating: false, count: blocks.count)
        let selfKey = articleURL.flatMap(Self.comparisonKey)

        let textBlocks = measures.indices.filter { !measures[$0].isImage && measures[$0].letters > 0 }
        for (index, measure) in measures.enumerated() where !measure.isImage {
            // A pointer back to the article itself: mostly link, bracketed, or a good part of a
            // block that opens or closes the body. (A feed whose item link is the page the
            // item comments on, Daring Fireball's, names it in its first sentence: "Jason Snell,
            // writing at Six Colors:" is a third link and stays.)
            if let selfKey, measure.letters <= Self.pointerLetters,
               case let selfLetters = measure.linkedLetters(to: selfKey, base: articleURL), selfLetters > 0 {
                let text = blocks[index].plainText.trimming(.whitespacesAndNewlines)
                let bracketed = (text.hasPrefix("[") && text.hasSuffix("]")) || (text.hasPrefix("(") && text.hasSuffix(")"))
                let atEdge = index == textBlocks.first || index == textBlocks.last
                if measure.isLinkDominated || bracketed || (atEdge && selfLetters * 5 >= measure.letters * 2) { dropped[index] = true }
            }
            // A label followed by links in the same block: "相关阅读：<a>…</a><br><a>…</a>".
            if measure.isLabelThenLinks { dropped[index] = true }
        }

        let totalLetters = measures.reduce(0) { $0 + $1.letters }
        // A post that is a list of links (a weekly round-up) keeps it: the list is its text.
        func isAside(_ range: Range<Int>) -> Bool {
            let letters = range.reduce(0) { $0 + measures[$1].letters }
            return letters * 2 <= totalLetters - letters
        }

        // A label followed by a list of links: the label and the list go. The label may be one
        // the chrome rules already dropped ("Related").
        for index in blocks.indices {
            let isLabel = Self.isLabel(blocks[index], measures[index])
            guard isLabel || blocks[index].followsChromeLabel else { continue }
            let start = isLabel ? index + 1 : index
            var end = start
            // List items of links, or paragraphs that are each one headline link.
            while end < blocks.count, measures[end].isLinkDominated {
                if case .listItem = blocks[end].role {} else if blocks[end].role == .paragraph, LinkMeasure.readsAsHeadline(blocks[end].plainText) {} else { break }
                end += 1
            }
            // After a label the chrome rules know, one link is enough ("相关报道" + one headline).
            if end - start >= (isLabel ? 2 : 1), !isLabel || isAside(index..<end) { for dropping in index..<end { dropped[dropping] = true } }
        }

        // A list whose every item is one headline link, standing alone between paragraphs:
        // related articles ("<ul><li><a>中国驻休斯敦领馆被迫闭馆 …</a></li></ul>").
        var listStart = 0
        while listStart < blocks.count {
            guard case .listItem = blocks[listStart].role else { listStart += 1; continue }
            var listEnd = listStart
            while listEnd < blocks.count, case .listItem = blocks[listEnd].role { listEnd += 1 }
            let items = listStart..<listEnd
            if isAside(items), items.allSatisfy({ measures[$0].isLinkDominated && measures[$0].links.count == 1 && LinkMeasure.readsAsHeadline(blocks[$0].plainText) }) {
                for dropping in items { dropped[dropping] = true }
            }
            listStart = listEnd
        }

        // A picture and a headline linking to the same other page: a teaser card.
        for index in blocks.indices.dropLast() {
            let (first, second) = (measures[index], measures[index + 1])
            let pictureLink: String?, text: LinkMeasure
            if first.isLinkedPageImage, !second.isImage { (pictureLink, text) = (first.imageLink, second) }
            else if second.isLinkedPageImage, !first.isImage { (pictureLink, text) = (second.imageLink, first) }
            else { continue }
            // A headline, not a name: a contributor's portrait and linked name head their words.
            let textIndex = text.isImage ? index : (first.isImage ? index + 1 : index)
            guard let pictureLink, text.isLinkDominated, text.links.count == 1, text.links.first == pictureLink,
                  LinkMeasure.readsAsHeadline(blocks[textIndex].plainText),
                  text.letters <= Self.pointerLetters, selfKey == nil || Self.comparisonKey(pictureLink) != selfKey else { continue }
            dropped[index] = true
            dropped[index + 1] = true
        }

        // Runs of two or more linked images that link to pages: share buttons.
        var start = 0
        while start < blocks.count {
            var end = start
            while end < blocks.count, measures[end].isLinkedPageImage { end += 1 }
            if end - start >= 2 { for dropping in start..<end { dropped[dropping] = true } }
            start = max(end, start + 1)
        }

        // Links ending the body, and the label announcing them.
        var trailing: [Int] = []
        var index = blocks.count - 1
        while index >= 0 {
            let measure = measures[index]
            if dropped[index] || measure.letters == 0 && !measure.isLinkedPageImage {
                index -= 1
                continue
            }
            guard measure.isLinkDominated || measure.isLinkedPageImage else { break }
            trailing.append(index)
            index -= 1
        }
        if !trailing.isEmpty {
            var label: Int?
            var before = index
            while before >= 0, dropped[before] || measures[before].letters == 0 { before -= 1 }
            if before >= 0, Self.isLabel(blocks[before], measures[before]) { label = before }
            let removed = trailing + (label.map { [$0] } ?? [])
            let removedLetters = removed.reduce(0) { $0 + measures[$1].letters }
            let keptLetters = measures.indices.reduce(0) { total, position in
                dropped[position] || removed.contains(position) ? total : total + measures[position].letters
            }
            if keptLetters > 0, removedLetters <= keptLetters { for position in removed { dropped[position] = true } }
        }

        // Never empty a body: it is then all there is.
        let keepsText = measures.indices.contains { !dropped[$0] && measures[$0].letters > 0 && !measures[$0].isImage }
        guard keepsText else { return blocks }
        return Self.clearingRepeatedAltTexts(blocks.indices.filter { !dropped[$0] }.map { blocks[$0] })
    }

    /// Images keep their alt text only when it describes them: one alt text on several different
    /// pictures is the site's ("图片点击可在新窗口打开查看", "click to enlarge"), and goes.
    static func clearingRepeatedAltTexts(_ blocks: [ExtractedBlock]) -> [ExtractedBlock] {
        var sources: [String: Set<String>] = [:]
        for block in blocks {
            guard case .image(let image) = block.role, !block.runs.isEmpty else { continue }
            sources[block.plainText, default: []].insert(image.source)
        }
        let generic = Set(sources.filter { $0.value.count >= 2 }.keys)
        guard !generic.isEmpty else { return blocks }
        return blocks.map { block in
            guard case .image = block.role, generic.contains(block.plainText) else { return block }
            return ExtractedBlock(role: block.role, runs: [])
        }
    }

    /// A short block ending with a colon ("相关阅读：", "Related:") or a short heading: what
    /// introduces a list of links.
    static func isLabel(_ block: ExtractedBlock, _ measure: LinkMeasure) -> Bool {
        guard measure.letters > 0, measure.linkedLetters == 0 else { return false }
        let text = block.plainText.trimming(.whitespacesAndNewlines)
        guard TextClassifier.hasAtMost(labelLength, charactersIn: text) else { return false }
        switch block.role {
        case .heading: return true
        case .paragraph: return text.hasSuffix(":") || text.hasSuffix("：")
        default: return false
        }
    }

    /// A URL as compared with the article's: no scheme, `www.`, fragment or trailing slash.
    static func comparisonKey(_ url: String) -> String? {
        var ascii = url
        if ascii.utf8.allSatisfy({ $0 < 0x80 }) { return ascii.withUTF8(asciiComparisonKey) }
        var text = Substring(url.trimming(.whitespacesAndNewlines))
        if let hash = text.firstIndex(of: "#") {
            // A link to a place in the page (a heading's permalink) is no pointer to the page.
            guard text.index(after: hash) == text.endIndex else { return nil }
            text = text[..<hash]
        }
        // Campaign tags (`?utm_source=feed`) name no other page.
        if let query = text.firstIndex(of: "?") {
            let kept = text[text.index(after: query)...].split(separator: "&").filter { !$0.lowercased().hasPrefix("utm_") }
            text = text[..<query] + (kept.isEmpty ? "" : "?" + kept.joined(separator: "&"))
        }
        for scheme in ["https://", "http://", "//"] where text.lowercased().hasPrefix(scheme) { text = text.dropFirst(scheme.count); break }
        if text.lowercased().hasPrefix("www.") { text = text.dropFirst(4) }
        while text.hasSuffix("/") { text = text.dropLast() }
        // A site's home page is linked from everywhere (logos, footers): it names no article.
        guard let slash = text.firstIndex(of: "/"), text.index(after: slash) < text.endIndex else { return nil }
        return text.lowercased()
    }

    /// `comparisonKey` of an all-ASCII URL (nearly every link), worked out on its bytes: in ASCII
    /// a Character is one byte (CR LF aside, which holds none of the bytes looked for), and
    /// lowercasing is the ASCII mapping.
    private static func asciiComparisonKey(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let space = TrimmingSet.whitespacesAndNewlines
        var start = 0, end = bytes.count
        while start < end, space.contains(Unicode.Scalar(bytes[start])) { start += 1 }
        while end > start, space.contains(Unicode.Scalar(bytes[end - 1])) { end -= 1 }
        var text = Array(bytes[start..<end])
        if let hash = text.firstIndex(of: UInt8(ascii: "#")) {
            guard hash == text.count - 1 else { return nil }
            text.removeLast()
        }
        if let query = text.firstIndex(of: UInt8(ascii: "?")) {
            let kept = text[(query + 1)...].split(separator: UInt8(ascii: "&")).filter { !hasPrefixIgnoringASCIICase($0, "utm_") }
            var rebuilt = Array(text[..<query])
            if !kept.isEmpty {
                rebuilt.append(UInt8(ascii: "?"))
                for (index, part) in kept.enumerated() {
                    if index > 0 { rebuilt.append(UInt8(ascii: "&")) }
                    rebuilt += part
                }
            }
            text = rebuilt
        }
        var from = 0
        for scheme in ["https://", "http://", "//"] where hasPrefixIgnoringASCIICase(text[...], scheme) {
            from = scheme.utf8.count
            break
        }
        if hasPrefixIgnoringASCIICase(text[from...], "www.") { from += 4 }
        var to = text.count
        while to > from, text[to - 1] == UInt8(ascii: "/") { to -= 1 }
        guard let slash = text[from..<to].firstIndex(of: UInt8(ascii: "/")), slash + 1 < to else { return nil }
        return String(decoding: text[from..<to].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// Whether ASCII bytes start with `prefix` (lowercase ASCII), ignoring letter case.
    private static func hasPrefixIgnoringASCIICase(_ bytes: ArraySlice<UInt8>, _ prefix: String) -> Bool {
        guard bytes.count >= prefix.utf8.count else { return false }
        return zip(bytes, prefix.utf8).allSatisfy { pair in (pair.0 >= 0x41 && pair.0 <= 0x5A ? pair.0 | 0x20 : pair.0) == pair.1 }
    }
}

/// How much of a block is links: its letters, those inside links, and the links' targets.
struct LinkMeasure: Sendable {
    var letters = 0
    var linkedLetters = 0
    /// The targets of the block's outermost links, in order, and the letters inside each.
    var links: [String] = []
    var lettersByLink: [Int] = []
    var isImage = false
    /// An image wrapped in a link to a page (not to an image file).
    var isLinkedPageImage = false
    /// That page.
    var imageLink: String?
    /// The text before the first link: a label ending with a colon, and only links after it.
    var isLabelThenLinks = false

    init(_ block: ExtractedBlock) {
        if case .image(let image) = block.role {
            isImage = true
            if let link = image.link, !Self.isImageFile(link), link != image.source {
                isLinkedPageImage = true
                imageLink = link
            }
            letters = Self.letterCount(block.plainText)
            return
        }
        var depth = 0
        var current: String?
        var leading = ""
        var linkTexts: [String] = []
        var lettersAfterFirstLinkOutside = 0
        for run in block.runs {
            switch run {
            case .open(let code) where code.kind == .link:
                if depth == 0, let href = code.attribute("href") {
                    links.append(href)
                    lettersByLink.append(0)
                    linkTexts.append("")
                    current = href
                }
                depth += 1
            case .close(let code) where code.kind == .link:
                depth -= 1
                if depth == 0 { current = nil }
            case .text(let text):
                let count = Self.letterCount(text)
                letters += count
                if depth > 0 {
                    linkedLetters += count
                    if current != nil { lettersByLink[lettersByLink.count - 1] += count }
                } else if !links.isEmpty {
                    lettersAfterFirstLinkOutside += count
                }
                if depth == 0, links.isEmpty { leading += text }
                if depth > 0, !linkTexts.isEmpty { linkTexts[linkTexts.count - 1] += text }
            default: break
            }
        }
        guard !links.isEmpty else { return }
        let label = leading.trimming(.whitespacesAndNewlines)
        // Headlines, not file names, addresses or site names ("exploit: <a>exp.py</a>" and
        // "推薦網站：<a>privacytools.io</a>…" are the article's).
        guard !links.isEmpty, lettersAfterFirstLinkOutside == 0, !label.isEmpty, label.hasSuffix(":") || label.hasSuffix("："),
              TextClassifier.hasAtMost(BoilerplateFilter.inlineLabelLength, charactersIn: label) else { return }
        let headlines = linkTexts.count { Self.readsAsHeadline($0) }
        let whole = block.plainText.trimming(.whitespacesAndNewlines)
        // "Update: <a>TechCrunch says…</a>:" introduces a quotation: text, not a pointer.
        let endsWithColon = whole.hasSuffix(":") || whole.hasSuffix("：")
        isLabelThenLinks = headlines * 2 >= linkTexts.count && !endsWithColon
    }

    /// The letters inside links to the page whose `BoilerplateFilter.comparisonKey` is `key`.
    func linkedLetters(to key: String, base: String?) -> Int {
        zip(links, lettersByLink).reduce(0) { total, link in
            // An absolute link is compared as it is; only a relative one needs resolving.
            let target = Self.isAbsolute(link.0) ? link.0 : URLResolver.resolve(link.0, against: base)
            return BoilerplateFilter.comparisonKey(target) == key ? total + link.1 : total
        }
    }

    /// Whether a link starts with `http://`, `https://` or `//` in any letter case. When its
    /// first nine bytes are ASCII they decide it (the byte after the longest prefix is ASCII
    /// too, so no combining mark joins the prefix's last character); otherwise the lowercased
    /// Characters do.
    static func isAbsolute(_ link: String) -> Bool {
        let head = link.utf8.prefix(9)
        if head.allSatisfy({ $0 < 0x80 }) {
            let lowered = head.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            return lowered.starts(with: "http://".utf8) || lowered.starts(with: "https://".utf8) || lowered.starts(with: "//".utf8)
        }
        let lowered = link.lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("//")
    }

    /// Nine in ten of its letters are inside links.
    var isLinkDominated: Bool { !isImage && letters > 0 && linkedLetters * 10 >= letters * 9 }

    /// The letters of a text (`ScriptClass.isLetter`), ASCII ones told from their byte.
    static func letterCount(_ text: String) -> Int {
        var contiguous = text
        return contiguous.withUTF8 { bytes in
            var count = 0, offset = 0
            while offset < bytes.count {
                let byte = bytes[offset]
                if byte < 0x80 {
                    if (byte | 0x20) >= 0x61, (byte | 0x20) <= 0x7A { count += 1 }
                    offset += 1
                    continue
                }
                let (value, length) = UTF8Scalar.decode(bytes, at: offset)
                if let scalar = Unicode.Scalar(value), ScriptClass.isLetter(scalar) { count += 1 }
                offset += length
            }
            return count
        }
    }

    /// Four words or six Han characters at least: a headline rather than a name or address.
    static func readsAsHeadline(_ text: String) -> Bool {
        text.unicodeScalars.count(where: ScriptClass.isHan) >= 6
            || text.split(whereSeparator: { $0.isWhitespace }).count { $0.contains(where: \.isLetter) } >= 4
    }

    static func isImageFile(_ link: String) -> Bool {
        var path = Substring(link.lowercased())
        if let query = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<query] }
        return [".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".bmp", ".tif", ".tiff", ".avif"].contains(where: path.hasSuffix)
    }
}
