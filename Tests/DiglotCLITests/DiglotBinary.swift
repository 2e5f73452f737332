import Foundation
import Testing

/// The built `diglot` executable, run as a user would run it.
///
/// `swift test` builds every product first, so a missing binary is a failure, not a skip.
enum DiglotBinary {
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.pathComponents.count > 1 {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return url
    }()

    /// Beside the test bundle (any build configuration or scratch path), else `.build/debug`.
    static let url: URL? = {
        let candidates = [
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("diglot"),
            Bundle(for: Marker.self).bundleURL.deletingLastPathComponent().appendingPathComponent("diglot"),
            packageRoot.appendingPathComponent(".build/debug/diglot"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    private final class Marker {}

    /// What one run printed and how it exited.
    struct Outcome {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs `diglot` with `arguments` in `directory` (the package root by default).
    static func run(_ arguments: [String], in directory: URL? = nil, input: [UInt8]? = nil,
                    environment: [String: String]? = nil) throws -> Outcome {
        let binary = try #require(url, "the diglot binary was not built")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? packageRoot
        if let environment { process.environment = environment }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input)) }
        try stdin.fileHandleForWriting.close()
        // Read both pipes concurrently so a chatty child never blocks on a full pipe.
        let errorData = ErrorReader(errors.fileHandleForReading)
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
                       errors: String(decoding: errorData.wait(), as: UTF8.self))
    }

    /// A fresh temporary directory for one test.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("diglot-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `Samples/oped2-waimei.atom` as `archive.atom` with `padding` bytes of comments
    /// after its entries (and, if `broken`, a misspelt end tag): a feed too large to read whole.
    static func paddedFeed(in folder: URL, padding: Int = 65 * 1_048_576, broken: Bool = false) throws -> URL {
        var text = try String(contentsOfFile: sample("oped2-waimei.atom"), encoding: .utf8)
        let end = try #require(text.range(of: "</feed>", options: .backwards))
        text.replaceSubrange(end, with: broken ? "</fed>" : "</feed>")
        let url = folder.appendingPathComponent("archive.atom")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        let closing = try #require(text.range(of: broken ? "</fed>" : "</feed>", options: .backwards))
        handle.write(Data(text[..<closing.lowerBound].utf8))
        // Many comments: libxml2 refuses a single node over 10 MB.
        let line = Data("<!-- \(String(repeating: "padding ", count: 1020)) -->\n".utf8)
        for _ in 0..<(padding / line.count + 1) { handle.write(line) }
        handle.write(Data(text[closing.lowerBound...].utf8))
        return url
    }

    /// Two folders under `folder`, each with an `archive.atom`: in `large` the padded feed, too
    /// large to read whole, in `whole` the sample feed it pads. Runs in either folder that give
    /// the input as `archive.atom` must produce the same bytes, names included.
    static func largeAndWholeFeed(in folder: URL) throws -> (large: URL, whole: URL) {
        let large = folder.appendingPathComponent("large"), whole = folder.appendingPathComponent("whole")
        for subfolder in [large, whole] { try FileManager.default.createDirectory(at: subfolder, withIntermediateDirectories: true) }
        _ = try paddedFeed(in: large)
        try FileManager.default.copyItem(atPath: sample("oped2-waimei.atom"), toPath: whole.appendingPathComponent("archive.atom").path)
        return (large, whole)
    }

    /// `Samples/<name>` in this checkout.
    static func sample(_ name: String) -> String {
        packageRoot.appendingPathComponent("Samples").appendingPathComponent(name).path
    }

    /// Relative paths of every regular file under `directory`, sorted.
    static func files(under directory: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: directory.path)
        var result: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent(path).path, isDirectory: &isDirectory),
               !isDirectory.boolValue { result.append(path) }
        }
        return result.sorted()
    }
}

/// Drains a pipe on a background thread.
private final class ErrorReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
