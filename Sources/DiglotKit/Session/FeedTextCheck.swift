/// The rule that a feed none of whose items has text fails, while a feed item without text
/// is merely passed over: fed each item as it is folded in, then asked at the feed's end.
///
/// Export, the ebook and `Exporter` fold a feed's items differently (in parallel parts, as
/// a stream, in one loop); all of them ask here, so the rule is written once.
public struct FeedTextCheck: Sendable {
    private var itemHasText = false

    public init() {}

    /// One more item of the feed: whether it has text (an article, even one that then failed).
    public mutating func add(itemHasText hasText: Bool) {
        if hasText { itemHasText = true }
    }

    /// Ends the feed `name`: the error if none of its items had text. Starts afresh for the next feed.
    public mutating func finish(feed name: String) -> ReaderError? {
        defer { itemHasText = false }
        return itemHasText ? nil : OpenedInput.noTextError(name: name)
    }
}
