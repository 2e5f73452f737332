import Foundation

/// One output being written: an open temporary beside the target, renamed into place by
/// `commit()`. Dropped without a commit, or after a failed one, it closes and removes the
/// temporary, so the target is either the complete new file or untouched.
final class PendingFile {
    private var descriptor: Int32
    private let temporary: String
    private let target: String
    private var committed = false

    init(descriptor: Int32, temporary: String, target: String) {
        self.descriptor = descriptor
        self.temporary = temporary
        self.target = target
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
        if !committed { unlink(temporary) }
        InFlightFiles.shared.finish(temporary)
    }

    func append(_ bytes: [UInt8]) throws {
        precondition(descriptor >= 0 && !committed, "append after commit")
        var written = 0
        try bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            while written < raw.count {
                let result = Foundation.write(descriptor, base + written, raw.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    throw FileError.cannotWrite(target, String(cString: strerror(errno)))
                }
                written += result
            }
        }
    }

    /// Closes the temporary and renames it over the target.
    func commit() throws {
        precondition(descriptor >= 0 && !committed, "commit after commit")
        let closed = close(descriptor)
        descriptor = -1
        guard closed == 0 else { throw FileError.cannotWrite(target, String(cString: strerror(errno))) }
        guard rename(temporary, target) == 0 else { throw FileError.cannotWrite(target, String(cString: strerror(errno))) }
        committed = true
    }
}
