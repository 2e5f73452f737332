import Foundation
import Testing
@testable import DiglotKit

@Suite struct QAReportTests {
    /// Why `b.xlf` was refused: one diagnostic with a place, one with none.
    private static let refusals = [
        Diagnostic(file: "b.xlf", line: 3, column: 1, kind: .xml, message: "Premature end of data"),
        Diagnostic(file: "", kind: .import, message: "second \"reason\""),
    ]

    /// A merged file with findings of both severities, a refused one, and one with text that
    /// JSON must escape (quotes, a backslash, a line break, a slash, a control character).
    private static let files: [QAReport.FileReport] = [
        QAReport.FileReport(file: "a.xlf", article: "克里与中方会谈", targetLanguage: "en", merged: true,
                            outputs: ["out/a.html", "out/a.epub"], units: 3, translatedUnits: 2, untranslatedUnits: 1,
                            issues: [
                                QAIssue(unit: "p-1", severity: .warning, code: .numberMissing, message: "3 is missing"),
                                QAIssue(unit: "title-2", severity: .error, code: .untranslated, message: "no translation"),
                            ]),
        QAReport.FileReport(file: "b.xlf", errors: refusals),
        QAReport.FileReport(file: "c \\ d/e.xlf", article: "line\nbreak\t\u{1}", targetLanguage: "zh-Hans", merged: true,
                            units: 1, translatedUnits: 1,
                            issues: [QAIssue(unit: "p-3", severity: .warning, code: .identicalToSource, message: "“quoted” </x>")]),
    ]

    /// The streamed bytes of `files`.
    private func streamed(_ files: [QAReport.FileReport]) throws -> [UInt8] {
        var stream = QAReport.JSONStream()
        var bytes: [UInt8] = []
        for file in files { bytes += try stream.next(file) }
        return bytes + stream.end()
    }

    @Test(arguments: 0...3)
    func streamedJSONIsTheWholeReportsJSON(_ count: Int) throws {
        let files = Array(Self.files.prefix(count))
        let bytes = try streamed(files)
        #expect(bytes == (try QAReport(files: files).json()), "\(String(decoding: bytes, as: UTF8.self))")
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: [[String: Any]]])
        #expect(decoded["files"]?.map { $0["file"] as? String } == files.map(\.file))
    }

    /// The JSON keeps the report's form from before its errors were typed: each error is its
    /// one-line text, and no key is added or lost.
    @Test func jsonGivesEachErrorAsItsOneLineForm() throws {
        let json = String(decoding: try QAReport(files: [Self.files[1]]).json(), as: UTF8.self)
        #expect(json == """
            {
              "files" : [
                {
                  "errors" : [
                    "b.xlf:3:1: Premature end of data",
                    "second \\"reason\\""
                  ],
                  "file" : "b.xlf",
                  "issues" : [

                  ],
                  "merged" : false,
                  "outputs" : [

                  ],
                  "translatedUnits" : 0,
                  "units" : 0,
                  "untranslatedUnits" : 0
                }
              ]
            }

            """)
        let merged = try #require(try JSONSerialization.jsonObject(with: Data(try QAReport(files: [Self.files[0]]).json())) as? [String: [[String: Any]]])
        #expect(merged["files"]?.first?.keys.sorted() == ["article", "errors", "file", "issues", "merged", "outputs", "targetLanguage",
                                                            "translatedUnits", "units", "untranslatedUnits"])
    }

    @Test func streamedJSONOfManyFilesIsTheWholeReportsJSON() throws {
        let files = (0..<40).map { Self.files[$0 % Self.files.count] }
        #expect(try streamed(files) == (try QAReport(files: files).json()))
    }

    @Test func tableIsTheFileSectionsThenTheTotals() {
        let report = QAReport(files: Self.files)
        #expect(report.table() == (Self.files.map { $0.table() } + [report.totals.summary]).joined(separator: "\n"))
        #expect(report.totals.summary == "2 of 3 files merged; QA: 1 error, 2 warnings")
        #expect(report.totals.files == 3 && report.totals.failedFiles == 1)
        #expect(report.qaErrorCount == 1 && report.qaWarningCount == 2 && report.failedFiles.map(\.file) == ["b.xlf"])
        #expect(QAReport().table() == "0 of 0 files merged; QA: 0 errors, 0 warnings")
        #expect(QAReport(files: [Self.files[0]]).totals.summary == "1 of 1 file merged; QA: 1 error, 1 warning")
    }

    @Test func fileSectionKeepsDocumentOrderAndCountsWhatItDoesNotList() {
        // 25 untranslated units in document order (IDs not in sorted order), two warnings.
        let untranslated = (0..<25).map { QAIssue(unit: "p-\(String(format: "%02d", 99 - $0))", severity: .error, code: .untranslated, message: "no translation") }
        let file = QAReport.FileReport(file: "big.xlf", merged: true, units: 27, translatedUnits: 2, untranslatedUnits: 25,
                                       issues: [QAIssue(unit: "p-50", severity: .warning, code: .numberMissing, message: "7 is missing")]
                                           + untranslated + [QAIssue(unit: "p-10", severity: .warning, code: .numberMissing, message: "8 is missing")])
        let lines = file.table().split(separator: "\n").map(String.init)
        #expect(lines.count == 2 + 20 + 2 + 1)
        #expect(lines[2] == "   error   p-99  untranslated    no translation")
        #expect(lines[21] == "   error   p-80  untranslated    no translation")
        #expect(lines[22] == "   warning p-50  number-missing  7 is missing")
        #expect(lines[23] == "   warning p-10  number-missing  8 is missing")
        #expect(lines[24] == "   … 5 more untranslated (every finding is in the JSON report)")
    }

    @Test func fileSectionListsErrorsBeforeWarnings() {
        #expect(Self.files[0].table() == """
            == a.xlf — 克里与中方会谈
               merged: 2 of 3 units translated, 1 shown in the source language → out/a.html, out/a.epub
               error   title-2  untranslated    no translation
               warning p-1      number-missing  3 is missing
            """)
        #expect(Self.files[1].table() == """
            == b.xlf
               NOT MERGED: no output written for this file
               FAILED  b.xlf:3:1: Premature end of data
               FAILED  second "reason"
            """)
    }
}
