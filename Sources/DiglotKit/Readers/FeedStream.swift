/// Reads a feed item by item in constant memory, with libxml2's streaming reader: for feeds too
/// large to hold whole (`ArticleReader.maximumInputSize`), such as a publisher's full archive.
///
/// The channel's title, link, language and base are what the feed gives before its first item.
/// The feed's profile (`FeedProfile`) is made from its first items, held until then.
/// Of the repairs made to a feed read whole only the first is made (what stands before the XML
/// declaration is cut, by the offset sniffed from the first bytes): the feed must be well-formed
/// XML, in UTF-8, UTF-16 or the encoding it declares.
public enum FeedStream {
    /// Supplies the next bytes of the feed into the buffer and returns how many: 0 at the end,
    /// -1 on a read error.
    public typealias Chunks = (UnsafeMutableRawBufferPointer) -> Int

    /// Reads the whole feed once, which checks that it is well-formed, and counts its items.
    /// Throws when it is not a feed, has no items, or has an item over
    /// `ArticleReader.maximumInputSize` (each item is held whole when it is exported).
    ///
    /// `markupOffset` is how many leading bytes to skip (`InputHead.streamedMarkupOffset`, from
    /// the first bytes sniffed once by the caller); nil to sniff them from the chunks.
    public static func countItems(name: String, markupOffset: Int? = nil, chunks: @escaping Chunks) throws(ReaderError) -> Int {
        var count = 0
        try walk(name: name, chunks: skipping(markupOffset, of: chunks), expandingItems: false) { _, _ in count += 1 }
        guard count > 0 else { throw ReaderError(input: name, reason: "no content: the feed has no items") }
        return count
    }

    /// Calls `body` with each item in order, as an input of one article that knows its
    /// position among the feed's `totalCount` items (from `countItems`), so it gets the same
    /// name and origin as when the feed is read whole.
    public static func forEachItem(name: String, language: LanguageTag?, totalCount: Int, markupOffset: Int? = nil,
                                   chunks: @escaping Chunks, _ body: (OpenedInput) -> Void) throws(ReaderError) {
        var index = 0
        // The first items are held until the feed's profile is made from them, as `FeedReader`
        // makes it from the same items; then each item goes on as it comes.
        var waiting: [(channel: FeedChannel, item: FeedItem)] = []
        var profile: FeedProfile?
        func emit(_ channel: FeedChannel, _ item: FeedItem, _ profile: FeedProfile) {
            var one = channel
            one.items = [item]
            body(OpenedInput(name: name, feed: ParsedFeed(name: name, channel: one, forcedLanguage: language,
                                                          firstIndex: index, totalCount: max(totalCount, index + 1), profile: profile)))
            index += 1
        }
        func release() {
            let made = FeedProfile(sample: waiting.map(\.item))
            profile = made
            for pending in waiting { emit(pending.channel, pending.item, made) }
            waiting = []
        }
        try walk(name: name, chunks: skipping(markupOffset, of: chunks), expandingItems: true) { channel, element in
            guard let element else { return }
            let item = channel.item(element)
            if let profile {
                emit(channel, item, profile)
                return
            }
            waiting.append((channel, item))
            if waiting.count == FeedProfile.sampleSize { release() }
        }
        if profile == nil { release() }
    }

    /// Walks the feed, calling `item` with the channel (as read before the first item) and,
    /// when `expandingItems`, the item's element.
    private static func walk(name: String, chunks: @escaping Chunks, expandingItems: Bool,
                             item: (FeedChannel, MarkupElement?) -> Void) throws(ReaderError) {
        do {
            let reader = try XMLStreamReader(file: name, chunks: chunks)
            var root: XMLStreamReader.Element?
            var rootAttributes: [Attribute] = []
            while try reader.read() {
                if let element = reader.element {
                    root = element
                    rootAttributes = reader.attributes()
                    break
                }
            }
            guard let root else { throw ReaderError(input: name, reason: "no content: the document has no root element") }
            guard let dialect = FeedChannel.Dialect(rootName: root.localName) else {
                throw ReaderError(input: name, reason: FeedReader.notAFeedReason(root.localName))
            }
            // RSS 2.0 items are in <channel>; RSS 1.0 items and Atom entries are the root's children.
            let itemDepth = dialect == .rss ? 2 : 1
            var channelAttributes: [Attribute] = []
            var channelChildren: [MarkupNode] = []
            var channel: FeedChannel?
            var itemCount = 0
            var moved = try reader.read()
            while moved {
                guard let element = reader.element else {
                    moved = try reader.read()
                    continue
                }
                if dialect == .rss, element.depth == 1, element.localName == "channel" {
                    channelAttributes += reader.attributes()
                    moved = try reader.read()  // into the channel
                    continue
                }
                if element.depth == itemDepth, element.localName == dialect.itemName {
                    let current = channel ?? FeedChannel(dialect, root: channelRoot(
                        root, attributes: rootAttributes, channelAttributes: channelAttributes, children: channelChildren))
                    channel = current
                    itemCount += 1
                    if expandingItems {
                        item(current, try reader.expand())
                    } else {
                        // One item must not be more than an article may be: it is read whole.
                        guard try reader.readThroughElement(limit: ArticleReader.maximumInputSize) else {
                            throw ReaderError(input: name, reason: "item \(itemCount) is too large: over \(ArticleReader.maximumInputSize / 1_048_576) MB, the limit for one item")
                        }
                        item(current, nil)
                        moved = try reader.read()
                        continue
                    }
                } else if element.depth == itemDepth, channel == nil {
                    channelChildren.append(.element(try reader.expand()))
                }
                moved = try reader.skip()
            }
        } catch let error as XMLError {
            throw ReaderError(input: name, line: error.line, column: error.column, reason: "malformed feed XML: \(error.message)")
        } catch let error as ReaderError {
            throw error
        } catch {
            throw ReaderError(input: name, reason: "\(error)")
        }
    }

    /// The chunks without their first `offset` bytes: what stands before the XML declaration or
    /// root element (a UTF-8 byte-order mark, stray lines, junk), as `FeedMarkup` cuts it from a
    /// feed read whole. With no offset given, the first bytes are sniffed here for it.
    private static func skipping(_ offset: Int?, of chunks: @escaping Chunks) -> Chunks {
        var head: [UInt8]?
        var position = 0
        return { buffer in
            if head == nil {
                var bytes = [UInt8](repeating: 0, count: max(InputHead.length, offset ?? 0))
                var filled = 0
                while filled < bytes.count {
                    let count = bytes.withUnsafeMutableBytes { chunks(UnsafeMutableRawBufferPointer(rebasing: $0[filled...])) }
                    if count < 0 { return -1 }
                    if count == 0 { break }
                    filled += count
                }
                bytes.removeSubrange(filled...)
                position = min(offset ?? InputHead(bytes).streamedMarkupOffset, bytes.count)
                head = bytes
            }
            if let head, position < head.count {
                let count = min(buffer.count, head.count - position)
                head.withUnsafeBytes { buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[position..<position + count])) }
                position += count
                return count
            }
            return chunks(buffer)
        }
    }

    /// The root as `FeedChannel` expects it, holding the channel-level elements read so far.
    private static func channelRoot(_ root: XMLStreamReader.Element, attributes: [Attribute],
                                    channelAttributes: [Attribute], children: [MarkupNode]) -> MarkupElement {
        guard root.localName == "rss" else {
            return MarkupElement(name: root.localName, namespace: root.namespace, attributes: attributes, children: children, line: 1)
        }
        let channel = MarkupElement(name: "channel", namespace: nil, attributes: channelAttributes, children: children, line: 1)
        return MarkupElement(name: root.localName, namespace: root.namespace, attributes: attributes, children: [.element(channel)], line: 1)
    }
}
