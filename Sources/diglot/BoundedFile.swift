import DiglotKit
import Foundation

/// Reads a whole input file, but never more than a limit: a regular file is refused from its
/// size before any byte is read, and a device or pipe (`/dev/zero`, `<(…)`), which has no size,
/// stops one byte past the limit. No input can keep diglot reading forever.
enum BoundedFile {
    /// The limit for translated XLIFF, TMX memories and glossaries: far above any real one,
    /// low enough that parsing it stays within memory.
    static let documentLimit = 256 * 1_048_576

    /// The bytes of `path`; `tooLarge` says why a file of the given size is refused.
    static func read(_ path: String, limit: Int = documentLimit,
                     tooLarge: (Int) -> String = BoundedFile.tooLargeReason) throws(CLIError) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CLIError.cannotRead(path, String(cString: strerror(errno)))
        }
        defer { try? handle.close() }
        var status = stat()
        if fstat(handle.fileDescriptor, &status) == 0 {
            if status.st_mode & S_IFMT == S_IFDIR { throw CLIError.cannotRead(path, "it is a directory") }
            if Int(status.st_size) > limit { throw CLIError.cannotRead(path, tooLarge(Int(status.st_size))) }
        }
        let data: Data
        do {
            data = try handle.read(upToCount: limit + 1) ?? Data()
        } catch {
            throw CLIError.cannotRead(path, error.localizedDescription)
        }
        if data.count > limit { throw CLIError.cannotRead(path, tooLarge(data.count)) }
        return Array(data)
    }

    static func tooLargeReason(_ size: Int) -> String {
        "too large (over \(documentLimit / 1_048_576) MB); split it into smaller files"
    }
}
