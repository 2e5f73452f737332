import Foundation
import Testing

/// `diglot ebook` end to end: raw articles and translated XLIFF into one book.
@Suite struct EbookCommandTests {
    /// The zip's raw bytes as text: entry names stand there uncompressed (contents are deflated).
    private func entryNames(of epub: URL) throws -> String {
        String(decoding: try Data(contentsOf: epub), as: UTF8.self)
    }

    @Test func buildsOneBookFromArticlesAndTranslatedXLIFFInOrder() throws {
        let folder = try DiglotBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let exported = folder.appendingPathComponent("x")
        let export = try DiglotBinary.run(["export", "--to", "en", "--copy-source", "--output", exported.path,
                                           DiglotBinary.sample("rfi-kerry-climate.txt")])
        #expect(export.status == 0, "\(export.errors)")
        let book = folder.appendingPathComponent("book.epub")
        let run = try DiglotBinary.run(["ebook", "--title", "Climate", "--output", book.path, "--sort", "date",
                                        exported.appendingPathComponent("rfi-kerry-climate.xlf").path,
                                        DiglotBinary.sample("economist-0001.txt")])
        #expect(run.status == 0, "\(run.errors)")
        // A copy-source export nobody translated is not a translated chapter.
        #expect(run.errors.contains("2 chapters (0 translated)"), "\(run.errors)")
        let bytes = try Data(contentsOf: book)
        #expect(bytes.starts(with: Data("PK".utf8)))
        #expect(String(decoding: bytes.prefix(60), as: UTF8.self).contains("mimetypeapplication/epub+zip"))
        let names = try entryNames(of: book)
        #expect(names.contains("nav.xhtml") && names.contains("toc.ncx"))

        if let referee = PathToReferee.folder {
            let check = try PathToReferee.run(referee, "check-epub", ["--warnings-fatal", book.path])
            #expect(check.status == 0, "\(check.output)")
            let text = try PathToReferee.run(referee, "epub-text", [book.path]).output
            let economist = try #require(text.range(of: "Checks and Balance"))
            let kerry = try #require(text.range(of: "克里即将访华"))
            #expect(economist.lowerBound < kerry.lowerBound, "--sort date puts the 2020 article before the 2023 one")
        }
    }

    @Test func aFeedTooLargeToReadWholeGivesTheSameBookAsReadWhole() throws {
        let folder = try DiglotBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feeds = try DiglotBinary.largeAndWholeFeed(in: folder)
        var books: [Data] = []
        for subfolder in [feeds.large, feeds.whole] {
            let book = subfolder.appendingPathComponent("book.epub")
            let run = try DiglotBinary.run(["ebook", "--title", "Archive", "--output", book.path, "archive.atom"], in: subfolder)
            #expect(run.status == 0, "\(run.errors)")
            #expect(run.errors.contains("10 chapters (0 translated)"))
            books.append(try Data(contentsOf: book))
        }
        #expect(books[0] == books[1])
    }

    @Test func aTamperedXLIFFIsNamedAndNoBookIsWrittenWithoutChapters() throws {
        let folder = try DiglotBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let exported = folder.appendingPathComponent("x")
        _ = try DiglotBinary.run(["export", "--to", "en", "--output", exported.path, DiglotBinary.sample("rfi-kerry-climate.txt")])
        let file = exported.appendingPathComponent("rfi-kerry-climate.xlf")
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "而<mrk", with: "然而<mrk")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let book = folder.appendingPathComponent("book.epub")
        let run = try DiglotBinary.run(["ebook", "--title", "T", "--output", book.path, file.path])
        #expect(run.status == 1)
        #expect(run.errors.contains("rfi-kerry-climate.xlf"))
        #expect(!FileManager.default.fileExists(atPath: book.path))
    }

    @Test func usageErrors() throws {
        #expect(try DiglotBinary.run(["ebook", "--output", "b.epub", "Samples"]).status == 64)
        #expect(try DiglotBinary.run(["ebook", "--title", "T", "--output", "b.txt", "Samples"]).status == 64)
        #expect(try DiglotBinary.run(["ebook", "--title", "T", "--output", "b.epub", "--layout", "sideways", "Samples"]).status == 64)
    }
}

/// `../shared/referee` for CLI tests; nil when absent (the external checks are then skipped).
enum PathToReferee {
    static var folder: URL? {
        let url = DiglotBinary.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/referee")
        return FileManager.default.isExecutableFile(atPath: url.appendingPathComponent("check-epub").path) ? url : nil
    }

    static func run(_ folder: URL, _ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = folder.appendingPathComponent(tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
