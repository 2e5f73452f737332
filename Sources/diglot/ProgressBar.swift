import DiglotKit
import Foundation

/// A one-line progress bar on standard error, shown only when it is a terminal and there is
/// more than one step.
///
/// Thread-safe: workers call `advance()` and `addSteps(_:)` from any thread.
final class ProgressBar: BatchProgress, @unchecked Sendable {
    private var total: Int
    private let enabled: Bool
    private let lock = NSLock()
    private var done = 0
    private var lastDrawn = -1

    init(total: Int, label: String) {
        self.total = total
        self.enabled = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["CI"] == nil
        self.label = label
    }

    private let label: String

    /// More steps to come: the items of a feed, known once it is opened.
    func addSteps(_ count: Int) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        total += count
    }

    func advance() {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        done += 1
        guard total > 1 else { return }
        let percent = done * 100 / max(total, 1)
        guard percent != lastDrawn else { return }
        lastDrawn = percent
        let width = 30
        let filled = width * done / max(total, 1)
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        FileHandle.standardError.write(Data("\r\(label) \(bar) \(done)/\(total)".utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
