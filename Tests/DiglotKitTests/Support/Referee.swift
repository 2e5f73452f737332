import Foundation

/// Where this checkout is, and the shared folder (`../shared`) that CI places beside it.
enum PackageRoot {
    /// The directory holding `Package.swift`, found upwards from this file.
    static let url: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.pathComponents.count > 1 {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return url
    }()

    /// `../shared/<path>` when it exists, else nil (tests then skip their external checks).
    static func shared(_ path: String) -> URL? {
        let url = self.url.deletingLastPathComponent().appendingPathComponent("shared").appendingPathComponent(path)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}

/// The independent checkers in `../shared/referee` (schema validation, EPUBCheck, Translate
/// Toolkit, text extraction); tests that need them skip when the folder is absent, so a fresh
/// clone without the shared tools still runs the suite.
struct Referee {
    let folder: URL

    /// The referee folder, when this checkout has `../shared/referee` next to it.
    static var available: Referee? {
        guard let folder = PackageRoot.shared("referee"),
              FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("check-xliff").path)
        else { return nil }
        return Referee(folder: folder)
    }

    static var packageRoot: URL { PackageRoot.url }

    static var directory: URL? { available?.folder }

    /// What a referee script printed and how it exited.
    struct Result {
        var status: Int32
        var output: String
        var lastLine: String {
            output.split(separator: "\n").last.map(String.init) ?? ""
        }
    }

    /// Runs one referee script and returns its exit status and standard output + error.
    func run(_ tool: String, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = folder.appendingPathComponent(tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// Runs one referee script; nil when the referee is not installed.
    static func run(_ tool: String, _ arguments: [String]) throws -> Result? {
        try available?.run(tool, arguments)
    }

    /// A fresh temporary directory for one test.
    static func temporaryDirectory() throws -> URL {
        try TemporaryDirectory().url
    }
}

/// A fresh temporary directory for one test, removed by `remove()`.
struct TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("diglot-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func write(_ bytes: [UInt8], to name: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
