import DiglotKit
import Foundation
import Testing

/// Runs the built `diglot` binary's `import` subcommand (and `export --memory`) end to end.
@Suite struct ImportCommandTests {
    private typealias Outcome = DiglotBinary.Outcome

    /// Runs the binary; never nil (a missing binary fails inside `DiglotBinary.run`).
    private func run(_ arguments: [String]) throws -> Outcome? {
        try DiglotBinary.run(arguments)
    }

    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("diglot-import-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private static let sentences = ["今天天气很好。", "克里周三抵达上海，会谈持续了3天。", "没有人翻译这一段。"]
    private static let translations = ["weather is fine today.", "Kerry arrived in Shanghai on Wednesday; the talks lasted 3 days."]
    private static let link = InlineCode(id: 1, kind: .link, element: "a", attributes: [Attribute(name: "href", value: "https://example.com/bj?a=1&b=2")])

    /// A small article exported with copied targets, the first two then "translated"; the
    /// first paragraph starts with a link (`<a>北京</a>`, translated `<a>Beijing</a>`).
    private func translatedXLIFF(version: String = "1.2", translateAll: Bool = false) throws -> String {
        var allocator = UnitIDAllocator()
        let blocks = Self.sentences.enumerated().map { index, text in
            let runs: [InlineRun] = index == 0 ? [.open(Self.link), .text("北京"), .close(Self.link), .text(text)] : [.text(text)]
            return Block(id: allocator.next(role: .paragraph, text: Segment(runs: runs).plainText), role: .paragraph,
                         segments: [Segment(runs: runs)], isTranslatable: true)
        }
        let document = Document(metadata: ArticleMetadata(title: "天气", url: "https://example.com/weather", sourceLanguage: "zh-Hans", origin: "weather.html"),
                                blocks: blocks)
        let options = XLIFFWriterOptions(targetLanguage: "en", copySource: true)
        var xml = version == "1.2"
            ? String(decoding: try XLIFF12Writer().write(document, options: options), as: UTF8.self)
            : String(decoding: try XLIFF21Writer().write(document, options: options), as: UTF8.self)
        var pairs = Array(zip(Self.sentences, Self.translations))
        if translateAll { pairs.append((Self.sentences[2], "Nobody translated this paragraph.")) }
        let opening = version == "1.2" ? "<g id=\"1\" ctype=\"link\">" : "<pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d1e\" type=\"link\">"
        let closing = version == "1.2" ? "</g>" : "</pc>"
        pairs[0] = (opening + "北京" + closing + pairs[0].0, opening + "Beijing" + closing + " " + pairs[0].1)
        for (source, target) in pairs {
            let copied = version == "1.2" ? "state=\"needs-translation\">\(source)</target>" : "<target xml:space=\"preserve\">\(source)</target>"
            let filled = version == "1.2" ? "state=\"translated\">\(target)</target>" : "<target xml:space=\"preserve\">\(target)</target>"
            #expect(xml.contains(copied))
            xml = xml.replacingOccurrences(of: copied, with: filled)
        }
        return xml
    }

    private func write(_ text: String, _ name: String, in directory: URL) throws -> URL {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    private func exists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.path) }

    /// The last `<trans-unit>…</trans-unit>` of an XLIFF 1.2 file.
    private func lastUnit(in xml: String) throws -> Range<String.Index> {
        let start = try #require(xml.range(of: "<trans-unit", options: .backwards))
        let end = try #require(xml.range(of: "</trans-unit>", options: .backwards))
        return start.lowerBound..<end.upperBound
    }

    @Test func importAndEbookReadInputsFromAList() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = try write(try translatedXLIFF(), "weather.xlf", in: directory)
        let list = try write(input.path + "\n", "list.txt", in: directory)
        guard let imported = try run(["import", "--files-from", list.path, "-o", directory.appendingPathComponent("out").path]) else { return }
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(exists(directory.appendingPathComponent("out/weather.html")))
        let book = directory.appendingPathComponent("book.epub")
        guard let ebook = try run(["ebook", "--title", "Weather", "--files-from", list.path, "-o", book.path]) else { return }
        #expect(ebook.status == 0, "\(ebook.errors)")
        #expect(ebook.errors.contains("1 chapter (1 translated)"), "\(ebook.errors)")
    }

    @Test func mergesIntoHTMLByDefaultAndLeavesTheInputAlone() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = try write(try translatedXLIFF(), "weather.xlf", in: directory)
        let before = try Data(contentsOf: input)
        guard let outcome = try run(["import", "-o", directory.appendingPathComponent("out").path, input.path]) else { return }
        #expect(outcome.status == 0, "\(outcome.errors)")
        let html = directory.appendingPathComponent("out/weather.html")
        #expect(exists(html))
        #expect(!exists(directory.appendingPathComponent("out/weather.epub")))
        let page = try String(contentsOf: html, encoding: .utf8)
        for translation in Self.translations { #expect(page.contains(translation)) }
        #expect(page.contains("<a href=\"https://example.com/bj?a=1&amp;b=2\">Beijing</a> weather is fine today."))
        #expect(page.contains("lang=\"zh-Hans\" class=\"untranslated\">没有人翻译这一段。"))
        #expect(try Data(contentsOf: input) == before)
        #expect(outcome.output.contains("merged: 2 of 3 units translated"))
        #expect(outcome.output.contains("untranslated"))
    }

    @Test func writesEPUBTMXAndJSONReport() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = try write(try translatedXLIFF(), "a.xlf", in: directory)
        let second = try write(try translatedXLIFF(version: "2.1"), "b.xlf", in: directory)
        let out = directory.appendingPathComponent("out")
        let tmx = directory.appendingPathComponent("memory.tmx")
        let report = directory.appendingPathComponent("report.json")
        guard let outcome = try run(["import", "--html", "--epub", "--layout", "side-by-side", "-o", out.path,
                                     "--tmx", tmx.path, "--report", report.path, first.path, second.path]) else { return }
        #expect(outcome.status == 0, "\(outcome.errors)")
        for name in ["a.html", "a.epub", "b.html", "b.epub"] { #expect(exists(out.appendingPathComponent(name)), "\(name)") }
        let memory = try String(contentsOf: tmx, encoding: .utf8)
        #expect(memory.contains("<tmx version=\"1.4\">"))
        for translation in Self.translations { #expect(memory.contains(translation)) }
        let decoded = try JSONDecoder().decode(ReportJSON.self, from: Data(contentsOf: report))
        #expect(decoded.files.map(\.merged) == [true, true])
        #expect(decoded.files.first?.issues.contains { $0.code == .untranslated } == true)
    }

    /// Reports are folded in input order whatever order the workers finish in: the table on
    /// standard output and the JSON report come out as the whole report would print them.
    @Test func streamsTheTableAndTheReportInInputOrder() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var inputs: [String] = []
        for index in 0..<24 {
            let text: String
            switch index % 6 {
            case 1: text = try translatedXLIFF(version: "2.1")
            case 2: text = try translatedXLIFF(translateAll: true)
            case 4: text = try translatedXLIFF().replacingOccurrences(of: "</body>", with: "</bdy>")
            default: text = try translatedXLIFF()
            }
            inputs.append(try write(text, String(format: "f%02d.xlf", index), in: directory).path)
        }
        let out = directory.appendingPathComponent("out")
        let report = out.appendingPathComponent("qa/report.json")
        guard let outcome = try run(["import", "--jobs", "2", "--tmx", directory.appendingPathComponent("m.tmx").path,
                                     "--report", report.path, "-o", out.path] + inputs) else { return }
        #expect(outcome.status == 1)
        let bytes = try Data(contentsOf: report)
        let decoded = try JSONDecoder().decode(ReportJSON.self, from: bytes)
        #expect(decoded.files.map(\.file) == inputs)
        #expect(decoded.files.filter { !$0.merged }.count == 4)
        #expect(Array(bytes) == (try decoded.report.json()))
        #expect(outcome.output == decoded.report.table() + "\n")
        #expect(outcome.output.hasSuffix("\n20 of 24 files merged; QA: 16 errors, 0 warnings\n"))
        let refusals = decoded.files.filter { !$0.merged }.flatMap(\.errors)
        #expect(outcome.errors == refusals.map { "error: \($0)\n" }.joined())
        let leftovers = DiglotBinary.files(under: directory).filter { $0.contains(".diglot-tmp") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test func aReportThatCannotBeWrittenLeavesNoTemporaryBehind() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = try write(try translatedXLIFF(), "a.xlf", in: directory)
        _ = try write("a file, not a directory", "blocker", in: directory)
        let out = directory.appendingPathComponent("out")
        let underFile = directory.appendingPathComponent("blocker/report.json")
        guard let blocked = try run(["import", "--report", underFile.path, "-o", out.path, input.path]) else { return }
        #expect(blocked.status == 1)
        #expect(blocked.errors == "error: \(underFile.path): cannot write the report: \(directory.appendingPathComponent("blocker").path): "
            + "cannot write: \(directory.appendingPathComponent("blocker").path) is a file, not a directory\n")
        #expect(exists(out.appendingPathComponent("a.html")))
        // A directory where the report should go: the rename fails at the end.
        let taken = directory.appendingPathComponent("taken")
        try FileManager.default.createDirectory(at: taken, withIntermediateDirectories: true)
        guard let renamed = try run(["import", "--report", taken.path, "-o", out.path, input.path]) else { return }
        #expect(renamed.status == 1)
        #expect(renamed.errors.contains("\(taken.path): cannot write the report:"), "\(renamed.errors)")
        #expect(renamed.output.hasSuffix("1 of 1 file merged; QA: 1 error, 0 warnings\n"))
        let leftovers = DiglotBinary.files(under: directory).filter { $0.contains(".diglot-tmp") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test func searchesDirectories() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let returned = directory.appendingPathComponent("returned/batch")
        try FileManager.default.createDirectory(at: returned, withIntermediateDirectories: true)
        _ = try write(try translatedXLIFF(), "one.xlf", in: returned)
        _ = try write(try translatedXLIFF(version: "2.1"), "two.xliff", in: returned)
        _ = try write("notes", "readme.txt", in: returned)
        let out = directory.appendingPathComponent("out")
        guard let outcome = try run(["import", "-o", out.path, directory.appendingPathComponent("returned").path]) else { return }
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(exists(out.appendingPathComponent("one.html")) && exists(out.appendingPathComponent("two.html")))
        #expect(outcome.output.contains("2 of 2 files merged"))
    }

    @Test func strictFailsOnQAErrors() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let partial = try write(try translatedXLIFF(), "partial.xlf", in: directory)
        guard let outcome = try run(["import", "--strict", "-o", directory.path, partial.path]) else { return }
        #expect(outcome.status == 1)
        #expect(exists(directory.appendingPathComponent("partial.html")))
        let complete = try write(try translatedXLIFF(translateAll: true), "complete.xlf", in: directory)
        let clean = try run(["import", "--strict", "-o", directory.path, complete.path])
        #expect(clean?.status == 0, "\(clean?.output ?? "")")
    }

    @Test(arguments: ["edited-source", "deleted-unit", "duplicated-unit", "invented-placeholder", "broken-placeholder", "malformed", "external-entity", "billion-laughs", "foreign"])
    func refusesTamperedFilesAndWritesNothingForThem(_ tampering: String) throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var xml = try translatedXLIFF()
        var expected = ""
        switch tampering {
        case "edited-source":
            xml = xml.replacingOccurrences(of: "<source>克里周三抵达上海", with: "<source>克里周四抵达上海")
            expected = "source text was changed"
        case "deleted-unit":
            xml.removeSubrange(try lastUnit(in: xml))
            expected = "missing unit"
        case "duplicated-unit":
            let unit = try lastUnit(in: xml)
            xml.insert(contentsOf: String(xml[unit]), at: unit.upperBound)
            expected = "appears twice"
        case "invented-placeholder":
            xml = xml.replacingOccurrences(of: "fine today.</target>", with: "fine <x id=\"7\"/>today.</target>")
            expected = "code 7 is not in the source"
        case "broken-placeholder":
            xml = xml.replacingOccurrences(of: "<g id=\"1\" ctype=\"link\">Beijing</g>", with: "<bx id=\"1\"/>Beijing")
            expected = "restore the missing half"
        case "malformed":
            xml = xml.replacingOccurrences(of: "</body>", with: "</bdy>")
            expected = "bad.xlf:"
        case "external-entity":
            xml = xml.replacingOccurrences(of: "?>\n<xliff", with: "?>\n<!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<xliff")
            xml = xml.replacingOccurrences(of: "fine today.", with: "fine &x; today.")
            expected = "DOCTYPE"
        case "billion-laughs":
            var entities = "<!ENTITY l0 \"ha\">"
            for level in 1...9 { entities += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">" }
            xml = xml.replacingOccurrences(of: "?>\n<xliff", with: "?>\n<!DOCTYPE xliff [\(entities)]>\n<xliff")
            xml = xml.replacingOccurrences(of: "fine today.", with: "&l9;")
            expected = "DOCTYPE"
        default:
            xml = "<?xml version=\"1.0\"?><xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"x\" source-language=\"en\" target-language=\"fr\" datatype=\"plaintext\"><body><trans-unit id=\"1\"><source>Hi</source><target>Salut</target></trans-unit></body></file></xliff>"
            expected = "not a file exported by Diglot"
        }
        let bad = try write(xml, "bad.xlf", in: directory)
        let good = try write(try translatedXLIFF(), "good.xlf", in: directory)
        let out = directory.appendingPathComponent("out")
        guard let outcome = try run(["import", "--epub", "--html", "-o", out.path, bad.path, good.path]) else { return }
        #expect(outcome.status == 1)
        #expect(outcome.output.contains(expected), "\(outcome.output)")
        #expect(outcome.errors.contains("error: ") && outcome.errors.contains(expected), "\(outcome.errors)")
        #expect(outcome.output.contains("NOT MERGED"))
        #expect(!exists(out.appendingPathComponent("bad.html")) && !exists(out.appendingPathComponent("bad.epub")))
        #expect(exists(out.appendingPathComponent("good.html")) && exists(out.appendingPathComponent("good.epub")))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".diglot-tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func crossChecksAgainstTheExportedFile() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let translated = try write(try translatedXLIFF(), "t.xlf", in: directory)
        let original = try write(try translatedXLIFF(translateAll: true), "original.xlf", in: directory)
        let accepted = try run(["import", "--against", original.path, "-o", directory.appendingPathComponent("ok").path, translated.path])
        #expect(accepted?.status == 0, "\(accepted?.output ?? "")")
        // Another article as the original: every unit differs.
        let other = try write(String(decoding: try XLIFF12Writer().write(
            Document(metadata: ArticleMetadata(sourceLanguage: "zh-Hans", origin: "o"), blocks: [
                Block(id: UnitID(rawValue: "p-12345678"), role: .paragraph, segments: [Segment(runs: [.text("别的文章。")])], isTranslatable: true),
            ]), options: XLIFFWriterOptions(targetLanguage: "en")), as: UTF8.self), "other.xlf", in: directory)
        let out = directory.appendingPathComponent("refused")
        guard let refused = try run(["import", "--against", other.path, "-o", out.path, translated.path]) else { return }
        #expect(refused.status == 1)
        #expect(refused.output.contains("is not in \(other.path)"))
        #expect(!exists(out.appendingPathComponent("t.html")))
    }

    @Test func crossChecksAgainstTheArticle() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let article = DiglotBinary.packageRoot.appendingPathComponent("Tests/DiglotKitTests/Fixtures/Import/rfa-0003.txt")
        let other = DiglotBinary.packageRoot.appendingPathComponent("Tests/DiglotKitTests/Fixtures/Import/bbc-0008.txt")
        guard let exported = try run(["export", "--to", "en", "--copy-source", "--sentences", "-o", directory.path, article.path]) else { return }
        #expect(exported.status == 0, "\(exported.errors)")
        let xliff = directory.appendingPathComponent("rfa-0003.xlf")
        let same = try run(["import", "--against", article.path, "-o", directory.appendingPathComponent("a").path, xliff.path])
        #expect(same?.status == 0, "\(same?.output ?? "")")
        let different = try run(["import", "--against", other.path, "-o", directory.appendingPathComponent("b").path, xliff.path])
        #expect(different?.status == 1)
    }

    @Test func exportPrefillsFromTheMemory() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let article = DiglotBinary.packageRoot.appendingPathComponent("Tests/DiglotKitTests/Fixtures/Import/rfa-0003.txt")
        guard let exported = try run(["export", "--to", "en", "--copy-source", "-o", directory.path, article.path]) else { return }
        #expect(exported.status == 0)
        // "Translate" every unit by editing the copied targets, import, and keep the memory.
        let xliff = directory.appendingPathComponent("rfa-0003.xlf")
        let text = try String(contentsOf: xliff, encoding: .utf8).replacingOccurrences(of: "state=\"needs-translation\">", with: "state=\"translated\">EN ")
        let returned = try write(text, "returned.xlf", in: directory)
        let memory = directory.appendingPathComponent("tm/memory.tmx")
        let imported = try run(["import", "--tmx", memory.path, "-o", directory.appendingPathComponent("html").path, returned.path])
        #expect(imported?.status == 0, "\(imported?.errors ?? "")")
        let again = directory.appendingPathComponent("again")
        let prefilled = try run(["export", "--to", "en", "--memory", directory.appendingPathComponent("tm").path, "-o", again.path, article.path])
        #expect(prefilled?.status == 0, "\(prefilled?.errors ?? "")")
        let result = try String(contentsOf: again.appendingPathComponent("rfa-0003.xlf"), encoding: .utf8)
        #expect(result.contains("state=\"needs-review-translation\" state-qualifier=\"exact-match\">EN "))
        #expect(!result.contains("state=\"translated\""))
        // The summary says how many units the memory filled: here every one of them.
        let units = result.components(separatedBy: "<trans-unit ").count - 1
        #expect(units > 1)
        #expect(prefilled?.errors.contains("memory: \(units) units of \(units) pre-filled from the translation memory") == true, "\(prefilled?.errors ?? "")")
    }

    @Test func usageErrors() throws {
        guard let none = try run(["import"]) else { return }
        #expect(none.status == 64)
        let layout = try run(["import", "--layout", "sideways", "x.xlf"])
        #expect(layout?.status == 64)
        // --layout shapes the EPUB: without --epub it is a mistake, not a silent no-op.
        let alone = try run(["import", "--layout", "side-by-side", "x.xlf"])
        #expect(alone?.status == 64)
        #expect(alone?.errors.contains("--layout sets the EPUB's layout; add --epub") == true, "\(alone?.errors ?? "")")
        let missing = try run(["import", "/nonexistent/file.xlf"])
        #expect(missing?.status == 1)
        #expect(missing?.errors.contains("/nonexistent/file.xlf: no such file or directory") == true)
    }
}

/// The `--report` JSON read back. `QAReport` is only encoded: its errors are typed, and the
/// JSON has only their one-line forms.
private struct ReportJSON: Decodable {
    struct File: Decodable {
        var file: String
        var article: String?
        var targetLanguage: String?
        var merged: Bool
        var outputs: [String]
        var units: Int
        var translatedUnits: Int
        var untranslatedUnits: Int
        var errors: [String]
        var issues: [QAIssue]
    }

    var files: [File]

    /// The report these entries print and encode as: each error line kept whole as a message
    /// with no place, which is how a `Diagnostic` without a place prints.
    var report: QAReport {
        QAReport(files: files.map { file in
            QAReport.FileReport(file: file.file, article: file.article, targetLanguage: file.targetLanguage, merged: file.merged,
                                outputs: file.outputs, units: file.units, translatedUnits: file.translatedUnits,
                                untranslatedUnits: file.untranslatedUnits,
                                errors: file.errors.map { Diagnostic(file: "", kind: .import, message: $0) }, issues: file.issues)
        })
    }
}
