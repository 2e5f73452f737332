/// The front door for reading: recognises the input's format from its content and hands it
/// to the matching reader.
///
/// ```swift
/// let documents = try ArticleReader().read(InputSource(name: "article.txt", bytes: bytes))
/// ```
public struct ArticleReader: Sendable {
    /// Readers by format; every `InputFormat` has one.
    public var readers: [any DocumentReader]

    /// The largest input accepted: 64 MiB. A news article is a few hundred kilobytes and a big
    /// feed a few megabytes; anything far larger is refused with a clear error rather than
    /// keeping a batch busy for minutes and holding gigabytes of parse tree in memory.
    public static let maximumInputSize = 64 * 1_048_576

    public init(readers: [any DocumentReader] = [FeedItemReader(), HTMLReader(), FeedReader(), PlainTextReader()]) {
        self.readers = readers
    }

    /// One document for an article, one per item with text for a feed.
    public func read(_ source: InputSource) throws(ReaderError) -> [Document] {
        try read(SniffedInput(source))
    }

    /// Reads an input already sniffed, so a caller that needs its format too sniffs it once.
    public func read(_ input: SniffedInput) throws(ReaderError) -> [Document] {
        try reader(for: input).read(input)
    }

    /// Opens the input for reading article by article: an article is read at once, a feed's
    /// items each when asked, so that the items of one big feed can go to every core.
    public func open(_ input: SniffedInput) throws(ReaderError) -> OpenedInput {
        try reader(for: input).open(input)
    }

    /// The reader for the input's format, after refusing empty, oversized and unknown inputs.
    private func reader(for input: SniffedInput) throws(ReaderError) -> any DocumentReader {
        if let refusal = input.refusal { throw refusal }
        guard let format = input.format, let reader = readers.first(where: { $0.format == format }) else {
            throw ReaderError(input: input.name, reason: "no reader for the \(input.format?.rawValue ?? "unknown") format")
        }
        return reader
    }

    /// Why an input of `size` bytes is refused, for readers and for callers that check the
    /// size before reading the file.
    public static func tooLargeReason(_ size: Int) -> String {
        "too large (\((size + 1_048_575) / 1_048_576) MB); the limit is \(maximumInputSize / 1_048_576) MB per input, split the file"
    }
}
