import Foundation
import Testing
@testable import DiglotKit

/// `GlossaryEntry` keeps its fields in a copy-on-write box; these checks pin that the box is
/// invisible: the same JSON as a plain struct with synthesised `Codable`, value semantics on
/// mutation, and equality and hashing by field.
@Suite struct GlossaryEntryTests {
    /// What the compiler synthesises for the same fields: the JSON shape v1 skeletons and
    /// document dumps were written with.
    private struct SynthesisedEntry: Hashable, Codable {
        var source: String
        var target: String
        var type: TermType
        var note: String?
        var caseSensitive: Bool
        var forbidden: [String]

        init(_ entry: GlossaryEntry) {
            source = entry.source
            target = entry.target
            type = entry.type
            note = entry.note
            caseSensitive = entry.caseSensitive
            forbidden = entry.forbidden
        }
    }

    static let entries: [GlossaryEntry] = [
        GlossaryEntry(source: "克里", target: "John Kerry", type: .person, note: "US/UN envoy",
                      caseSensitive: false, forbidden: ["Kerry", "Kelly"]),
        GlossaryEntry(source: "NATO", target: "北约", type: .org, caseSensitive: true),
        GlossaryEntry(source: "的", target: "of"),
        GlossaryEntry(source: "e\u{301}té", target: "", type: .exclude, note: "", forbidden: []),
    ]

    @Test(arguments: entries)
    func encodesLikeSynthesisedStruct(entry: GlossaryEntry) throws {
        // Byte for byte as version 1 skeletons write it (sorted keys).
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(try encoder.encode(entry) == encoder.encode(SynthesisedEntry(entry)))
        // Without sorting, key order is the encoder's own; the same object either way.
        let boxed = try JSONSerialization.jsonObject(with: JSONEncoder().encode(entry)) as? NSDictionary
        let plain = try JSONSerialization.jsonObject(with: JSONEncoder().encode(SynthesisedEntry(entry))) as? NSDictionary
        #expect(boxed != nil && boxed == plain)
    }

    @Test(arguments: entries)
    func decodesWhatSynthesisedStructWrites(entry: GlossaryEntry) throws {
        let plain = try JSONEncoder().encode(SynthesisedEntry(entry))
        let decoded = try JSONDecoder().decode(GlossaryEntry.self, from: plain)
        #expect(decoded == entry)
        #expect(SynthesisedEntry(decoded) == SynthesisedEntry(entry))
    }

    @Test func decodingRejectsWhatSynthesisedStructRejects() throws {
        let missingTarget = Data(#"{"source":"a","type":"term","caseSensitive":false,"forbidden":[]}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(GlossaryEntry.self, from: missingTarget) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(SynthesisedEntry.self, from: missingTarget) }
        let nullNote = Data(#"{"source":"a","target":"b","type":"org","note":null,"caseSensitive":true,"forbidden":["c"]}"#.utf8)
        let decoded = try JSONDecoder().decode(GlossaryEntry.self, from: nullNote)
        #expect(decoded == GlossaryEntry(source: "a", target: "b", type: .org, caseSensitive: true, forbidden: ["c"]))
    }

    @Test func mutatingACopyLeavesTheOriginal() {
        let original = GlossaryEntry(source: "克里", target: "John Kerry", type: .person, forbidden: ["Kerry"])
        var copy = original
        copy.target = "Kerry"
        copy.forbidden.append("J. Kerry")
        copy.note = "changed"
        copy.type = .term
        copy.caseSensitive = true
        copy.source = "克里."
        #expect(original == GlossaryEntry(source: "克里", target: "John Kerry", type: .person, forbidden: ["Kerry"]))
        #expect(copy == GlossaryEntry(source: "克里.", target: "Kerry", type: .term, note: "changed",
                                      caseSensitive: true, forbidden: ["Kerry", "J. Kerry"]))
    }

    @Test func equalityAndHashingFollowTheFields() {
        let first = GlossaryEntry(source: "é", target: "x", note: "n", forbidden: ["y"])
        // Canonically equal source in another normal form, built as a separate box.
        let second = GlossaryEntry(source: "e\u{301}", target: "x", note: "n", forbidden: ["y"])
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
        #expect(Set([first, second]).count == 1)
        for changed in [
            GlossaryEntry(source: "é", target: "z", note: "n", forbidden: ["y"]),
            GlossaryEntry(source: "é", target: "x", type: .org, note: "n", forbidden: ["y"]),
            GlossaryEntry(source: "é", target: "x", forbidden: ["y"]),
            GlossaryEntry(source: "é", target: "x", note: "n", caseSensitive: true, forbidden: ["y"]),
            GlossaryEntry(source: "é", target: "x", note: "n"),
        ] {
            #expect(changed != first)
        }
    }
}
