import Foundation

/// Writes output files atomically: a temporary file beside the target, then `rename(2)`.
///
/// A reader of the output directory never sees a half-written file; temporaries in flight are
/// registered with `InFlightFiles`, which removes them if the run is interrupted (SIGINT,
/// SIGTERM) — every command that writes gets that cleanup from its first write on, so none
/// can forget it. Refuses to replace any path the run reads from. `open` gives the same for an
/// output written in pieces over a whole run (the import's JSON report).
public struct AtomicFile: Sendable {
    /// Paths (resolved) that must never be written: the run's inputs.
    public let protectedPaths: Set<String>

    public init(protectedPaths: Set<String>) {
        self.protectedPaths = protectedPaths
    }

    /// Writes `bytes` to `url`: complete or not at all.
    public func write(_ bytes: [UInt8], to url: URL) throws {
        let file = try open(url)
        try file.append(bytes)
        try file.commit()
    }

    /// Starts writing `url` in pieces; nothing appears at `url` until `commit()`.
    func open(_ url: URL) throws -> PendingFile {
        let target = url.standardizedFileURL
        let directory = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        var resolvedDirectory = try OutputDirectories.shared.prepare(directory.path)
        if protectedPaths.contains(resolved(name, in: resolvedDirectory, target: target)) {
            throw FileError.wouldOverwriteInput(target.path)
        }
        InFlightFiles.shared.installSignalHandlers()
        let temporary = directory.path + "/.diglot-tmp-\(Self.processToken)-\(Self.nextSerial())"
        var descriptor = InFlightFiles.shared.create(temporary)
        if descriptor < 0, errno == ENOENT {
            // The directory went away since it was prepared: make it again, once.
            OutputDirectories.shared.forget(directory.path)
            resolvedDirectory = try OutputDirectories.shared.prepare(directory.path)
            descriptor = InFlightFiles.shared.create(temporary)
        }
        guard descriptor >= 0 else { throw FileError.cannotWrite(target.path, String(cString: strerror(errno))) }
        return PendingFile(descriptor: descriptor, temporary: temporary, target: target.path)
    }

    /// The resolved path of `name` in a directory whose resolved path is known: one `lstat`,
    /// and a full resolution only when the name itself is a symbolic link.
    private func resolved(_ name: String, in resolvedDirectory: String, target: URL) -> String {
        var status = stat()
        if lstat(target.path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK {
            return target.resolvingSymlinksInPath().path
        }
        return resolvedDirectory == "/" ? "/" + name : resolvedDirectory + "/" + name
    }

    /// The process ID and a random token drawn once: with a serial number, a temporary
    /// name no other run can be using, without reading /dev/urandom for every file.
    private static let processToken = "\(getpid())-\(UUID().uuidString.prefix(8))"
    private static let serial = Serial()

    private static func nextSerial() -> Int { serial.next() }

    /// A counter shared by the run's workers.
    private final class Serial: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0

        func next() -> Int {
            lock.lock()
            defer { lock.unlock() }
            value += 1
            return value
        }
    }

    /// Creates `path` and its missing parents with `mkdir(2)`, so a failure carries the
    /// system's reason ("Not a directory", "Permission denied") instead of Foundation's
    /// generic "operation could not be completed". Returns the directories it made,
    /// outermost first.
    @discardableResult
    public static func makeDirectory(_ path: String) throws -> [String] {
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
                throw FileError.cannotWrite(path, "\(prefix) is a file, not a directory")
            }
            throw FileError.cannotWrite(path, "\(prefix): \(String(cString: strerror(failure)))")
        }
        return made
    }

    /// Removes directories that `makeDirectory` made, innermost first, each only while empty:
    /// a run that wrote nothing leaves no trace.
    public static func removeEmptyDirectories(_ made: [String]) {
        for directory in made.reversed() { rmdir(directory) }
    }
}
