import Foundation

/// Writes output files atomically: a temporary file beside the target, then `rename(2)`.
///
/// A reader of the output directory never sees a half-written file; temporaries in flight are
/// registered with `InFlightFiles`, which removes them if the run is interrupted (SIGINT,
/// SIGTERM) — every command that writes gets that cleanup from its first write on, so none
/// can forget it. Refuses to replace any path the run reads from. `open` gives the same for an
/// output written in pieces over a whole run (the import's JSON report).
struct AtomicFile {
    /// Paths (resolved) that must never be written: the run's inputs.
    let protectedPaths: Set<String>

    func write(_ bytes: [UInt8], to url: URL) throws {
        let file = try open(url)
        try file.append(bytes)
        try file.commit()
    }

    /// Starts writing `url` in pieces; nothing appears at `url` until `commit()`.
    func open(_ url: URL) throws -> PendingFile {
        let target = url.standardizedFileURL
        if protectedPaths.contains(target.resolvingSymlinksInPath().path) {
            throw CLIError.wouldOverwriteInput(target.path)
        }
        let directory = target.deletingLastPathComponent()
        try Self.makeDirectory(directory.path)
        InFlightFiles.shared.installSignalHandlers()
        let temporary = directory.appendingPathComponent(".diglot-tmp-\(getpid())-\(UUID().uuidString)")
        let descriptor = InFlightFiles.shared.create(temporary.path)
        guard descriptor >= 0 else { throw CLIError.cannotWrite(target.path, String(cString: strerror(errno))) }
        return PendingFile(descriptor: descriptor, temporary: temporary.path, target: target.path)
    }

    /// Creates `path` and its missing parents with `mkdir(2)`, so a failure carries the
    /// system's reason ("Not a directory", "Permission denied") instead of Foundation's
    /// generic "operation could not be completed". Returns the directories it made,
    /// outermost first.
    @discardableResult
    static func makeDirectory(_ path: String) throws -> [String] {
        var made: [String] = []
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + component
            if mkdir(prefix, 0o755) == 0 {
                made.append(prefix)
                continue
            }
            let failure = errno
            var status = stat()
            if failure == EEXIST, stat(prefix, &status) == 0 {
                if status.st_mode & S_IFMT == S_IFDIR { continue }
                throw CLIError.cannotWrite(path, "\(prefix) is a file, not a directory")
            }
            throw CLIError.cannotWrite(path, "\(prefix): \(String(cString: strerror(failure)))")
        }
        return made
    }

    /// Removes directories that `makeDirectory` made, innermost first, each only while empty:
    /// a run that wrote nothing leaves no trace.
    static func removeEmptyDirectories(_ made: [String]) {
        for directory in made.reversed() { rmdir(directory) }
    }
}

/// One output being written: an open temporary beside the target, renamed into place by
/// `commit()`. Dropped without a commit, or after a failed one, it closes and removes the
/// temporary, so the target is either the complete new file or untouched.
final class PendingFile {
    private var descriptor: Int32
    private let temporary: String
    private let target: String
    private var committed = false

    fileprivate init(descriptor: Int32, temporary: String, target: String) {
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
                    throw CLIError.cannotWrite(target, String(cString: strerror(errno)))
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
        guard closed == 0 else { throw CLIError.cannotWrite(target, String(cString: strerror(errno))) }
        guard rename(temporary, target) == 0 else { throw CLIError.cannotWrite(target, String(cString: strerror(errno))) }
        committed = true
    }
}
