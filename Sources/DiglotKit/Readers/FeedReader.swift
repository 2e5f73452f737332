import Foundation

/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one document per item that has text.
///
/// The body is the richest field present: `content:encoded` or Atom `content` (html, xhtml or
/// text), else `summary` or `description`, whether entity-escaped or CDATA. Links are resolved
/// against `xml:base` or the feed's own link. The encoding declared in the XML declaration
/// (GB2312 and friends) is honoured by libxml2. Anything before the XML declaration or root
/// element (stray newlines, junk) was cut when the input was sniffed (`FeedMarkup`); a bare `&`
/// and HTML-only entities are repaired here; other faults are refused with libxml2's line and
/// column.
public struct FeedReader: DocumentReader {
    public var format: InputFormat { .feed }

    public init() {}

    static let contentNamespace = "http://purl.org/rss/1.0/modules/content/"
    static let dublinCoreNamespace = "http://purl.org/dc/elements/1.1/"
    static let atomNamespace = "http://www.w3.org/2005/Atom"
    static let xhtmlNamespace = "http://www.w3.org/1999/xhtml"
    static let iTunesNamespace = "http://www.itunes.com/dtds/podcast-1.0.dtd"

    public func read(_ input: SniffedInput) throws(ReaderError) -> [Document] {
        let opened = try open(input)
        let documents = opened.documents
        guard !documents.isEmpty else { throw opened.noTextError }
        return documents
    }

    /// Parses the feed; its items become documents one by one when asked (`OpenedInput`).
    public func open(_ input: SniffedInput) throws(ReaderError) -> OpenedInput {
        let root = try Self.parse(input.feedMarkup(), name: input.name)
        guard let dialect = FeedChannel.Dialect(rootName: root.name) else {
            throw ReaderError(input: input.name, line: root.line, reason: Self.notAFeedReason(root.name))
        }
        let channel = FeedChannel(dialect, root: root)
        guard !channel.items.isEmpty else { throw ReaderError(input: input.name, reason: "no content: the feed has no items") }
        return OpenedInput(name: input.name, feed: ParsedFeed(name: input.name, channel: channel, forcedLanguage: input.source.language))
    }

    static func notAFeedReason(_ rootName: String) -> String {
        "not a feed: the root element is <\(rootName)>, not <rss>, <rdf:RDF> or <feed>"
    }

    /// Parses the feed's XML, as sniffed (`FeedMarkup`: converted, junk before it cut).
    static func parse(_ markup: FeedMarkup, name: String) throws(ReaderError) -> MarkupElement {
        let bytes = markup.bytes, encoding = markup.encoding
        do {
            return try MarkupParser.parseXML(bytes, file: name, encoding: encoding, rejectDoctype: false)
        } catch {
            // Two more common faults have a safe repair: a bare "&" (AT&T) and HTML-only entities.
            if let repaired = repairingBareAmpersands(bytes),
               let root = try? MarkupParser.parseXML(repaired, file: name, encoding: encoding, rejectDoctype: false) {
                return root
            }
            throw ReaderError(input: name, line: error.line, column: error.column, reason: "malformed feed XML: \(error.message)")
        }
    }

    /// The bytes with every `&` that does not start a reference escaped as `&amp;` and HTML
    /// entities XML lacks (`&nbsp;`) written as character references, CDATA sections and
    /// comments untouched; nil when nothing needed repair.
    static func repairingBareAmpersands(_ bytes: [UInt8]) -> [UInt8]? {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 64)
        var index = 0
        var repaired = false
        let cdataStart = Array("<![CDATA[".utf8), cdataEnd = Array("]]>".utf8)
        let commentStart = Array("<!--".utf8), commentEnd = Array("-->".utf8)
        func copy(until end: [UInt8]) {
            while index < bytes.count, !bytes[index...].starts(with: end) { output.append(bytes[index]); index += 1 }
            let stop = min(index + end.count, bytes.count)
            output.append(contentsOf: bytes[index..<stop]); index = stop
        }
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), bytes[index...].starts(with: cdataStart) { copy(until: cdataEnd); continue }
            if bytes[index] == UInt8(ascii: "<"), bytes[index...].starts(with: commentStart) { copy(until: commentEnd); continue }
            if bytes[index] == UInt8(ascii: "&"), let name = referenceName(bytes, at: index + 1),
               !xmlEntities.contains(name), !name.hasPrefix("#"), let text = HTMLEntities.text(ofReference: name) {
                // An HTML entity XML does not know (&nbsp; &mdash; &comma;): write it as character references.
                for scalar in text.unicodeScalars { output.append(contentsOf: Array("&#\(scalar.value);".utf8)) }
                index += name.utf8.count + 2
                repaired = true
                continue
            }
            output.append(bytes[index])
            if bytes[index] == UInt8(ascii: "&"), referenceName(bytes, at: index + 1) == nil {
                output.append(contentsOf: Array("amp;".utf8))
                repaired = true
            }
            index += 1
        }
        return repaired ? output : nil
    }

    private static let xmlEntities: Set<String> = ["amp", "lt", "gt", "quot", "apos"]

    /// The name of the reference (`#123`, `#x1F`, `name`) starting at this offset, up to its `;`.
    private static func referenceName(_ bytes: [UInt8], at start: Int) -> String? {
        var index = start
        var length = 0
        let isNumeric = index < bytes.count && bytes[index] == UInt8(ascii: "#")
        if isNumeric { index += 1 }
        while index < bytes.count, length <= 32 {
            let byte = bytes[index]
            if byte == UInt8(ascii: ";") { return length > 0 ? String(decoding: bytes[start..<index], as: UTF8.self) : nil }
            let isAlphanumeric = (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            guard isAlphanumeric || (!isNumeric && (byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")))
            else { return nil }
            index += 1
            length += 1
        }
        return nil
    }
}

/// A parsed feed (or one item of a streamed feed) whose items become documents one at a time.
struct ParsedFeed: Sendable {
    var name: String
    var channel: FeedChannel
    var forcedLanguage: LanguageTag?
    /// The position in the feed of `channel.items[0]`: not 0 for one item of a streamed feed.
    var firstIndex = 0
    /// How many items the whole feed has.
    var totalCount: Int
    /// What the feed's first items show about them all (site name, repeated blocks).
    var profile: FeedProfile

    /// `profile` is the one of the whole feed; without it, it is made from `channel.items`.
    init(name: String, channel: FeedChannel, forcedLanguage: LanguageTag?, firstIndex: Int = 0, totalCount: Int? = nil,
         profile: FeedProfile? = nil) {
        self.name = name
        self.channel = channel
        self.forcedLanguage = forcedLanguage
        self.firstIndex = firstIndex
        self.totalCount = totalCount ?? channel.items.count
        self.profile = profile ?? FeedProfile(sample: channel.items)
    }

    var itemCount: Int { channel.items.count }

    /// Item `index` as a document; nil when it has nothing to translate (it is not an article).
    func document(at index: Int) -> Document? {
        let item = channel.items[index]
        let origin = "\(name)#\(firstIndex + index + 1)"
        let position = firstIndex + index
        let extracted = position < profile.sampleBlocks.count ? profile.sampleBlocks[position] : item.blocks()
        // "Featured Advertiser": an advertisement, not an article.
        if FeedProfile.isAdvertisement(title: item.title, blocks: extracted) { return nil }
        let blocks = profile.removingRepeated(from: extracted).map { $0.resolvingImages(against: item.contentBase ?? channel.link) }
        let siteNames = [channel.title].compactMap { $0 } + (channel.link.map(OutletNames.names(forURL:)) ?? [])
            + (item.link.map(OutletNames.names(forURL:)) ?? [])
        let title = item.title.map { title in
            SiteNameSuffix.strip(title, names: siteNames, suffixKeys: profile.titleSuffixes, url: item.link ?? channel.link)
        }
        let metadata = ArticleMetadata(title: title, url: item.link, published: item.published,
                                       outlet: channel.title ?? channel.link.flatMap(OutletNames.outlet(forURL:)),
                                       author: item.author, summary: item.summary, sourceLanguage: "und", origin: origin)
        return try? DocumentAssembler(input: origin).document(
            title: title, blocks: blocks, metadata: metadata, forcedLanguage: forcedLanguage,
            declaredLanguage: (item.language ?? channel.language).flatMap(LanguageTag.init))
    }
}

/// A feed's channel-level data and its items, independent of the feed dialect.
struct FeedChannel: Sendable {
    enum Dialect: Sendable {
        case rss, rdf, atom

        /// The dialect of a feed whose root element has this local name.
        init?(rootName: String) {
            switch rootName {
            case "rss": self = .rss
            case "RDF": self = .rdf
            case "feed": self = .atom
            default: return nil
            }
        }

        /// The local name of the item elements: `item`, or Atom's `entry`.
        var itemName: String { self == .atom ? "entry" : "item" }
    }

    var dialect: Dialect
    var title: String?
    var link: String?
    var language: String?
    /// What an item's links resolve against, before its own `xml:base`.
    var itemBase: String?
    var items: [FeedItem] = []

    /// The channel of a feed whose root is `root`, with the items the tree holds.
    init(_ dialect: Dialect, root: MarkupElement) {
        self.dialect = dialect
        switch dialect {
        case .rss:
            let channel = root.firstElement("channel") ?? root
            let base = FeedText.combinedBase(root.attribute("xml:base"), channel.attribute("xml:base"))
            title = FeedText.plain(channel.firstElement("title")?.textContent)
            link = channel.elements("link").first(where: { $0.namespace == nil })?.textContent
                .trimmingCharacters(in: .whitespacesAndNewlines).nonEmpty.map { URLResolver.resolve($0, against: base) }
            language = channel.firstElement("language")?.textContent.trimmingCharacters(in: .whitespacesAndNewlines).nonEmpty
            let selfLink = channel.elements("link").first { $0.namespace != nil && $0.attribute("rel") == "self" }?.attribute("href")
            itemBase = base ?? link ?? selfLink
            items = channel.elements("item").map(item)
        case .rdf:
            let channel = root.firstElement("channel")
            title = FeedText.plain(channel?.firstElement("title")?.textContent)
            link = channel?.firstElement("link")?.textContent.trimmingCharacters(in: .whitespacesAndNewlines).nonEmpty
            language = channel?.firstElement("language", namespace: FeedReader.dublinCoreNamespace)?.textContent.nonEmpty
            itemBase = link
            // RSS 1.0 items are siblings of the channel.
            items = root.elements("item").map(item)
        case .atom:
            // Relative references resolve against xml:base, else the feed document's own address,
            // which a feed states as its `self` link (or an http `id`).
            let selfLink = root.elements("link").first { $0.attribute("rel") == "self" }?.attribute("href")
            let identifier = root.firstElement("id")?.textContent.trimmingCharacters(in: .whitespacesAndNewlines)
            let documentAddress = selfLink ?? identifier.flatMap { $0.hasPrefix("http") ? $0 : nil }
            let base = FeedText.combinedBase(documentAddress, root.attribute("xml:base"))
            title = root.firstElement("title").map(FeedText.atomText)
            link = FeedText.atomLink(root, base: base)
            language = root.attribute("xml:lang")?.nonEmpty
            itemBase = base ?? link
            items = root.elements("entry").map(item)
        }
    }

    /// An item (RSS `item`, Atom `entry`) of this channel.
    func item(_ element: MarkupElement) -> FeedItem {
        switch dialect {
        case .rss: FeedItem(rss: element, base: FeedText.combinedBase(itemBase, element.attribute("xml:base")))
        case .rdf: FeedItem(rss: element, base: itemBase)
        case .atom: FeedItem(atom: element, base: FeedText.combinedBase(itemBase, element.attribute("xml:base")))
        }
    }
}

/// One item of a feed: what it says and where its body is.
struct FeedItem: Sendable {
    enum Body: Sendable { case html(String), xhtml(MarkupElement), text(String) }

    var title: String?
    var link: String?
    var published: Date?
    var author: String?
    var summary: String?
    var language: String?
    var body: Body?
    var base: String?
    /// What relative references inside the body resolve against: Atom's `xml:base` chain (RFC
    /// 4287 §2), or for RSS, which has no base rules, the item's own link.
    var contentBase: String?

    init(rss item: MarkupElement, base: String?) {
        self.base = base
        title = FeedText.plain(item.firstOwnElement("title")?.textContent)
        let linkText = item.elements("link").first(where: { $0.namespace == nil })?.textContent
            ?? item.attribute("rdf:about")
            ?? item.firstOwnElement("guid").flatMap { $0.attribute("isPermaLink") == "false" ? nil : $0.textContent }
        link = linkText?.trimmingCharacters(in: .whitespacesAndNewlines).nonEmpty.map { URLResolver.resolve($0, against: base) }
        let dateText = item.firstElement("pubDate")?.textContent ?? item.firstElement("date", namespace: FeedReader.dublinCoreNamespace)?.textContent
            ?? item.firstElement("published")?.textContent ?? item.firstElement("updated")?.textContent
        published = dateText.flatMap(FeedDateParser.date(from:))
        author = FeedText.plain(item.firstElement("creator", namespace: FeedReader.dublinCoreNamespace)?.textContent ?? item.firstElement("author")?.textContent)
        let encoded = item.firstElement("encoded", namespace: FeedReader.contentNamespace)?.textContent
        let description = item.firstOwnElement("description")?.textContent
        // Full content in XHTML, as some feeds give it instead of content:encoded.
        let xhtmlBody = item.firstElement("body", namespace: FeedReader.xhtmlNamespace)
        if let encoded, FeedText.hasText(encoded) {
            body = .html(encoded)
            summary = description.flatMap(FeedText.plain)
        } else if let xhtmlBody, FeedText.hasText(xhtmlBody.textContent) {
            body = .xhtml(xhtmlBody)
            summary = description.flatMap(FeedText.plain)
        } else if let description, FeedText.hasText(description) {
            body = .html(description)
        } else if let podcast = item.elements("summary").first(where: { $0.namespace?.lowercased() == FeedReader.iTunesNamespace })?.textContent,
                  FeedText.hasText(podcast) {
            // A podcast's episode notes (Apple's namespace is written in more than one case).
            body = .text(podcast)
        }
        contentBase = link ?? base
    }

    init(atom entry: MarkupElement, base: String?) {
        self.base = base
        title = entry.firstOwnElement("title").map(FeedText.atomText).flatMap { $0.isEmpty ? nil : $0 }
        link = FeedText.atomLink(entry, base: base)
        let dateText = entry.firstElement("published")?.textContent ?? entry.firstElement("updated")?.textContent
            ?? entry.firstElement("issued")?.textContent ?? entry.firstElement("modified")?.textContent
        published = dateText.flatMap(FeedDateParser.date(from:))
        author = entry.firstElement("author")?.firstElement("name").flatMap { FeedText.plain($0.textContent) }
        language = entry.attribute("xml:lang")?.nonEmpty
        let content = entry.firstOwnElement("content")
        let summaryElement = entry.firstOwnElement("summary")
        if let content, content.attribute("src") == nil, let parsed = FeedText.atomBody(content), FeedText.hasText(parsed) {
            body = parsed
            summary = summaryElement.map(FeedText.atomText)
        } else if let summaryElement, let parsed = FeedText.atomBody(summaryElement), FeedText.hasText(parsed) {
            body = parsed
        }
        if let content, let contentBase = content.attribute("xml:base") { self.base = FeedText.combinedBase(base, contentBase) }
        contentBase = self.base ?? link
    }

    /// The body's content blocks.
    func blocks() -> [ExtractedBlock] {
        switch body {
        case .html(let html):
            guard let root = try? HTMLFragment.parse(Array(html.utf8), file: "item") else { return [] }
            return HTMLContentExtractor().blocks(in: root, articleURL: link)
        case .xhtml(let element):
            return HTMLContentExtractor().blocks(in: element, articleURL: link)
        case .text(let text):
            return FeedText.paragraphs(text).map { ExtractedBlock(role: .paragraph, runs: InlineNormalizer.normalise([.text($0)])) }
                .filter { !$0.runs.isEmpty }
        case nil:
            return []
        }
    }
}

/// Helpers for the text constructs of feeds.
enum FeedText {
    static func hasText(_ string: String) -> Bool { !string.allSatisfy(\.isWhitespace) }

    static func hasText(_ body: FeedItem.Body) -> Bool {
        switch body {
        case .html(let text), .text(let text): hasText(text)
        case .xhtml(let element): hasText(element.textContent)
        }
    }

    /// A title or name as plain text: markup removed, entities decoded, whitespace collapsed.
    static func plain(_ string: String?) -> String? {
        guard let string, hasText(string) else { return nil }
        var text = string
        if text.contains("<"), let root = try? HTMLFragment.parsePage(Array(text.utf8), file: "title") {
            text = root.visibleText
        }
        let normalised = DocumentAssembler.normaliseTitle(HTMLEntities.decode(text))
        return normalised.isEmpty ? nil : normalised
    }

    /// Atom text construct (`type` text, html or xhtml) as plain text.
    static func atomText(_ element: MarkupElement) -> String {
        switch element.attribute("type") {
        case "html", "text/html": plain(content(of: element)) ?? ""
        default: DocumentAssembler.normaliseTitle(element.attribute("mode") == "base64" ? content(of: element) : element.visibleText)
        }
    }

    static func atomBody(_ element: MarkupElement) -> FeedItem.Body? {
        switch element.attribute("type")?.lowercased() {
        case "html", "text/html": return .html(content(of: element))
        case "xhtml", "application/xhtml+xml": return .xhtml(element.firstElement("div") ?? element)
        case nil, "text", "text/plain": return .text(content(of: element))
        default: return nil  // other media types (an image, a file in base64) are not text to translate
        }
    }

    /// An element's text, decoded when Atom 0.3 says `mode="base64"` (empty when that is not
    /// base64 of UTF-8: never the encoded letters, which are no text to translate).
    private static func content(of element: MarkupElement) -> String {
        guard element.attribute("mode") == "base64" else { return element.textContent }
        let encoded = element.textContent.filter { !$0.isWhitespace }
        guard let data = Data(base64Encoded: encoded), let text = String(data: data, encoding: .utf8) else { return "" }
        return text
    }

    /// `link rel="alternate"` (or the first link without rel) of an Atom feed or entry.
    static func atomLink(_ element: MarkupElement, base: String?) -> String? {
        let links = element.elements("link")
        let chosen = links.first { ($0.attribute("rel") ?? "alternate") == "alternate" && $0.attribute("type").map { $0.contains("html") } != false }
            ?? links.first { ($0.attribute("rel") ?? "alternate") == "alternate" }
        guard let href = chosen?.attribute("href")?.trimmingCharacters(in: .whitespacesAndNewlines), !href.isEmpty else { return nil }
        return URLResolver.resolve(href, against: combinedBase(base, chosen?.attribute("xml:base")))
    }

    /// Combines nested `xml:base` values, innermost last.
    static func combinedBase(_ values: String?...) -> String? {
        var result: String?
        for value in values {
            guard let value = value?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { continue }
            result = result.map { URLResolver.resolve(value, against: $0) } ?? value
        }
        return result
    }

    /// Plain text split into paragraphs at blank lines.
    static func paragraphs(_ text: String) -> [String] {
        var paragraphs: [String] = []
        var current: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) {
                if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")); current.removeAll() }
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
        return paragraphs
    }
}

extension String {
    /// Nil when empty or only whitespace.
    var nonEmpty: String? { allSatisfy(\.isWhitespace) ? nil : self }
}
