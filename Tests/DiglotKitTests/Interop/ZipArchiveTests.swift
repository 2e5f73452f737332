import Foundation
import Testing
@testable import DiglotKit

@Suite struct ZipArchiveTests {
    static let entries = [
        ZipEntry(path: "mimetype", bytes: Array("application/epub+zip".utf8), isStored: true),
        ZipEntry(path: "META-INF/container.xml", bytes: Array(String(repeating: "<container/>\n", count: 50).utf8)),
        ZipEntry(path: "EPUB/text/中文.xhtml", bytes: Array("<p>克里</p>".utf8)),
        ZipEntry(path: "EPUB/empty.txt", bytes: []),
    ]

    /// Writes the archive twice in this process; with `DIGLOT_ZIP_PROBE_OUT` set (by
    /// `identicalUnderEveryTimeZone`, in a child process with its own `TZ`) also saves the bytes.
    @Test func writesTheSameBytesTwice() throws {
        let first = try ZipArchive.archive(Self.entries)
        let second = try ZipArchive.archive(Self.entries)
        #expect(first == second)
        if let path = ProcessInfo.processInfo.environment["DIGLOT_ZIP_PROBE_OUT"] {
            try Data(first).write(to: URL(fileURLWithPath: path))
        }
    }

    @Test func readsBackWhatItWrote() throws {
        let bytes = try ZipArchive.archive(Self.entries)
        let read = try ZipArchive.entries(of: bytes)
        #expect(read.map(\.path) == Self.entries.map(\.path))
        #expect(read.map(\.bytes) == Self.entries.map(\.bytes))
        #expect(read.map(\.isStored) == [true, false, false, false])
    }

    /// The OCF rule EPUBCheck enforces: `mimetype` first, stored, no extra field, so bytes
    /// 30..<58 of the file read `mimetypeapplication/epub+zip`.
    @Test func storedFirstEntryHasNoExtraField() throws {
        let bytes = try ZipArchive.archive(Self.entries)
        #expect(Array(bytes[0..<4]) == [0x50, 0x4B, 0x03, 0x04])
        #expect(Array(bytes[8..<10]) == [0, 0], "compression method STORE")
        #expect(Array(bytes[28..<30]) == [0, 0], "extra field length")
        #expect(String(decoding: bytes[30..<58], as: UTF8.self) == "mimetypeapplication/epub+zip")
    }

    /// Every entry's DOS time is 1980-01-01 12:00:00, whatever the machine's zone.
    @Test func timestampIsFixedLocalNoon() throws {
        let bytes = try ZipArchive.archive(Self.entries)
        #expect(Array(bytes[10..<14]) == [0x00, 0x60, 0x21, 0x00])
    }

    /// Runs `writesTheSameBytesTwice` in child processes under three time zones (setting `TZ`
    /// in this process would race with tests running in parallel) and compares the bytes.
    @Test func identicalUnderEveryTimeZone() throws {
        let binary = ProcessInfo.processInfo.arguments[0]
        guard binary.hasSuffix(".xctest"), FileManager.default.isExecutableFile(atPath: binary) else { return }
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var outputs: [(zone: String, bytes: [UInt8])] = []
        for zone in ["UTC", "Asia/Shanghai", "America/New_York", "Australia/Lord_Howe"] {
            let output = directory.url.appendingPathComponent("\(zone.replacingOccurrences(of: "/", with: "-")).zip")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["--testing-library", "swift-testing", "--filter", "ZipArchiveTests/writesTheSameBytesTwice"]
            var environment = ProcessInfo.processInfo.environment
            environment["TZ"] = zone
            environment["DIGLOT_ZIP_PROBE_OUT"] = output.path
            process.environment = environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "child under TZ=\(zone)")
            outputs.append((zone, Array(try Data(contentsOf: output))))
        }
        let local = try ZipArchive.archive(Self.entries)
        #expect(outputs.count == 4)
        for (zone, output) in outputs {
            let identical = output == local
            #expect(identical, "TZ=\(zone) changed the zip bytes")
        }
    }
}
