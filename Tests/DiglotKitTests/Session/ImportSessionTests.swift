import Foundation
import Testing
@testable import DiglotKit

@Suite struct ImportSessionTests {
    private final class Reports: @unchecked Sendable {
        var files: [String] = []
        var reports: [QAReport.FileReport] = []
    }

    @Test func outputsOfOneNameInOneDirectoryAreNumberedAndNextToEachXLIFFTheyAreNot() throws {
        let files = try SessionTestFiles()
        defer { files.remove() }
        let translated = try ImportTestSupport.translated12()
        let first = try files.put(translated, at: "a/story.xlf")
        let second = try files.put(translated, at: "b/story.xlf")
        let reports = Reports()
        let together = ImportSession(inputs: [first, second], html: true, epub: false, output: files.root + "/out")
            .run(scheduler: SerialScheduler()) { reports.files.append($0.file) }
        #expect(together.errors.isEmpty && together.refusals.isEmpty)
        #expect(together.totals.failedFiles == 0)
        #expect(reports.files == [first, second])
        #expect(files.files(in: "out") == ["story-2.html", "story.html"])
        let apart = ImportSession(inputs: [files.root + "/a", files.root + "/b"], html: true, epub: true)
            .run(scheduler: SerialScheduler()) { _ in }
        #expect(apart.errors.isEmpty)
        #expect(files.files(in: "a") == ["story.epub", "story.html", "story.xlf"])
        #expect(files.files(in: "b") == ["story.epub", "story.html", "story.xlf"])
    }

    @Test func aSharedOutputThatWouldReplaceAnArticleStopsTheRun() throws {
        let files = try SessionTestFiles()
        defer { files.remove() }
        let input = try files.put(try ImportTestSupport.translated12(), at: "story.xlf")
        let clash = files.root + "/out/story.html"
        let result = ImportSession(inputs: [input], html: true, epub: false, output: files.root + "/out", tmx: clash)
            .run(scheduler: SerialScheduler()) { _ in Issue.record("nothing is imported") }
        #expect(result.errors.map(\.description) == ["\(clash): --tmx would overwrite the HTML merged from \(input); choose another file name"])
        #expect(!files.exists("out"))
    }

    @Test func aBrokenFileIsRefusedTheOthersMergeAndTheReportAndMemoryAreWritten() throws {
        let files = try SessionTestFiles()
        defer { files.remove() }
        let broken = try files.put("<?xml version=\"1.0\"?><xliff version=\"1.2\"><file>", at: "broken.xlf")
        let good = try files.put(try ImportTestSupport.translated12(), at: "good.xlf")
        let result = ImportSession(inputs: [broken, good, "-"], html: true, epub: false, output: files.root + "/out",
                                   tmx: files.root + "/out/memory.tmx", report: files.root + "/out/report.json")
            .run(scheduler: SerialScheduler()) { _ in }
        #expect(result.errors.map(\.description) == ["-: standard input is not supported by import; save the XLIFF to a file"])
        #expect(result.refusals.count == 1 && result.refusals[0].description.hasPrefix(broken))
        #expect(files.files(in: "out") == ["good.html", "memory.tmx", "report.json"])
        let report = try Data(contentsOf: URL(fileURLWithPath: files.root + "/out/report.json"))
        _ = try JSONSerialization.jsonObject(with: report)
        let text = String(decoding: report, as: UTF8.self)
        #expect(text.contains("broken.xlf") && text.contains("good.xlf"))
    }

    @Test func anEditedSourceIsRefusedWithItsUnitAndLine() throws {
        let files = try SessionTestFiles()
        defer { files.remove() }
        let tampered = try files.put(try ImportTestSupport.translated12WithEditedSource(), at: "tampered.xlf")
        let result = ImportSession(inputs: [tampered], html: true, epub: false, output: files.root + "/out")
            .run(scheduler: SerialScheduler()) { _ in }
        #expect(result.errors.isEmpty && result.totals.failedFiles == 1)
        let refusal = try #require(result.refusals.first)
        #expect(result.refusals.count == 1)
        #expect(refusal.file == tampered && refusal.kind == .import && refusal.severity == .error)
        let unit = try #require(refusal.unit)
        let line = try #require(refusal.line)
        #expect(refusal.description.hasPrefix("\(tampered):\(line): unit \(unit): the source text was changed"))
        #expect(!files.exists("out/tampered.html"))
    }

    /// A refused file's report carries why, typed, and the run's refusals are those same
    /// Diagnostics: one file fails verification, the other's HTML cannot be written.
    @Test func aRefusedFilesReportCarriesTheDiagnosticsTheRefusalsList() throws {
        let files = try SessionTestFiles()
        defer { files.remove() }
        let tampered = try files.put(try ImportTestSupport.translated12WithEditedSource(), at: "tampered.xlf")
        let blocked = try files.put(try ImportTestSupport.translated12(), at: "blocked.xlf")
        try FileManager.default.createDirectory(atPath: files.root + "/out/blocked.html", withIntermediateDirectories: true)
        let reports = Reports()
        let result = ImportSession(inputs: [tampered, blocked], html: true, epub: false, output: files.root + "/out")
            .run(scheduler: SerialScheduler()) { reports.reports.append($0) }
        #expect(reports.reports.map(\.merged) == [false, false])
        #expect(result.refusals == reports.reports.flatMap(\.errors))
        let edited = try #require(reports.reports.first?.errors.first)
        #expect(edited.kind == .import && edited.file == tampered && edited.unit != nil && edited.line != nil)
        let unwritable = try #require(reports.reports.last?.errors.first)
        #expect(reports.reports.last?.errors.count == 1 && reports.reports.last?.outputs == [])
        #expect(unwritable.kind == .file && unwritable.description.contains("blocked.html: cannot write"), "\(unwritable)")
        #expect(reports.reports.last?.table().contains("   FAILED  " + unwritable.description) == true)
    }
}
