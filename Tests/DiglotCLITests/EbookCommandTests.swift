import Foundation
import Testing

/// `diglot ebook` end to end: raw articles and translated XLIFF into one book.
@Suite struct EbookCommandTests {
    /// The zip's raw bytes as text: entry names stand there uncompressed (contents are deflated).
    private func entryNames(of epub: URL) throws -> String {
        String(decoding: try Data(contentsOf: epub), as: UTF8.self)
    }

    /// Exports the Kerry sample, then binds it with a raw article, sorted by date.
    private func buildBook(in folder: URL) throws -> URL {
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
        return book
    }

    @Test func buildsOneBookFromArticlesAndTranslatedXLIFFInOrder() throws {
        let folder = try DiglotBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try buildBook(in: folder)
        let names = try entryNames(of: book)
        #expect(names.contains("nav.xhtml") && names.contains("toc.ncx"))
    }

    /// The same book passes epubcheck and reads in date order (the referees, full scope).
    @Test(.enabled(if: TestScope.referee)) func theBookPassesEPUBCheckAndReadsInDateOrder() throws {
        let folder = try DiglotBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try buildBook(in: folder)
        let referee = try #require(PathToReferee.folder)
        let check = try PathToReferee.run(referee, "check-epub", ["--warnings-fatal", book.path])
        #expect(check.status == 0, "\(check.output)")
        let text = try PathToReferee.run(referee, "epub-text", [book.path]).output
        let economist = try #require(text.range(of: "Checks and Balance"))
        let kerry = try #require(text.range(of: "克里即将访华"))
        #expect(economist.lowerBound < kerry.lowerBound, "--sort date puts the 2020 article before the 2023 one")
    }

    /// A 1×1 PNG, the smallest picture a reader shows.
    private static let onePixelPNG = Data(base64Encoded:
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==") ?? Data()
    /// A 1×1 GIF: other bytes, so the book stores both pictures.
    private static let onePixelGIF = Data(base64Encoded: "R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7") ?? Data()

    /// A picture referenced by URL is embedded when `--images DIR` holds a file of that name,
    /// and one next to an HTML input is embedded by its relative path; without either, only
    /// its caption stands for it.
    @Test func picturesComeFromTheImagesFolderOrBesideTheInput() throws {
        let folder = try DiglotBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pictures = folder.appendingPathComponent("pictures")
        try FileManager.default.createDirectory(at: pictures, withIntermediateDirectories: true)
        try Self.onePixelPNG.write(to: pictures.appendingPathComponent("kerry.png"))
        try Self.onePixelGIF.write(to: folder.appendingPathComponent("chart.gif"))
        let body = (1...3).map { "<p>Paragraph \($0) of the report on the climate envoy's visit to Beijing this week.</p>" }.joined()
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Kerry visits Beijing</title></head><body><article>
            <h1>Kerry visits Beijing</h1>\(body)
            <figure><img src="https://cdn.example.com/2024/07/kerry.png?w=800" alt="Kerry in Beijing"><figcaption>Kerry in Beijing.</figcaption></figure>
            <figure><img src="chart.gif" alt="Emissions by country"></figure>
            <p>The last paragraph of the report, after the pictures.</p></article></body></html>
            """
        try Data(html.utf8).write(to: folder.appendingPathComponent("page.html"))
        let with = folder.appendingPathComponent("with.epub"), without = folder.appendingPathComponent("without.epub")
        let run = try DiglotBinary.run(["ebook", "--title", "Pictures", "--to", "zh-Hans", "--images", pictures.path,
                                        "--output", with.path, folder.appendingPathComponent("page.html").path])
        #expect(run.status == 0, "\(run.errors)")
        #expect(try entryNames(of: with).contains("EPUB/images/image-0001.png"))
        #expect(try entryNames(of: with).contains("EPUB/images/image-0002.gif"))
        let plain = try DiglotBinary.run(["ebook", "--title", "Pictures", "--to", "zh-Hans", "--output", without.path,
                                          folder.appendingPathComponent("page.html").path])
        #expect(plain.status == 0, "\(plain.errors)")
        #expect(try entryNames(of: without).contains("EPUB/images/image-0001.gif"), "chart.gif beside the page")
        #expect(!(try entryNames(of: without).contains(".png")), "kerry.png is only in --images")

        let missing = try DiglotBinary.run(["ebook", "--title", "P", "--images", folder.appendingPathComponent("nowhere").path,
                                            "--output", without.path, folder.appendingPathComponent("page.html").path])
        #expect(missing.status == 64 && missing.errors.contains("nowhere") && missing.errors.contains("not a folder"), "\(missing.errors)")
        let noEPUB = try DiglotBinary.run(["export", "--to", "zh-Hans", "--images", pictures.path, "--output", folder.appendingPathComponent("x").path,
                                           folder.appendingPathComponent("page.html").path])
        #expect(noEPUB.status == 64 && noEPUB.errors.contains("--epub"), "\(noEPUB.errors)")
    }

    @Test(.enabled(if: TestScope.full)) func aFeedTooLargeToReadWholeGivesTheSameBookAsReadWhole() throws {
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
