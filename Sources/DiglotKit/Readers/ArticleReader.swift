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
        try read(source, format: InputFormat.detect(source.bytes))
    }

    /// Reads with a format the caller has already detected with `InputFormat.detect` (nil when
    /// it recognised none), so a caller that needs the format too does not detect it twice.
    public func read(_ source: InputSource, format detected: InputFormat?) throws(ReaderError) -> [Document] {
        try reader(for: source, format: detected).read(source)
    }

    /// Opens the input for reading article by article: an article is read at once, a feed's
    /// items each when asked, so that the items of one big feed can go to every core.
    public func open(_ source: InputSource, format detected: InputFormat?) throws(ReaderError) -> OpenedInput {
        try reader(for: source, format: detected).open(source)
    }

    /// The reader for the input's format, after refusing empty, oversized and unknown inputs.
    private func reader(for source: InputSource, format detected: InputFormat?) throws(ReaderError) -> any DocumentReader {
        guard !source.bytes.isEmpty else { throw ReaderError(input: source.name, reason: "the file is empty") }
        guard !Self.holdsNoText(source.bytes) else {
            throw ReaderError(input: source.name, reason: "the file is empty (only white space or a byte-order mark)")
        }
        guard source.bytes.count <= Self.maximumInputSize else {
            throw ReaderError(input: source.name, reason: Self.tooLargeReason(source.bytes.count))
        }
        guard let format = detected else {
            if TextEncodingSniffer.looksLikeUTF16WithoutBOM(source.bytes) {
                throw ReaderError(input: source.name, reason: TextEncodingSniffer.utf16WithoutBOMReason)
            }
            if source.bytes.prefix(8192).contains(0) {
                throw ReaderError(input: source.name, reason: "binary data, not text")
            }
            throw ReaderError(input: source.name, reason: "unknown format: not a feed item, an HTML page, an RSS/Atom feed or plain text")
        }
        guard let reader = readers.first(where: { $0.format == format }) else {
            throw ReaderError(input: source.name, reason: "no reader for the \(format.rawValue) format")
        }
        return reader
    }

    /// Whether the bytes are nothing but a byte-order mark and ASCII white space, which would
    /// otherwise be reported as an unknown format. Stops at the first other byte.
    static func holdsNoText(_ bytes: [UInt8]) -> Bool {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) {
            body = body.dropFirst(3)
        } else if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
            body = body.dropFirst(2)
            return body.allSatisfy { $0 == 0 || $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        }
        return body.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }

    /// Why an input of `size` bytes is refused, for readers and for callers that check the
    /// size before reading the file.
    public static func tooLargeReason(_ size: Int) -> String {
        "too large (\((size + 1_048_575) / 1_048_576) MB); the limit is \(maximumInputSize / 1_048_576) MB per input, split the file"
    }
}
