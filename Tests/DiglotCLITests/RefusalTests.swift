import DiglotKit
import Foundation
import Testing

/// The CLI refuses nonsense in the words of the mistake: each case exits as documented
/// (64 for usage, 1 for a bad input) with a message that names the problem.
@Suite struct RefusalTests {
    private typealias Outcome = DiglotBinary.Outcome

    private func write(_ bytes: [UInt8], _ name: String, in directory: URL) throws -> URL {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    // MARK: Export

    @Test func anArticleAlreadyInTheTargetLanguageFailsAloneAndTheBatchGoesOn() throws {
        let directory = try DiglotBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("out")
        let run = try DiglotBinary.run(["export", "--to", "en", "--output", out.path,
                                        DiglotBinary.sample("economist-0001.txt"), DiglotBinary.sample("rfi-kerry-climate.txt")])
        #expect(run.status == 1)
        let line = try #require(run.errors.split(separator: "\n").first { $0.contains("economist-0001.txt") })
        #expect(line.hasPrefix("error: "))
        #expect(line.contains("is in en (detected from its text)"), "\(line)")
        #expect(line.contains("--to en,zh-Hans") && line.contains("--from"), "\(line)")
        // The Chinese article still went to English; nothing was written for the English one.
        #expect(DiglotBinary.files(under: out) == ["rfi-kerry-climate.xlf"])
        // With a list, each article takes the first language that is not its own: no error.
        let both = try DiglotBinary.run(["export", "--to", "en,zh-Hans", "--output", directory.appendingPathComponent("both").path,
                                         DiglotBinary.sample("economist-0001.txt")])
        #expect(both.status == 0, "\(both.errors)")
    }

    @Test func aForcedSourceEqualToTheTargetIsNamedAsGiven() throws {
        let directory = try DiglotBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try DiglotBinary.run(["export", "--from", "zh-Hans", "--to", "zh", "--output", directory.path,
                                        DiglotBinary.sample("rfi-kerry-climate.txt")])
        #expect(run.status == 1)
        #expect(run.errors.contains("rfi-kerry-climate.txt: the article is in zh-Hans (as given by --from)"), "\(run.errors)")
    }

    @Test(arguments: [
        (["export", "--to", "english", "-o", "x", "Samples"], "--to english: 'english' is a language name, not a BCP 47 tag; use en"),
        (["export", "--to", "en,chinese", "-o", "x", "Samples"], "--to chinese: 'chinese' is a language name"),
        (["export", "--from", "zh_Hans!", "--to", "en", "-o", "x", "Samples"], "the subtag 'Hans!' is not 1 to 8 letters or digits"),
        (["export", "--to", "e", "-o", "x", "Samples"], "must start with a 2- or 3-letter language code"),
        (["ebook", "--title", "T", "-o", "b.epub", "--to", "english", "Samples"], "--to english: 'english' is a language name"),
        (["glossary", "lookup", "--to", "english", "克里"], "--to english: 'english' is a language name"),
        (["glossary", "convert", "--from", "mandarin", "a.tsv", "b.tbx"], "--from mandarin: 'mandarin' is a language name, not a BCP 47 tag; use zh"),
    ])
    func aLanguageThatIsNotBCP47IsAUsageErrorWithTheReason(arguments: [String], reason: String) throws {
        let run = try DiglotBinary.run(arguments)
        #expect(run.status == 64)
        #expect(run.errors.contains(reason), "\(run.errors)")
    }

    @Test func versionIsPrintedFromOnePlace() throws {
        let run = try DiglotBinary.run(["--version"])
        #expect(run.status == 0)
        #expect(run.output == DiglotVersion.current + "\n")
        #expect(XLIFFWriterOptions.currentToolVersion == DiglotVersion.current)
    }

    @Test(arguments: [
        (["exprot", "--to", "en", "-o", "x", "Samples"], "'exprot' is not a subcommand of 'diglot'; did you mean 'export'?"),
        (["imprt", "x.xlf"], "did you mean 'import'?"),
        (["glossary", "chek", "a.tsv"], "'chek' is not a subcommand of 'diglot glossary'; did you mean 'check'?"),
        (["translate", "x"], "'translate' is not a subcommand of 'diglot'. The subcommands are: export, import, align, ebook, glossary."),
    ])
    func anUnknownSubcommandIsNamedWithASuggestion(arguments: [String], message: String) throws {
        let run = try DiglotBinary.run(arguments)
        #expect(run.status == 64)
        #expect(run.errors.contains(message), "\(run.errors)")
        #expect(!run.errors.contains("Unknown option"))
    }

    @Test func aListLineOfSpacesIsSkipped() throws {
        let directory = try DiglotBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let list = try write(Array("   \n\(DiglotBinary.sample("rfi-kerry-climate.txt"))\n\t \n".utf8), "list.txt", in: directory)
        let run = try DiglotBinary.run(["export", "--to", "en", "--files-from", list.path, "-o", directory.appendingPathComponent("out").path])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.contains("1 article from 1 input"), "\(run.errors)")
    }

    // MARK: Glossary

    @Test func aBinaryGlossaryIsNamedAsBinary() throws {
        let directory = try DiglotBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let png = try write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8), "terms.tsv", in: directory)
        let data = try write([0x01, 0x02, 0x00, 0x41, 0x42, 0x0A, 0x00], "terms.csv", in: directory)
        let run = try DiglotBinary.run(["glossary", "check", png.path, data.path])
        #expect(run.status == 1)
        #expect(run.output.contains("\(png.path): a PNG image, not a glossary"), "\(run.output)")
        #expect(run.output.contains("\(data.path): binary data (a NUL byte at offset 2), not a glossary"), "\(run.output)")
        #expect(!run.output.contains("header"))
    }

    // MARK: Import

    @Test func aFileThatIsNotXLIFFSaysWhatItIs() throws {
        let directory = try DiglotBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let cases: [(URL, String)] = [
            (try write(Array("<!DOCTYPE html><html><body><p>Hi<br></p></body></html>".utf8), "page.xlf", in: directory), "it is an HTML page"),
            (try write(Array("Just a note, not XML.\n".utf8), "note.xlf", in: directory), "it is plain text"),
            (try write([0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0], "book.xlf", in: directory), "it is a ZIP archive"),
            (try write(Array("<?xml version=\"1.0\"?><tmx version=\"1.4\"><body/></tmx>".utf8), "memory.xlf", in: directory), "it is a TMX translation memory"),
            (try write(Array(try Data(contentsOf: URL(fileURLWithPath: DiglotBinary.sample("oped2-waimei.atom")))), "feed.xlf", in: directory), "it is an RSS/Atom feed"),
        ]
        let run = try DiglotBinary.run(["import", "-o", directory.appendingPathComponent("out").path] + cases.map(\.0.path))
        #expect(run.status == 1)
        for (url, kind) in cases {
            #expect(run.errors.contains("error: \(url.path): not an XLIFF file: \(kind)"), "\(url.lastPathComponent): \(run.errors)")
        }
        #expect(!run.errors.contains("Start tag expected"))
    }

    @Test func aMalformedXLIFFIsPlacedAtItsFirstError() throws {
        let directory = try DiglotBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let exported = try DiglotBinary.run(["export", "--to", "en", "-o", directory.path, DiglotBinary.sample("rfi-kerry-climate.txt")])
        #expect(exported.status == 0)
        var lines = try String(contentsOf: directory.appendingPathComponent("rfi-kerry-climate.xlf"), encoding: .utf8)
            .components(separatedBy: "\n")
        // A stray end tag at line 29; libxml2 goes on and also complains at the end of the file.
        let broken = 29
        #expect(lines.count > broken + 20)
        lines[broken - 1] += "</stray>"
        let file = try write(Array(lines.joined(separator: "\n").utf8), "broken.xlf", in: directory)
        let run = try DiglotBinary.run(["import", "-o", directory.appendingPathComponent("out").path, file.path])
        #expect(run.status == 1)
        #expect(run.errors.contains("error: \(file.path):\(broken):"), "\(run.errors)")
        #expect(run.errors.contains("Opening and ending tag mismatch"), "\(run.errors)")
    }

    /// A translated XLIFF re-encoded in a legacy encoding, its declaration saying so, imports
    /// like the UTF-8 file. The article is written in that encoding's script; as in real files,
    /// "GB2312" holds GBK characters (镕 of 朱镕基) and "Big5" Hong Kong ones (哋, 嘅), which
    /// libxml2's strict converters stop at.
    @Test(arguments: [
        ("GB18030", "GB18030", "zh-Hans", "今天天气很好，克里抵达北京。"),
        ("GBK", "GBK", "zh-Hans", "今天天气很好，克里抵达北京。"),
        ("GB2312", "GBK", "zh-Hans", "今天天气很好，朱镕基抵达北京。"),
        ("Big5", "BIG5", "zh-Hant", "今天天氣很好，克里抵達北京。"),
        ("Big5", "BIG5-HKSCS", "zh-Hant", "今日天氣好好，佢哋嘅會談好順利。"),
        ("Shift_JIS", "SHIFT_JIS", "ja", "今日は天気がとても良いです。"),
        ("EUC-KR", "EUC-KR", "ko", "오늘은 날씨가 아주 좋습니다."),
    ])
    func xliffInALegacyEncodingIsRead(encoding: String, bytesIn iconvName: String, language: String, text: String) throws {
        let directory = try DiglotBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let article = try write(Array("<html><head><title>\(text)</title></head><body><article><h1>\(text)</h1><p>\(text)</p><p>\(text.dropLast())！</p></article></body></html>".utf8),
                                "article.html", in: directory)
        let exported = try DiglotBinary.run(["export", "--from", language, "--to", "en", "--copy-source", "--no-default-glossary", "-o", directory.path, article.path])
        #expect(exported.status == 0, "\(exported.errors)")
        let xliff = try String(contentsOf: directory.appendingPathComponent("article.xlf"), encoding: .utf8)
        let translated = xliff
            .replacingOccurrences(of: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", with: "<?xml version=\"1.0\" encoding=\"\(encoding)\"?>")
            .replacingOccurrences(of: "state=\"needs-translation\">", with: "state=\"translated\">The weather: ")
        #expect(translated.contains("encoding=\"\(encoding)\""))
        let legacy = try transcode(translated, to: iconvName)
        #expect(!legacy.isEmpty && String(validating: legacy, as: UTF8.self) == nil, "not re-encoded")
        let file = try write(legacy, "returned.xlf", in: directory)
        let run = try DiglotBinary.run(["import", "--strict", "-o", directory.appendingPathComponent("out").path, file.path])
        #expect(run.status == 0, "\(run.output)\(run.errors)")
        let html = try String(contentsOf: directory.appendingPathComponent("out/returned.html"), encoding: .utf8)
        #expect(html.contains("The weather: \(text)"))
    }

    /// The bytes of `text` in `encoding`, by the C library's iconv (the test's own converter,
    /// independent of the one the importer uses).
    private func transcode(_ text: String, to encoding: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "UTF-8", "-t", encoding]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let bytes = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return Array(bytes)
    }

    // MARK: Ebook

    @Test func anUntranslatedCopySourceFileIsNotCountedAsTranslated() throws {
        let directory = try DiglotBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let exported = try DiglotBinary.run(["export", "--to", "en", "--copy-source", "-o", directory.path, DiglotBinary.sample("rfi-kerry-climate.txt")])
        #expect(exported.status == 0)
        let xliff = directory.appendingPathComponent("rfi-kerry-climate.xlf")
        let book = directory.appendingPathComponent("book.epub")
        let run = try DiglotBinary.run(["ebook", "--title", "Climate", "-o", book.path, xliff.path])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.contains("1 chapter (0 translated)"), "\(run.errors)")
        #expect(run.errors.contains("warning: \(xliff.path): no unit is translated yet"), "\(run.errors)")
    }
}
