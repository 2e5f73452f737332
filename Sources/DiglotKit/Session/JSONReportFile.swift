import Foundation

/// The `--report` JSON, one file's entry at a time, in a temporary renamed into place by
/// `commit()`: an interrupted or failed run leaves no half-written report.
final class JSONReportFile {
    private var file: PendingFile?
    private var stream = QAReport.JSONStream()
    /// The first failure, opening included; nothing more is written after it, the temporary
    /// is removed, and `commit()` throws it.
    private var failure: (any Error)?

    init(_ url: URL, writer: AtomicFile) {
        do { file = try writer.open(url) } catch { failure = error }
    }

    func append(_ report: QAReport.FileReport) {
        guard let file, failure == nil else { return }
        do {
            try file.append(try stream.next(report))
        } catch {
            failure = error
            self.file = nil
        }
    }

    func commit() throws {
        if let failure { throw failure }
        guard let file else { return }
        try file.append(stream.end())
        try file.commit()
    }
}
