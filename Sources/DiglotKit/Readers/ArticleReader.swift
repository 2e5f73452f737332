/// The front door for reading: recognises the input's format from its content and hands it
/// to the matching reader.
///
/// ```swift
/// let documents = try ArticleReader().read(InputSource(name: "article.txt", bytes: bytes))
/// ```
public struct ArticleReader: Sendable {
    /// Readers by format; every `InputFormat` has one.
    public var readers: [any DocumentReader]

    public init(readers: [any DocumentReader] = [FeedItemReader(), HTMLReader(), FeedReader()]) {
        self.readers = readers
    }

    /// One document for an article, one per item with text for a feed.
    public func read(_ source: InputSource) throws(ReaderError) -> [Document] {
        guard !source.bytes.isEmpty else { throw ReaderError(input: source.name, reason: "the file is empty") }
        guard let format = InputFormat.detect(source.bytes) else {
            if source.bytes.prefix(8192).contains(0) {
                throw ReaderError(input: source.name, reason: "binary data, not text")
            }
            throw ReaderError(input: source.name, reason: "unknown format: not a feed item, an HTML page or an RSS/Atom feed")
        }
        guard let reader = readers.first(where: { $0.format == format }) else {
            throw ReaderError(input: source.name, reason: "no reader for the \(format.rawValue) format")
        }
        return try reader.read(source)
    }
}
