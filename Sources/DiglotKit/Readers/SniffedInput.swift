import Foundation

/// One input, sniffed once: its byte-order mark, format and encoding decided, its text decoded
/// and, for a feed item, its header read, for the reader of its format to consume.
///
/// ```swift
/// let input = SniffedInput(InputSource(name: "article.txt", bytes: bytes))
/// let documents = try ArticleReader().read(input)
/// ```
///
/// Every decision about an input's bytes is made here, once, so that no two scanners can
/// disagree: what detection saw is what the reader reads. An input that cannot be read at all
/// (empty, only white space, too large, of no format) carries the reason it is refused.
public struct SniffedInput: Sendable {
    public let source: InputSource
    /// What the first bytes decided.
    let head: InputHead
    /// The format the input is read as: the one detected, or the one a reader was asked to read
    /// it as; nil when none was recognised.
    public let format: InputFormat?
    let content: Content

    /// What the reader of the input's format reads, or why it cannot be read.
    enum Content: Sendable {
        /// Not to be read: empty, only white space, too large, or of no format.
        case refused(ReaderError)
        /// HTML or plain text, decoded to UTF-8.
        case text(Result<TextEncodingSniffer.Result, ReaderError>)
        /// A feed item: its text decoded to UTF-8 and its header.
        case feedItem(Result<FeedItemText, ReaderError>)
        /// A feed: its bytes as libxml2 is to parse them.
        case feed(Result<FeedMarkup, ReaderError>)
    }

    /// A feed item's text as UTF-8 and its header.
    struct FeedItemText: Sendable {
        var utf8: [UInt8]
        var header: FeedItemHeader
    }

    /// Sniffs `source`: detects its format and prepares it for that format's reader.
    public init(_ source: InputSource) {
        self.init(source, head: InputHead(source.bytes, name: source.name))
    }

    /// Sniffs `source` whose first bytes are already sniffed (`head`), as the ebook does to
    /// tell a translated XLIFF file from an article before reading either.
    init(_ source: InputSource, head: InputHead) {
        self.source = source
        self.head = head
        format = head.format
        switch Self.readableFormat(of: source, head: head) {
        case .success(let format): content = Self.content(of: source, head: head, as: format)
        case .failure(let refusal): content = .refused(refusal)
        }
    }

    /// Sniffs `source` to be read as `format`, whatever detection would call it: for a reader
    /// called on its own (`FeedReader().read(source)`). Nothing is refused.
    public init(_ source: InputSource, as format: InputFormat) {
        self.source = source
        head = InputHead(source.bytes, name: source.name)
        self.format = format
        content = Self.content(of: source, head: head, as: format)
    }

    /// An input with its sniff given whole: tests hand a reader a sniff that differs from the
    /// bytes, to show that it reads the sniff and never the bytes again.
    init(source: InputSource, head: InputHead, format: InputFormat?, content: Content) {
        self.source = source
        self.head = head
        self.format = format
        self.content = content
    }

    /// The input's name, as in messages.
    public var name: String { source.name }

    /// The byte-order mark the input starts with, if any.
    public var byteOrderMark: ByteOrderMark? { head.byteOrderMark }

    /// Why the input is not read at all; nil when a reader may read it.
    public var refusal: ReaderError? {
        if case .refused(let error) = content { return error }
        return nil
    }

    // What a reader reads. A sniff made for another format (a reader handed another format's
    // input by hand; `ArticleReader` never does) is sniffed again as the reader's format.

    /// The text of an HTML page or a plain-text file, as UTF-8.
    func text() throws(ReaderError) -> TextEncodingSniffer.Result {
        guard case .text(let text) = content else { return try SniffedInput(source, as: .html).text() }
        return try text.get()
    }

    /// The text and header of a feed item.
    func feedItem() throws(ReaderError) -> FeedItemText {
        guard case .feedItem(let item) = content else { return try SniffedInput(source, as: .feedItem).feedItem() }
        return try item.get()
    }

    /// The bytes of a feed, ready for libxml2.
    func feedMarkup() throws(ReaderError) -> FeedMarkup {
        guard case .feed(let markup) = content else { return try SniffedInput(source, as: .feed).feedMarkup() }
        return try markup.get()
    }

    /// The detected format, or why the input is refused before any reader sees it.
    private static func readableFormat(of source: InputSource, head: InputHead) -> Result<InputFormat, ReaderError> {
        let bytes = source.bytes
        guard !bytes.isEmpty else { return .failure(ReaderError(input: source.name, reason: "the file is empty")) }
        guard !holdsNoText(bytes, byteOrderMark: head.byteOrderMark) else {
            return .failure(ReaderError(input: source.name, reason: "the file is empty (only white space or a byte-order mark)"))
        }
        guard bytes.count <= ArticleReader.maximumInputSize else {
            return .failure(ReaderError(input: source.name, reason: ArticleReader.tooLargeReason(bytes.count)))
        }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
            return .failure(ReaderError(input: source.name, reason: "UTF-32 text, which Diglot does not read; save it as UTF-8 (or UTF-16)"))
        }
        if let refusal = refusal(ofStructuredData: bytes, head: head) {
            return .failure(ReaderError(input: source.name, reason: refusal))
        }
        if let format = head.format { return .success(format) }
        if TextEncodingSniffer.looksLikeUTF16WithoutBOM(bytes) {
            return .failure(ReaderError(input: source.name, reason: TextEncodingSniffer.utf16WithoutBOMReason))
        }
        if bytes.prefix(8192).contains(0) {
            let what = BinarySignature.describe(bytes).map { $0.hasPrefix("binary data") ? $0 : "it is \($0)" } ?? "binary data"
            return .failure(ReaderError(input: source.name, reason: "not text: \(what)"))
        }
        return .failure(ReaderError(input: source.name, reason: "unknown format: not a feed item, an HTML page, an RSS/Atom feed or plain text"))
    }

    /// Why text that is data, not an article, is refused: JSON (a JSON Feed above all, which
    /// would otherwise be read as plain text or, holding HTML in its strings, as a page), or
    /// XML that is neither a feed nor a page (OPML, XLIFF, configuration files).
    private static func refusal(ofStructuredData bytes: [UInt8], head: InputHead) -> String? {
        let start = head.opening
        // UTF-16 JSON is judged by its first 16 KB, which are converted already.
        let body = head.byteOrderMark?.isUTF16 == true ? head.text : Array(bytes.dropFirst(ByteOrderMark.utf8Length(startOf: bytes)))
        if let first = start.first, first == UInt8(ascii: "{") || first == UInt8(ascii: "["),
           (try? JSONSerialization.jsonObject(with: Data(body), options: [.fragmentsAllowed])) != nil {
            let isJSONFeed = String(decoding: start.prefix(4096), as: UTF8.self).contains("jsonfeed.org")
            return isJSONFeed
                ? "a JSON Feed, which Diglot does not read; give the site's RSS or Atom feed instead"
                : "JSON data, not an article, a feed or plain text"
        }
        guard let root = head.otherXMLRoot else { return nil }
        switch root.lowercased() {
        case "xliff": return "an XLIFF file: export reads articles and feeds; a translated XLIFF file goes to `diglot import` or `diglot ebook`"
        case "opml": return "an OPML subscription list, not a feed; give the feeds it lists (their xmlUrl addresses) instead"
        default: return "XML whose root element is <\(root)>, not a feed (<rss>, <rdf:RDF>, <feed>) or an HTML page"
        }
    }

    /// Whether the bytes are nothing but a byte-order mark and ASCII white space, which would
    /// otherwise be reported as an unknown format. Stops at the first other byte.
    private static func holdsNoText(_ bytes: [UInt8], byteOrderMark: ByteOrderMark?) -> Bool {
        let body = bytes.dropFirst(byteOrderMark?.count ?? 0)
        let isUTF16 = byteOrderMark?.isUTF16 == true
        return body.allSatisfy { ($0 == 0 && isUTF16) || $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }

    /// What the reader of `format` reads.
    private static func content(of source: InputSource, head: InputHead, as format: InputFormat) -> Content {
        switch format {
        case .feedItem:
            return .feedItem(Result { () throws(ReaderError) in
                let text = try decode(source, head: head).utf8
                return FeedItemText(utf8: text, header: try header(of: text, head: head, input: source.name).get())
            })
        case .html, .plainText:
            return .text(Result { () throws(ReaderError) in try decode(source, head: head) })
        case .feed:
            return .feed(Result { () throws(ReaderError) in
                try FeedMarkup(source.bytes, byteOrderMark: head.byteOrderMark, input: source.name)
            })
        }
    }

    /// The text of an article as UTF-8, by the byte-order mark detection found.
    private static func decode(_ source: InputSource, head: InputHead) throws(ReaderError) -> TextEncodingSniffer.Result {
        do {
            return try TextEncodingSniffer.decode(source.bytes, byteOrderMark: head.byteOrderMark, input: source.name)
        } catch {
            throw ReaderError(error)
        }
    }

    /// The feed item's header: the one detection read, when the decoded text starts with the
    /// bytes it read and it did not run out of them; else (text converted from a legacy
    /// encoding, a header longer than the head) read from the decoded text.
    private static func header(of text: [UInt8], head: InputHead, input: String) -> Result<FeedItemHeader, ReaderError> {
        let scan = head.feedItem
        let sameBytes = text.prefix(scan.examined).elementsEqual(head.text.prefix(scan.examined))
        if sameBytes, !scan.reachedEnd || text.count == scan.examined { return scan.header }
        return FeedItemHeader.scan(text[...], input: input).header
    }
}
