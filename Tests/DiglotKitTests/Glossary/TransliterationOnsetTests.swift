import Testing
@testable import DiglotKit

/// Which pinyin initials a transliteration of a Latin-script word may start with.
@Suite struct TransliterationOnsetTests {
    @Test(arguments: [
        ("Ghoshal", "高", true), ("Rahul", "拉", true), ("Juan", "胡", true), ("Jean", "让", true),
        ("Nguyen", "阮", true), ("Kardashian", "卡", true), ("Kim", "金", true), ("George", "乔", true),
        ("Hugh", "休", true), ("Tsai", "蔡", true), ("Hsiao", "萧", true), ("Khrushchev", "赫", true),
        ("Schmidt", "施", true), ("Philip", "菲", true), ("Wong", "黄", true), ("Ursula", "乌", true),
        ("Ghoshal", "沙", false), ("Patrick", "魔", false), ("Kardashian", "星", false), ("Mary", "林", false),
    ])
    func onsets(_ word: String, _ character: String, _ fits: Bool) throws {
        let scalar = try #require(character.unicodeScalars.first)
        let initials = TransliterationOnset.initials(ofWord: Substring(word))
        #expect(!initials.isDisjoint(with: PinyinInitial.initials(of: scalar.value)) == fits)
    }

    @Test func diacriticsAndCaseAreRead() {
        #expect(TransliterationOnset.initials(ofWord: "Émile") == TransliterationOnset.initials(ofWord: "emile"))
        #expect(TransliterationOnset.initials(ofWord: "").isEmpty)
        #expect(TransliterationOnset.initials(ofWord: "—").isEmpty)
    }
}
