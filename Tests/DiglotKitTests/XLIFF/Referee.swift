import Foundation

/// The independent checkers in `../shared/referee`, found relative to the package root.
///
/// Tests that need them skip (pass with a note) when the directory is absent, so a fresh
/// clone without the shared tools still runs the suite.
enum Referee {
    static var packageRoot: URL {
        var url = URL(fileURLWithPath: #filePath)
        while url.pathComponents.count > 1 {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return url
    }

    static var directory: URL? {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/referee")
        return FileManager.default.isExecutableFile(atPath: url.appendingPathComponent("check-xliff").path) ? url : nil
    }

    struct Outcome {
        var status: Int32
        var output: String
    }

    /// Runs one referee script with arguments; nil when the referee is not installed.
    static func run(_ script: String, _ arguments: [String]) throws -> Outcome? {
        guard let directory else { return nil }
        let process = Process()
        process.executableURL = directory.appendingPathComponent(script)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// A fresh temporary directory for one test.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("diglot-xliff-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
