import Foundation
import Testing
@testable import DiglotKit

/// The toneless pinyin syllables of Han characters, generated from CC-CEDICT, and the ways a
/// romanisation splits into them.
@Suite struct PinyinSyllableTests {
    @Test(arguments: [
        ("Dong Jiazhi", ["dong jia zhi"]),
        ("Xian", ["xian"]),
        ("Fangan", ["fan gan"]),  // fang'an would need its apostrophe
        ("Xi'an", ["xi an"]),
        ("LǙ Lì", ["lv li"]),
        ("nüe", ["nve"]),
        ("Zhang-san", ["zhang san"]),
        ("Dominic Raab", []),
        ("Tsai Ing-wen", []),
        ("", []),
        ("a b c d e", []),
    ])
    func spellings(_ romanisation: String, _ expected: [String]) {
        let spelled = PinyinSyllable.spellings(of: romanisation).map { $0.map(PinyinSyllable.syllable).joined(separator: " ") }
        #expect(spelled.sorted() == expected)
    }

    @Test func readsCharactersInBothScripts() throws {
        let zhang = try #require(PinyinSyllable.spellings(of: "zhang").first?.first)
        let chang = try #require(PinyinSyllable.spellings(of: "chang").first?.first)
        for character in "张長长章".unicodeScalars { #expect(PinyinSyllable.reads(character.value, as: zhang), "\(character)") }
        for character in "长長".unicodeScalars { #expect(PinyinSyllable.reads(character.value, as: chang), "\(character)") }
        for character in "李A。".unicodeScalars { #expect(!PinyinSyllable.reads(character.value, as: zhang), "\(character)") }
    }

    /// Every reading of a one-character CC-CEDICT headword is in the generated table.
    @Test(.enabled(if: TestScope.fullWithShared("glossaries"))) func tableHoldsEveryReadingOfCEDICT() throws {
        let shared = try #require(GlossaryFixtures.shared)
        let text = try String(contentsOf: shared.appendingPathComponent("glossaries/cedict-full.tsv"), encoding: .utf8)
        var checked = 0
        var missing: [String] = []
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 3, fields[0].unicodeScalars.count == 1, let scalar = fields[0].unicodeScalars.first,
                  ScriptFolding.isHan(scalar.value),
                  let pinyin = fields[2].split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) })
                      .first(where: { $0.hasPrefix("pinyin=") })?.dropFirst(7),
                  !pinyin.contains(" "), pinyin.last?.isNumber == true else { continue }
            let toneless = pinyin.lowercased().dropLast().replacingOccurrences(of: "u:", with: "v")
            guard toneless.allSatisfy(\.isLetter) else { continue }
            checked += 1
            let spelled = PinyinSyllable.spellings(of: toneless).filter { $0.count == 1 }
            if !spelled.contains(where: { PinyinSyllable.reads(scalar.value, as: $0[0]) }) { missing.append("\(fields[0]) \(pinyin)") }
        }
        #expect(checked > 10_000)
        #expect(missing.isEmpty, "\(missing.prefix(20))")
    }
}
