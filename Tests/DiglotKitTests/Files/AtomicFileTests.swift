import Foundation
import Testing
@testable import DiglotKit

@Suite struct AtomicFileTests {
    @Test func writesWholeFilesAndMakesMissingFolders() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let target = directory.url.appendingPathComponent("a/b/out.txt")
        try AtomicFile(protectedPaths: []).write(Array("one".utf8), to: target)
        try AtomicFile(protectedPaths: []).write(Array("two".utf8), to: target)
        #expect(try String(contentsOf: target, encoding: .utf8) == "two")
        let left = try FileManager.default.contentsOfDirectory(atPath: target.deletingLastPathComponent().path)
        #expect(left == ["out.txt"])  // no temporary left behind
    }

    @Test func refusesToReplaceAnInput() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let input = try directory.write(Array("input".utf8), to: "in.txt")
        let writer = AtomicFile(protectedPaths: [input.standardizedFileURL.resolvingSymlinksInPath().path])
        #expect(throws: FileError.self) { try writer.write([1], to: input) }
        #expect(try String(contentsOf: input, encoding: .utf8) == "input")
    }

    /// Output folders are checked once per run; one removed behind the run's back is made again.
    @Test func aFolderRemovedMidRunIsMadeAgain() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let writer = AtomicFile(protectedPaths: [])
        let first = directory.url.appendingPathComponent("out/one.txt")
        try writer.write(Array("one".utf8), to: first)
        try FileManager.default.removeItem(at: first.deletingLastPathComponent())
        let second = directory.url.appendingPathComponent("out/two.txt")
        try writer.write(Array("two".utf8), to: second)
        #expect(try String(contentsOf: second, encoding: .utf8) == "two")
    }

    /// An output name that is a link to an input is refused, though the folder was checked before.
    @Test func refusesALinkToAnInput() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let input = try directory.write(Array("input".utf8), to: "in.txt")
        let writer = AtomicFile(protectedPaths: [input.standardizedFileURL.resolvingSymlinksInPath().path])
        try writer.write([1], to: directory.url.appendingPathComponent("out/a.txt"))
        let link = directory.url.appendingPathComponent("out/b.txt")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: input)
        #expect(throws: FileError.self) { try writer.write([2], to: link) }
        #expect(try String(contentsOf: input, encoding: .utf8) == "input")
    }

    @Test func aFolderThroughAFileIsNamedInTheError() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write([1], to: "file")
        do {
            try AtomicFile.makeDirectory(file.path + "/sub")
            Issue.record("made a folder inside a file")
        } catch {
            #expect("\(error)" == "\(file.path)/sub: cannot write: \(file.path) is a file, not a directory")
        }
    }

    @Test func boundedReadsRefuseWhatIsTooLarge() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write(Array(repeating: 0x41, count: 100), to: "big.txt")
        #expect(try BoundedFile.read(file.path, limit: 100).count == 100)
        #expect(throws: FileError.self) { try BoundedFile.read(file.path, limit: 99) }
    }
}
