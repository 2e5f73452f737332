import Foundation

/// The output directories a run has already made or checked, with their resolved paths.
///
/// A batch writes thousands of files into a few directories. Checking every component of
/// each file's directory (`mkdir`, `stat`) and resolving its symbolic links (`lstat` per
/// component) cost about 30 system calls per file, all of them answered the same way after
/// the first file. They are asked once per directory and remembered; a directory removed
/// behind the run's back is forgotten and made again (`AtomicFile`).
final class OutputDirectories: @unchecked Sendable {
    static let shared = OutputDirectories()

    private let lock = NSLock()
    /// Directory path as given → the same directory with symbolic links resolved.
    private var prepared: [String: String] = [:]

    /// Makes `path` (and missing parents) unless done before; returns its resolved path.
    func prepare(_ path: String) throws -> String {
        lock.lock()
        let known = prepared[path]
        lock.unlock()
        if let known { return known }
        try AtomicFile.makeDirectory(path)
        let resolved = URL(fileURLWithPath: path, isDirectory: true).resolvingSymlinksInPath().path
        lock.lock()
        prepared[path] = resolved
        lock.unlock()
        return resolved
    }

    /// Forgets `path`: the next file written there checks it again.
    func forget(_ path: String) {
        lock.lock()
        prepared[path] = nil
        lock.unlock()
    }
}
