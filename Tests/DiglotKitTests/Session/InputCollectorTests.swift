import Foundation
import Testing
@testable import DiglotKit

@Suite struct InputCollectorTests {
    @Test func aDirectoryGivesItsArticlesSortedSkippingHiddenFilesAndNotesInMarkdown() throws {
        let files = try SessionTestFiles()
        defer { files.remove() }
        try files.putFixture("rfi-kerry-climate.txt", at: "in/b/rfi.txt")
        try files.putFixture("rfi-kerry-climate.txt", at: "in/a/item.md")  // a feed item saved as Markdown
        try files.put("# Notes\n\nNot an article.\n", at: "in/README.md")
        try files.put("x", at: "in/.hidden.txt")
        try files.put("x", at: "in/picture.png")
        let collected = InputCollector.collect([files.root + "/in/"])
        #expect(collected.errors.isEmpty)
        #expect(collected.items == [.file(files.root + "/in/a/item.md"), .file(files.root + "/in/b/rfi.txt")])
    }

    @Test func oneFileNamedTwiceIsOneInput() throws {
        let files = try SessionTestFiles()
        defer { files.remove() }
        let path = try files.put("Some text.", at: "a.txt")
        let collected = InputCollector.collect([path, files.root + "/./a.txt", "-", "-"])
        #expect(collected.items == [.file(path), .standardInput])
        // What the run must not overwrite: the file, resolved once; standard input is none.
        #expect(collected.resolvedPaths == [URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path])
    }

    @Test func missingAndEmptyInputsAreNamed() throws {
        let files = try SessionTestFiles()
        defer { files.remove() }
        try files.put("x", at: "empty/picture.png")
        let collected = InputCollector.collect([files.root + "/nope.txt", files.root + "/empty"])
        #expect(collected.items.isEmpty)
        #expect(collected.errors.map(\.description) == ["\(files.root)/nope.txt: no such file or directory",
                                     "\(files.root)/empty: the directory holds no input files"])
    }

    @Test func xliffFoldersGiveXLIFFOnly() throws {
        let files = try SessionTestFiles()
        defer { files.remove() }
        try files.put("<xliff/>", at: "x/a.xlf")
        try files.put("text", at: "x/b.txt")
        #expect(InputCollector.collect([files.root + "/x"], extensions: InputCollector.xliffExtensions).items == [.file(files.root + "/x/a.xlf")])
        #expect(InputCollector.collect([files.root + "/x"], extensions: InputCollector.bookExtensions).items.count == 2)
    }
}
