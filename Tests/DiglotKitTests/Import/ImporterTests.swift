import Foundation
import Testing
@testable import DiglotKit

@Suite struct ImporterTests {
    typealias Support = ImportTestSupport

    private func withoutSkeleton() throws -> [UInt8] {
        var xml = try Support.translated12()
        let start = try #require(xml.range(of: "<skl>"))
        let end = try #require(xml.range(of: "</skl>"))
        xml.removeSubrange(start.lowerBound..<end.upperBound)
        return Array(xml.utf8)
    }

    @Test func mergesAndReports() throws {
        let outcome = Importer(options: Importer.Options(html: true, epub: true)).importFile(Array(try Support.translated12().utf8), name: "a.xlf")
        #expect(outcome.report.merged)
        #expect(outcome.report.units == 5 && outcome.report.translatedUnits == 5 && outcome.report.untranslatedUnits == 0)
        #expect(outcome.html != nil && outcome.epub != nil)
        #expect(outcome.report.article == "克里与中方会谈 & 甲烷")
    }

    @Test func refusesAFileWhoseSkeletonAToolRemoved() throws {
        let outcome = Importer(options: Importer.Options()).importFile(try withoutSkeleton(), name: "a.xlf")
        #expect(!outcome.report.merged && outcome.html == nil)
        let failure = try #require(outcome.report.errors.first)
        #expect(outcome.report.errors.count == 1)
        #expect(failure.file == "a.xlf" && failure.severity == .error && failure.message.contains("--against"))
    }

    /// A refused file's report carries why as Diagnostics, with their place, unit and kind;
    /// the table prints each as its one-line form.
    @Test func anEditedFilesReportCarriesTheTypedDiagnostic() throws {
        let bytes = Array(try Support.translated12WithEditedSource().utf8)
        let outcome = Importer(options: Importer.Options()).importFile(bytes, name: "returned.xlf")
        #expect(!outcome.report.merged && outcome.translated == nil && outcome.html == nil)
        let failure = try #require(outcome.report.errors.first)
        #expect(outcome.report.errors.count == 1)
        #expect(failure.file == "returned.xlf" && failure.kind == .import && failure.severity == .error)
        #expect(failure.unit == Support.title)
        let line = try #require(failure.line)
        #expect(failure.description.hasPrefix("returned.xlf:\(line): unit \(Support.title): the source text was changed"))
        #expect(outcome.report.table() == """
            == returned.xlf — 克里与中方会谈 & 甲烷
               NOT MERGED: no output written for this file
               FAILED  \(failure.description)
            """)
        // A book reads the same file through the same merge, and gets the same reasons.
        #expect(Importer(options: Importer.Options(html: false)).mergeFile(bytes, name: "returned.xlf").report.errors == outcome.report.errors)
    }

    @Test func aMalformedFilesReportCarriesTheParsersDiagnostic() throws {
        let outcome = Importer(options: Importer.Options()).importFile(Array("<?xml version=\"1.0\"?><xliff version=\"1.2\"><file>".utf8),
                                                                      name: "returned.xlf")
        #expect(!outcome.report.merged && outcome.translated == nil)
        let failure = try #require(outcome.report.errors.first)
        #expect(outcome.report.errors.count == 1)
        #expect(failure.kind == .xliff && failure.severity == .error && failure.unit == nil)
        #expect(failure.description.hasPrefix("returned.xlf:1:"), "\(failure)")
        #expect(outcome.report.table().hasSuffix("\n   FAILED  " + failure.description))
    }

    @Test func rebuildsALostSkeletonFromTheOriginal() throws {
        let options = Importer.Options(originals: [XLIFFTestDocuments.chinese()], originalName: "kerry.html")
        let outcome = Importer(options: options).importFile(try withoutSkeleton(), name: "a.xlf")
        #expect(outcome.report.merged, "\(outcome.report.errors)")
        let translated = try #require(outcome.translated)
        #expect(translated.translations[UnitID(rawValue: Support.paragraph)]?.plainText == Support.expectedText[Support.paragraph])
    }

    @Test func reportTableNamesFilesUnitsAndChecks() throws {
        var xml = try Support.translated12()
        xml = Support.replacingTarget12(of: Support.image, with: "<target></target>", in: xml)
        let merged = Importer(options: Importer.Options()).importFile(Array(xml.utf8), name: "a.xlf")
        let failed = Importer(options: Importer.Options()).importFile(Array("<xliff/>".utf8), name: "b.xlf")
        let table = QAReport(files: [merged.report, failed.report]).table()
        #expect(table.contains("== a.xlf — 克里与中方会谈 & 甲烷"))
        #expect(table.contains("merged: 4 of 5 units translated, 1 shown in the source language"))
        #expect(table.contains("error   \(Support.image)"))
        #expect(table.contains("== b.xlf\n   NOT MERGED"))
        #expect(table.hasSuffix("\n1 of 2 files merged; QA: 1 error, 0 warnings"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try QAReport(files: [merged.report, failed.report]).json()))
                                    as? [String: [[String: Any]]])
        #expect(json["files"]?.map { $0["merged"] as? Bool } == [true, false])
        #expect(json["files"]?.map { $0["errors"] as? [String] } == [[], failed.report.errors.map(\.description)])
    }
}
