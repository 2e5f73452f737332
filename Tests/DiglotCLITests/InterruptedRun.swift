import Foundation
import Testing

extension DiglotBinary {
    /// Runs `diglot` with `arguments`, sends it `signal` once `isUnderWay` holds (checked every
    /// 10 ms, for at most 120 s), and waits for it to stop.
    ///
    /// Checks what every interrupted batch owes: it stops within 30 s, exits with 128 + signal
    /// (the shell's convention for "ended by this signal") and leaves no `.diglot-tmp` file under
    /// `folder`. What else it must leave, and that the batch was still running, is the caller's.
    static func interrupt(_ arguments: [String], with signal: Int32, once isUnderWay: () -> Bool,
                          leavingNoTemporariesUnder folder: URL,
                          sourceLocation: SourceLocation = #_sourceLocation) throws {
        let binary = try #require(url, "the diglot binary was not built", sourceLocation: sourceLocation)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, process.isRunning, !isUnderWay() { usleep(10_000) }
        kill(process.processIdentifier, signal)
        if finished.wait(timeout: .now() + 30) == .timedOut {
            process.terminate()
            finished.wait()
            Issue.record("diglot \(arguments.first ?? "") did not stop within 30 s of signal \(signal)", sourceLocation: sourceLocation)
        }
        #expect(process.terminationReason == .exit && process.terminationStatus == 128 + signal,
                "exit status \(process.terminationStatus), reason \(process.terminationReason.rawValue)",
                sourceLocation: sourceLocation)
        let temporaries = files(under: folder).filter { $0.contains(".diglot-tmp") }
        #expect(temporaries.isEmpty, "temporary files left: \(temporaries.prefix(5))", sourceLocation: sourceLocation)
    }
}
