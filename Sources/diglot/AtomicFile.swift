import Foundation

/// Writes output files atomically: a temporary file beside the target, then `rename(2)`.
///
/// A reader of the output directory never sees a half-written file; temporaries in flight are
/// registered with `InFlightFiles`, which removes them if the run is interrupted (SIGINT,
/// SIGTERM). Refuses to replace any path the run reads from.
struct AtomicFile {
    /// Paths (resolved) that must never be written: the run's inputs.
    let protectedPaths: Set<String>

    func write(_ bytes: [UInt8], to url: URL) throws {
        let target = url.standardizedFileURL
        if protectedPaths.contains(target.resolvingSymlinksInPath().path) {
            throw CLIError.wouldOverwriteInput(target.path)
        }
        let directory = target.deletingLastPathComponent()
        try Self.makeDirectory(directory.path)
        let temporary = directory.appendingPathComponent(".diglot-tmp-\(getpid())-\(UUID().uuidString)")
        let descriptor = InFlightFiles.shared.create(temporary.path)
        guard descriptor >= 0 else { throw CLIError.cannotWrite(target.path, String(cString: strerror(errno))) }
        var ok = false
        defer {
            if !ok { unlink(temporary.path) }
            InFlightFiles.shared.finish(temporary.path)
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

    /// Creates `path` and its missing parents with `mkdir(2)`, so a failure carries the
    /// system's reason ("Not a directory", "Permission denied") instead of Foundation's
    /// generic "operation could not be completed".
    static func makeDirectory(_ path: String) throws {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + component
            if mkdir(prefix, 0o755) == 0 { continue }
            let failure = errno
            var status = stat()
            if failure == EEXIST, stat(prefix, &status) == 0 {
                if status.st_mode & S_IFMT == S_IFDIR { continue }
                throw CLIError.cannotWrite(path, "\(prefix) is a file, not a directory")
            }
            throw CLIError.cannotWrite(path, "\(prefix): \(String(cString: strerror(failure)))")
        }
    }
}
