import Foundation

/// The independent checkers in `../shared/referee` (EPUBCheck, text extraction, rendering),
/// found relative to the package root; tests skip their checks when the folder is absent.
struct EPUBReferee {
    let folder: URL

    /// The referee folder, when this checkout has `../shared/referee` next to it.
    static var available: EPUBReferee? {
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { root.deleteLastPathComponent() }  // EPUB/, DiglotKitTests/, Tests/, package
        let folder = root.deletingLastPathComponent().appendingPathComponent("shared/referee")
        guard FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("check-epub").path) else { return nil }
        return EPUBReferee(folder: folder)
    }

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
}

/// A fresh temporary directory for one test, removed by `remove()`.
struct TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("diglot-epub-\(UUID().uuidString)")
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
