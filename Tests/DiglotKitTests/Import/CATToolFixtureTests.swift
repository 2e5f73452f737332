import Foundation
import Testing
@testable import DiglotKit

/// Files as other CAT tools return them, kept as fixtures (made from `rfa-0003.txt` exported
/// with sentences and filled by Translate Toolkit, then rewritten with lxml):
/// - `okapi-like-rfa-0003.xlf`: XLIFF 1.2 in UTF-16 with a BOM, units in reverse order,
///   everything re-indented (inside `<source>` and `<target>` too), `<g>` as `<bpt>`/`<ept>`
///   and `<x/>` as `<ph>` in targets, term markers removed, `state="signed-off"`, an
///   extension namespace, `alt-trans` suggestions.
/// - `joined-rfa-0003.xlf`: XLIFF 2.1 with a UTF-8 BOM, every multi-sentence unit's segments
///   joined into one (`state="reviewed"`), single targets in CDATA.
@Suite struct CATToolFixtureTests {
    private func fixture(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "xlf", subdirectory: "Fixtures/Import"))
        return Array(try Data(contentsOf: url))
    }

    @Test(arguments: ["okapi-like-rfa-0003", "joined-rfa-0003"])
    func mergesEveryUnit(_ name: String) throws {
        let outcome = Importer(options: Importer.Options(html: true, epub: true)).importFile(try fixture(name), name: name + ".xlf")
        #expect(outcome.report.merged, "\(outcome.report.errors)")
        #expect(outcome.report.untranslatedUnits == 0)
        #expect(!outcome.report.issues.contains { $0.severity == .error }, "\(outcome.report.issues.filter { $0.severity == .error })")
        let translated = try #require(outcome.translated)
        #expect(translated.translations.count == translated.document.translatableBlocks.count)
        for (unit, translation) in translated.translations {
            let text = translation.plainText
            // Translate Toolkit's pseudo-translation, with the tools' layout taken out again.
            #expect(text.hasPrefix("[译] "), "\(unit)")
            #expect(!text.contains("\n"), "\(unit): \(text)")
        }
    }

    @Test func restoresLineBreaksFromPlaceholdersWrittenAsPh() throws {
        let outcome = Importer(options: Importer.Options()).importFile(try fixture("okapi-like-rfa-0003"), name: "okapi.xlf")
        let translated = try #require(outcome.translated)
        let longest = try #require(translated.document.translatableBlocks.max { $0.runs.count < $1.runs.count })
        let sourceBreaks = longest.runs.filter { if case .placeholder = $0 { return true }; return false }.count
        let targetBreaks = translated.translations[longest.id]?.runs.filter { if case .placeholder = $0 { return true }; return false }.count
        #expect(sourceBreaks > 3 && targetBreaks == sourceBreaks)
    }

    @Test func joinedSegmentsMergeAsOne() throws {
        let imported = try XLIFFReader().read(try fixture("joined-rfa-0003"), file: "joined.xlf")
        let verified = ImportVerifier().verify(imported)
        #expect(verified.errors.isEmpty)
        #expect(!verified.resegmentedUnits.isEmpty)
    }
}
