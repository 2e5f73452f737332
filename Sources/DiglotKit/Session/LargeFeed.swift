import Foundation

/// A feed file too large to read whole (over `ArticleReader.maximumInputSize`, such as a
/// publisher's full archive), which export reads item by item with `FeedStream` instead.
enum LargeFeed {
    /// The size of `path` when it is a regular file too large to read whole, else nil.
    static func sizeIfTooLargeToRead(_ path: String) -> Int? {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) > ArticleReader.maximumInputSize
        else { return nil }
        return Int(status.st_size)
    }

    /// Hands each item of the feed at `path` (of `size` bytes) to `body`, as an input of one
    /// article. A first pass checks that the whole feed is well-formed and counts its items
    /// (their names hold the count; `counted` hears it), so a broken feed fails before any
    /// item is handed over.
    /// A file that is not a feed is refused as too large.
    static func forEachItem(_ path: String, name: String, size: Int, language: LanguageTag?,
                            counted: (Int) -> Void = { _ in }, _ body: (OpenedInput) -> Void) throws {
        // The first bytes are sniffed once: only a feed can be read piece by piece (an article
        // that large is refused), and both passes skip what stands before its markup.
        let head = try sniffedHead(path)
        guard head.format == .feed else { throw FileError.cannotRead(path, ArticleReader.tooLargeReason(size)) }
        let offset = head.streamedMarkupOffset
        let count = try FeedStream.countItems(name: name, markupOffset: offset, chunks: chunks(path))
        counted(count)
        try FeedStream.forEachItem(name: name, language: language, totalCount: count, markupOffset: offset, chunks: chunks(path), body)
    }

    /// The file's first bytes, sniffed (detection reads no further than this).
    private static func sniffedHead(_ path: String) throws(FileError) -> InputHead {
        let file = try File(path)
        var head = [UInt8](repeating: 0, count: InputHead.length)
        let count = head.withUnsafeMutableBytes { file.read(into: $0) }
        return InputHead(Array(head.prefix(max(count, 0))))
    }

    /// The file's bytes, chunk by chunk as `FeedStream` asks for them; the file stays open as
    /// long as the returned closure lives.
    private static func chunks(_ path: String) throws(FileError) -> FeedStream.Chunks {
        let file = try File(path)
        return { buffer in file.read(into: buffer) }
    }

    /// An open file descriptor, closed when released.
    private final class File {
        let descriptor: Int32

        init(_ path: String) throws(FileError) {
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw FileError.cannotRead(path, String(cString: strerror(errno))) }
        }

        deinit { close(descriptor) }

        /// Fills as much of the buffer as one read gives: the byte count, 0 at the end, -1 on failure.
        func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
            while true {
                let count = Foundation.read(descriptor, buffer.baseAddress, buffer.count)
                if count >= 0 || errno != EINTR { return count }
            }
        }
    }
}
