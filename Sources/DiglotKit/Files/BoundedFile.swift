import Foundation

/// Reads a whole input file, but never more than a limit: a regular file is refused from its
/// size before any byte is read, and a device or pipe (`/dev/zero`, `<(…)`), which has no size,
/// stops one byte past the limit. No input can keep diglot reading forever.
///
/// The file is opened non-blocking: `open(2)` on a named pipe that nobody writes to would
/// otherwise wait forever. A pipe with a writer is read to its end however slow the writer is;
/// one without gets `pipeWriterWait` seconds for a writer to appear, then a clear error.
public enum BoundedFile {
    /// The limit for translated XLIFF, TMX memories and glossaries: far above any real one,
    /// low enough that parsing it stays within memory.
    public static let documentLimit = 256 * 1_048_576

    /// Seconds a named pipe without a writer is given to get one (a shell may start the
    /// writer just after diglot).
    public static let pipeWriterWait: Int32 = 3

    /// The bytes of `path`; `tooLarge` says why a file of the given size is refused.
    public static func read(_ path: String, limit: Int = documentLimit,
                     tooLarge: (Int) -> String = BoundedFile.tooLargeReason) throws(FileError) -> [UInt8] {
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFSOCK {
            throw FileError.cannotRead(path, "it is a socket, not a file")
        }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileError.cannotRead(path, String(cString: strerror(errno))) }
        defer { close(descriptor) }
        guard fstat(descriptor, &status) == 0 else { throw FileError.cannotRead(path, String(cString: strerror(errno))) }
        if status.st_mode & S_IFMT == S_IFDIR { throw FileError.cannotRead(path, "it is a directory") }
        if Int(status.st_size) > limit { throw FileError.cannotRead(path, tooLarge(Int(status.st_size))) }
        let isPipe = status.st_mode & S_IFMT == S_IFIFO
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(Int(status.st_size), limit) + 1)
        // A regular file is read in one call (plus one to see its end); a pipe in 64 KiB pieces.
        let chunkSize = status.st_mode & S_IFMT == S_IFREG ? max(min(Int(status.st_size), limit) + 1, 4_096) : 1 << 16
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        var waitedForWriter = false
        while bytes.count <= limit {
            let wanted = min(chunk.count, limit + 1 - bytes.count)
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, wanted) }
            if count > 0 {
                bytes += chunk[..<count]
            } else if count == 0, isPipe, bytes.isEmpty, !waitedForWriter {
                // No writer (yet): poll wakes when one writes or closes; otherwise give up.
                waitedForWriter = true
                var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                if poll(&entry, 1, pipeWriterWait * 1000) == 0 {
                    throw FileError.cannotRead(path, "it is a named pipe that nobody writes to (waited \(pipeWriterWait) s); start the program writing to it first, or pass a regular file")
                }
            } else if count == 0 {
                break
            } else if errno == EAGAIN {
                // A writer is there but has not written yet: wait for it, as `cat` would.
                var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                _ = poll(&entry, 1, -1)
            } else if errno != EINTR {
                throw FileError.cannotRead(path, String(cString: strerror(errno)))
            }
        }
        if bytes.count > limit { throw FileError.cannotRead(path, tooLarge(bytes.count)) }
        return bytes
    }

    public static func tooLargeReason(_ size: Int) -> String {
        "too large (over \(documentLimit / 1_048_576) MB); split it into smaller files"
    }
}
