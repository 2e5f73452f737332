import Testing
@testable import DiglotKit

/// Entries are numbered once each, byte for byte, whether copies share a box or not.
@Suite struct GlossaryEntryIndexTests {
    @Test func numbersDistinctEntriesInOrderOfFirstAppearance() {
        let kerry = GlossaryEntry(source: "克里", target: "John Kerry", type: .person)
        let kerryAgain = GlossaryEntry(source: "克里", target: "John Kerry", type: .person)  // another box, same bytes
        let kerryNoted = GlossaryEntry(source: "克里", target: "John Kerry", type: .person, note: "US envoy")
        let china = GlossaryEntry(source: "中国", target: "China", type: .place)
        var index = GlossaryEntryIndex()
        let answers = [kerry, china, kerry, kerryAgain, kerryNoted, china, kerryNoted].map { index.insert($0) }
        #expect(answers.map(\.index) == [0, 1, 0, 0, 2, 1, 2])
        #expect(answers.map(\.inserted) == [true, true, false, false, true, false, false])
        #expect(index.entries == [kerry, china, kerryNoted])
    }

    /// The same answers as a dictionary keyed by the bytes alone, on random entries.
    @Test func agreesWithTheByteKeyOnRandomEntries() {
        var generator = SeededGenerator(seed: 31)
        let sources = ["克里", "中国", "Kerry", "kerry", "人权"], targets = ["John Kerry", "China", "Kerry"]
        let pool = (0..<40).map { _ in
            GlossaryEntry(source: sources.randomElement(using: &generator)!, target: targets.randomElement(using: &generator)!,
                          type: Bool.random(using: &generator) ? .person : .term,
                          note: Bool.random(using: &generator) ? nil : "n")
        }
        var index = GlossaryEntryIndex()
        var reference: [GlossaryEntryKey: Int] = [:]
        for _ in 0..<2_000 {
            var entry = pool.randomElement(using: &generator)!
            if Int.random(in: 0..<10, using: &generator) == 0 { entry.note = entry.note }  // a copy with its own box
            let expected = reference[GlossaryEntryKey(entry)] ?? reference.count
            reference[GlossaryEntryKey(entry)] = expected
            #expect(index.insert(entry).index == expected)
        }
        #expect(index.entries.count == reference.count)
    }
}
