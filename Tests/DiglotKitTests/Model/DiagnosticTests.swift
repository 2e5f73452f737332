import Foundation
import Testing
@testable import DiglotKit

@Suite struct DiagnosticTests {
    @Test func writesOnlyThePartsOfThePlaceThatAreKnown() {
        #expect(Diagnostic(file: "a.tsv", line: 3, column: 7, kind: .glossary, message: "bad").description == "a.tsv:3:7: bad")
        #expect(Diagnostic(file: "a.tsv", line: 3, kind: .glossary, message: "bad").description == "a.tsv:3: bad")
        // A column without a line, or a line of 0 (libxml2's "unknown"), says nothing.
        #expect(Diagnostic(file: "a.tsv", column: 7, kind: .glossary, message: "bad").description == "a.tsv: bad")
        #expect(Diagnostic(file: "a.xml", line: 0, column: 2, kind: .xml, message: "bad").description == "a.xml: bad")
        #expect(Diagnostic(file: "r.xlf", line: 12, unit: "p-1", kind: .import, message: "gone").description == "r.xlf:12: unit p-1: gone")
        #expect(Diagnostic(file: "", kind: .epub, message: "the book has no chapters").description == "the book has no chapters")
        #expect(Diagnostic(file: "news.rss", item: 3, kind: .input, message: "no target").description == "news.rss item 3: no target")
        #expect(Diagnostic(file: "f.rss", item: 2, line: 4, column: 1, kind: .xml, message: "bad").place == "f.rss item 2:4:1")
    }

    /// Every error type of the library is one diagnostic with its own kind, and prints as it.
    @Test func everyErrorTypeIsADiagnostic() {
        let errors: [(any DiagnosticConvertible, Diagnostic.Kind, String)] = [
            (ImportError(file: "r.xlf", line: 4, unit: "h-1", message: "missing unit"), .import, "r.xlf:4: unit h-1: missing unit"),
            (XLIFFError(file: "r.xlf", unit: UnitID(rawValue: "p-2"), message: "no skeleton"), .xliff, "r.xlf: unit p-2: no skeleton"),
            (XLIFFError(file: "r.xlf", line: 7, column: 12, message: "tag mismatch"), .xliff, "r.xlf:7:12: tag mismatch"),
            (GlossaryError(file: "g.tsv", line: 2, column: 5, reason: "empty term"), .glossary, "g.tsv:2:5: empty term"),
            (XMLError(file: "f.xml", line: 9, column: 1, message: "not well-formed"), .xml, "f.xml:9:1: not well-formed"),
            (AlignmentError(input: "pair.txt", line: 3, reason: "no text"), .alignment, "pair.txt:3: no text"),
            (ReaderError(input: "a.html", line: 1, column: 4, reason: "binary"), .input, "a.html:1:4: binary"),
            // libxml2's 0 means "unknown": the error's own text says no more than its diagnostic.
            (ReaderError(input: "b.html", line: 5, column: 0, reason: "unreadable"), .input, "b.html:5: unreadable"),
            (FileError.notFound("x.txt"), .file, "x.txt: no such file or directory"),
            (EPUBError.emptyBook, .epub, "the book has no chapters; give at least one article"),
            (SegmentationError(rules: "zh", pattern: "(", message: "unbalanced"), .segmentation, "segmentation rules zh: bad pattern (: unbalanced"),
        ]
        for (error, kind, text) in errors {
            #expect(error.diagnostic.kind == kind)
            #expect(error.diagnostic.severity == .error)
            #expect(error.diagnostic.description == text)
            #expect("\(error)" == text)
            #expect(Diagnostic.of(error) == error.diagnostic)
        }
    }

    @Test func anyOtherErrorKeepsItsText() {
        struct Odd: Error, CustomStringConvertible { var description: String { "odd failure" } }
        let diagnostic = Diagnostic.of(Odd(), file: "in.txt", kind: .file)
        #expect(diagnostic.description == "in.txt: odd failure")
        #expect(diagnostic.kind == .file)
    }
}
