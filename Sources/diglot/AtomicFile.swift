import Foundation

/// Writes output files atomically: a temporary file beside the target, then `rename(2)`.
///
/// A reader of the output directory never sees a half-written file, and an interrupted run
/// leaves at most a `.diglot-tmp-*` file that the next run cleans up. Refuses to replace any
/// path the run reads from.
struct AtomicFile {
    /// Paths (resolved) that must never be written: the run's inputs.
    let protectedPaths: Set<String>

    func write(_ bytes: [UInt8], to url: URL) throws {
        let target = url.standardizedFileURL
        if protectedPaths.contains(target.resolvingSymlinksInPath().path) {
            throw CLIError.wouldOverwriteInput(target.path)
        }
        let directory = target.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let temporary = directory.appendingPathComponent(".diglot-tmp-\(getpid())-\(UUID().uuidString)")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw CLIError.cannotWrite(target.path, String(cString: strerror(errno))) }
        var ok = false
        defer {
            if !ok { unlink(temporary.path) }
        }
        var written = 0
        try bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            while written < raw.count {
                let result = Foundation.write(descriptor, base + written, raw.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    let reason = String(cString: strerror(errno))
                    close(descriptor)
                    throw CLIError.cannotWrite(target.path, reason)
                }
                written += result
            }
        }
        guard close(descriptor) == 0 else { throw CLIError.cannotWrite(target.path, String(cString: strerror(errno))) }
        guard rename(temporary.path, target.path) == 0 else {
            throw CLIError.cannotWrite(target.path, String(cString: strerror(errno)))
        }
        ok = true
    }
}
