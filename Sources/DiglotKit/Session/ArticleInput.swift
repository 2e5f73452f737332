/// Reads one input of a session for its articles, the same way for every command: a feed too
/// large to read whole is streamed item by item, anything else is read whole and then opened.
enum ArticleInput {
    /// The bytes of `item`, or nil when it was streamed: a feed over
    /// `ArticleReader.maximumInputSize` hands each item to `streamedItem` as an input of one
    /// article (`counted` hears the item count first). `language` is the source language
    /// given, nil to detect it.
    static func read(_ item: InputCollector.Item, language: LanguageTag?, counted: (Int) -> Void = { _ in },
                     streamedItem: (OpenedInput) -> Void) throws -> [UInt8]? {
        if case .file(let path) = item, let size = LargeFeed.sizeIfTooLargeToRead(path) {
            try LargeFeed.forEachItem(path, name: item.displayName, size: size, language: language, counted: counted, streamedItem)
            return nil
        }
        return try InputCollector.read(item)
    }

    /// Opens the bytes of `item` for its articles (a feed's items are read when asked for).
    static func open(_ bytes: [UInt8], of item: InputCollector.Item, language: LanguageTag?) throws(ReaderError) -> OpenedInput {
        try ArticleReader().open(sniff(bytes, of: item, language: language))
    }

    /// The bytes of `item` sniffed once, for `ArticleReader.open` (`head`: their first bytes,
    /// when the caller has already sniffed them).
    static func sniff(_ bytes: [UInt8], of item: InputCollector.Item, language: LanguageTag?, head: InputHead? = nil) -> SniffedInput {
        let source = InputSource(name: item.displayName, bytes: bytes, language: language)
        return SniffedInput(source, head: head ?? InputHead(bytes, name: source.name))
    }
}
