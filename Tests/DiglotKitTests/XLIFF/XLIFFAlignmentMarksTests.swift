import Foundation
import Testing
@testable import DiglotKit

/// Targets filled by `diglot align`: their states, notes and how they read back.
@Suite struct XLIFFAlignmentMarksTests {
    private func document() throws -> Document {
        try AlignmentSamples.document("Storm hits coast\n\nThe storm reached the coast on Tuesday.\n\nPower was cut.", name: "storm.txt", language: "en")
    }

    private func options(for document: Document) -> XLIFFWriterOptions {
        let blocks = document.translatableBlocks
        return XLIFFWriterOptions(
            targetLanguage: "zh-Hans",
            prefill: [blocks[0].id: Translation(runs: [.text("风暴袭击海岸")]), blocks[1].id: Translation(runs: [.text("风暴周二抵达海岸。")])],
            alignments: [blocks[0].id: UnitAlignment(sourceCount: 1, targetCount: 1, confidence: 0.93),
                         blocks[1].id: UnitAlignment(sourceCount: 2, targetCount: 1, confidence: 0.31),
                         blocks[2].id: UnitAlignment(sourceCount: 1, targetCount: 0, confidence: 0)])
    }

    @Test func xliff12MarksTheBeadAndLeavesUnsureUnitsForReview() throws {
        let document = try document()
        let xml = String(decoding: try XLIFF12Writer().write(document, options: options(for: document)), as: UTF8.self)
        #expect(xml.contains(#"<target xml:lang="zh-Hans" state="translated" state-qualifier="x-aligned-1-1">风暴袭击海岸</target>"#))
        #expect(xml.contains(#"state="needs-review-translation" state-qualifier="x-aligned-2-1">风暴周二抵达海岸。</target>"#))
        #expect(xml.contains(#"<note from="diglot:alignment" annotates="target">aligned 1-1, confidence 0.93</note>"#))
        #expect(xml.contains("aligned 1-0, confidence 0.00; no text of the translation matched this paragraph"))
        let imported = try XLIFFReader().read(Array(xml.utf8), file: "storm.xlf")
        #expect(imported.units.map(\.status) == [.translated, .needsReview, .untranslated])
    }

    @Test func xliff21UsesSubStatesAndNotes() throws {
        let document = try document()
        let xml = String(decoding: try XLIFF21Writer().write(document, options: options(for: document)), as: UTF8.self)
        #expect(xml.contains(#"<segment id="s1" state="translated" subState="diglot:aligned">"#))
        #expect(xml.contains(#"<segment id="s1" state="initial" subState="diglot:aligned-review">"#))
        #expect(xml.contains(#"<note category="diglot:alignment">aligned 2-1, confidence 0.31</note>"#))
        let imported = try XLIFFReader().read(Array(xml.utf8), file: "storm.xlf")
        #expect(imported.units.map(\.status) == [.translated, .needsReview, .untranslated])
    }

    @Test(.enabled(if: TestScope.referee)) func alignedFilesAreSchemaValid() throws {
        let document = try document()
        let files = try [XLIFF12Writer().write(document, options: options(for: document)),
                         XLIFF21Writer().write(document, options: options(for: document))]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("diglot-aligned-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for (index, bytes) in files.enumerated() {
            let url = folder.appendingPathComponent("aligned-\(index).xlf")
            try Data(bytes).write(to: url)
            paths.append(url.path)
        }
        let result = try #require(try Referee.run("check-xliff", paths))
        #expect(result.output.contains("xliff: 2 valid, 0 invalid"), "\(result.output)")
    }
}
