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

    @Test func knowsAPinyinRomanisation() {
        #expect(PinyinSyllable.isPinyin("Weibo", of: Array("微博".unicodeScalars)[...]))
        #expect(PinyinSyllable.isPinyin("Dong Jiazhi", of: Array("董家智".unicodeScalars)[...]))
        #expect(!PinyinSyllable.isPinyin("Dong Jiazhi", of: Array("家智".unicodeScalars)[...]))
        #expect(!PinyinSyllable.isPinyin("Weibo", of: Array("推特".unicodeScalars)[...]))
        #expect(!PinyinSyllable.isPinyin("Li", of: Array("李".unicodeScalars)[...]))
    }

    /// Every reading of a one-character CC-CEDICT headword is in the generated table.
    @Test(.enabled(if: TestScope.fullWithShared("glossaries"))) func tableHoldsEveryReadingOfCEDICT() throws {
        var checked = 0
        var missing: [String] = []
        for (character, scalar, pinyin) in try CEDICTReadings.all() where pinyin.last?.isNumber == true {
            let toneless = pinyin.lowercased().dropLast().replacingOccurrences(of: "u:", with: "v")
            guard toneless.allSatisfy(\.isLetter) else { continue }
            checked += 1
            let spelled = PinyinSyllable.spellings(of: toneless).filter { $0.count == 1 }
            if !spelled.contains(where: { PinyinSyllable.reads(scalar, as: $0[0]) }) { missing.append("\(character) \(pinyin)") }
        }
        #expect(checked > 10_000)
        #expect(missing.isEmpty, "\(missing.prefix(20))")
    }
}
