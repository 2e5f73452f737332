import Dispatch
import Foundation

/// The temporary files being written right now, removed if the run is interrupted.
///
/// `AtomicFile` writes each output to a `.diglot-tmp-*` file and renames it into place, so an
/// output is either complete or absent. On SIGINT or SIGTERM this removes the temporaries
/// still in flight and exits with 130 (or 143), so an interrupted batch leaves no partial
/// file behind. The signal is handled on a dispatch queue, not in a signal handler, so it
/// may take the lock; the lock is then kept until `_exit`, and files are created only
/// while holding it, so none can appear after the sweep.
public final class InFlightFiles: @unchecked Sendable {
    public static let shared = InFlightFiles()

    private let lock = NSLock()
    private var paths: Set<String> = []
    private var sources: [DispatchSourceSignal] = []
    private let queue = DispatchQueue(label: "diglot.signals")

    /// Starts removing in-flight files on SIGINT and SIGTERM; later calls do nothing.
    /// `AtomicFile` calls it before its first temporary; batches call it at their start.
    public func installSignalHandlers() {
        lock.lock()
        defer { lock.unlock() }
        guard sources.isEmpty else { return }
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
            source.setEventHandler { [unowned self] in self.interrupt(signalNumber) }
            source.resume()
            sources.append(source)
        }
    }

    /// Creates `path` exclusively and records it; returns the descriptor or -1 with `errno` set.
    func create(_ path: String) -> Int32 {
        // Registered before it exists, so an interruption during `open` still removes it;
        // the lock is not held across the system call, so workers create files side by side.
        lock.lock()
        paths.insert(path)
        lock.unlock()
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if descriptor < 0 { finish(path) }
        return descriptor
    }

    /// Forgets `path` once it has been renamed into place or removed.
    func finish(_ path: String) {
        lock.lock()
        paths.remove(path)
        lock.unlock()
    }

    private func interrupt(_ signalNumber: Int32) {
        lock.lock()
        // Never unlocked: no worker may create a file between this sweep and the exit.
        for path in paths { unlink(path) }
        let message = "\ndiglot: interrupted; incomplete outputs removed\n"
        _ = message.withCString { write(STDERR_FILENO, $0, strlen($0)) }
        _exit(128 + signalNumber)
    }
}
