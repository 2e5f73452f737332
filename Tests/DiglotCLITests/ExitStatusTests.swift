import ArgumentParser
import DiglotKit
import Testing
@testable import diglot

/// The one mapping from a command's diagnostics and flags to its exit code.
@Suite struct ExitStatusTests {
    private static let missing = Diagnostic(file: "in/nope.txt", kind: .file, message: "no such file or directory")
    private static let skippedRow = Diagnostic(file: "terms.tsv", line: 3, severity: .warning, kind: .glossary, message: "row skipped")
    private static let changedSource = Diagnostic(file: "story.xlf", line: 12, unit: "p-1", kind: .import, message: "changed source")

    @Test(arguments: [
        ([Diagnostic](), false, Int32(0)),
        ([skippedRow], false, 0),
        ([missing], false, 1),
        ([skippedRow, missing], false, 1),
        ([], true, 1),
        ([skippedRow], true, 1),
    ])
    func anErrorOrAFailureExitsOneAndAWarningNever(_ diagnostics: [Diagnostic], failing: Bool, code: Int32) {
        #expect(ExitStatus.code(for: diagnostics, failing: failing) == code)
    }

    /// Totals of one import: `refused` files not merged, `qaErrors` error findings, `review` units marked for review.
    private func totals(refused: Int = 0, qaErrors: Int = 0, review: Int = 0, warnings: Int = 0) -> QAReport.Totals {
        var totals = QAReport.Totals()
        for index in 0..<refused { totals.add(QAReport.FileReport(file: "refused-\(index).xlf", errors: [Self.changedSource])) }
        var merged = QAReport.FileReport(file: "story.xlf", merged: true)
        merged.issues += (0..<qaErrors).map { QAIssue(unit: "p-\($0)", severity: .error, code: .untranslated, message: "no translation") }
        merged.issues += (0..<review).map { QAIssue(unit: "r-\($0)", severity: .warning, code: .needsReview, message: "fuzzy") }
        merged.issues += (0..<warnings).map { QAIssue(unit: "w-\($0)", severity: .warning, code: .numberMissing, message: "7 missing") }
        totals.add(merged)
        return totals
    }

    @Test func importFailsOnARefusedFileOrAnErrorAndWithStrictOnQAErrorsAndReview() {
        #expect(ExitStatus.code(forImport: [], totals: totals(warnings: 2), strict: true) == 0)
        #expect(ExitStatus.code(forImport: [], totals: totals(qaErrors: 3, review: 1), strict: false) == 0)
        #expect(ExitStatus.code(forImport: [], totals: totals(qaErrors: 1), strict: true) == 1)
        #expect(ExitStatus.code(forImport: [], totals: totals(review: 1), strict: true) == 1)
        #expect(ExitStatus.code(forImport: [], totals: totals(refused: 1), strict: false) == 1)
        #expect(ExitStatus.code(forImport: [Self.missing], totals: totals(), strict: false) == 1)
        #expect(ExitStatus.code(forImport: [Self.skippedRow], totals: totals(), strict: false) == 0)
    }

    @Test func endReturnsForZeroAndThrowsTheCodeOtherwise() throws {
        try ExitStatus.end([Self.skippedRow])
        #expect(throws: (any Error).self) { try ExitStatus.end([Self.missing]) }
        #expect(throws: (any Error).self) { try ExitStatus.end(failing: true) }
        do {
            try ExitStatus.end(Int32(1))
            Issue.record("exit code 1 must end the command")
        } catch let error as ExitCode {
            #expect(error.rawValue == 1)
        }
    }
}
