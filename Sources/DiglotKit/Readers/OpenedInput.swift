/// One input opened for reading article by article.
///
/// An article file is read when opened. A feed is parsed when opened, but each item becomes a
/// document only when asked for, on whichever thread asks: the items of one big feed can then
/// be spread over every core, and a batch holds no more than the feed's own parse tree.
public struct OpenedInput: Sendable {
    /// The input's name, as in messages.
    public let name: String
    private let articles: Articles

    private enum Articles: Sendable {
        case read([Document])
        case feed(ParsedFeed)
    }

    /// An input whose articles are all read.
    public init(name: String, documents: [Document]) {
        self.name = name
        articles = .read(documents)
    }

    init(name: String, feed: ParsedFeed) {
        self.name = name
        articles = .feed(feed)
    }

    /// Whether the input is a feed: its articles are items, some of which may hold no text.
    public var isFeed: Bool {
        if case .feed = articles { return true }
        return false
    }

    /// How many articles (for a feed, items) the input has.
    public var count: Int {
        switch articles {
        case .read(let documents): documents.count
        case .feed(let feed): feed.itemCount
        }
    }

    /// Where article `index` stands among its input's articles (for a feed, its items): the
    /// same as `index` and `count`, except for one item of a streamed feed (`FeedStream`).
    public func position(of index: Int) -> (index: Int, count: Int) {
        switch articles {
        case .read(let documents): (index, documents.count)
        case .feed(let feed): (feed.firstIndex + index, feed.totalCount)
        }
    }

    /// Article `index` (0-based), or nil for a feed item that has nothing to translate.
    public func document(at index: Int) -> Document? {
        switch articles {
        case .read(let documents): documents[index]
        case .feed(let feed): feed.document(at: index)
        }
    }

    /// Every article that has text, in order.
    public var documents: [Document] {
        (0..<count).compactMap(document(at:))
    }

    /// The error for a feed none of whose items has text.
    public var noTextError: ReaderError { Self.noTextError(name: name) }

    /// The error for the feed `name` none of whose items has text.
    public static func noTextError(name: String) -> ReaderError {
        ReaderError(input: name, reason: "no content: no item of the feed has text")
    }
}
