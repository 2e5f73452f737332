import Testing
@testable import DiglotKit

/// The estimated length of a word's Chinese transliteration (`TransliterationLength`),
/// against the lengths news writes.
@Suite struct TransliterationLengthTests {
    @Test(arguments: [
        ("Stauskas", 5),  // 史道斯卡斯: a vowel group or a consonant no vowel follows, each
        ("Scorsese", 4),  // 史高西斯: the r after a vowel folds into its syllable
        ("Glendale", 4),  // 格兰岱尔: so does the n; a final e gives its l a character
        ("Blake", 3),  // 布莱克
        ("Smith", 3),  // 史密斯: th is one consonant
        ("Martin", 2),  // 马丁
        ("Yunis", 3),  // 尤尼斯: y before a vowel is a consonant
        ("Reinaldo", 4),  // 雷纳尔多
        ("Russell", 3),  // 罗素 is shorter; a doubled consonant counts once
        ("Thaksin", 3),  // 塔克辛: th before a vowel starts its syllable
        ("Jackson", 3),  // 杰克逊: ck is one consonant
        ("Zuckerberg", 4),  // 扎克伯格
        ("José", 2),  // 若泽
        ("Abdullah", 4),  // 阿布都拉: a last h after a vowel is silent
        ("Katz", 2),  // 卡茨: tz is one consonant
        ("Drewry", 3),  // 德鲁里: the w of ew folds into its vowel
        ("", 0),
    ])
    func estimatesTheCharacters(word: String, characters: Int) {
        #expect(TransliterationLength.characters(ofWord: word[...]) == characters)
    }

    /// Each character's initial is one its syllable may start with, in order; a folded
    /// consonant's character may be there or not.
    @Test(arguments: [
        ("穆里略", ["Murillo"], true),  // m, r (read l), ll
        ("汗尤尼斯", ["Khan", "Younis"], true),  // kh, y, n, s
        ("若泽", ["José"], true),  // J (read r), s (read z)
        ("马克龙", ["Macron"], true),
        ("总统", ["Macron"], false),  // too few characters
        ("他见马拉", ["Maradona"], false),  // 他 is no m
        // A folded consonant may have a character of its own, or none.
        ("福爾多", ["Fordo"], true),  // r as 爾 (er)
        ("福多", ["Fordo"], true),
        ("蕾娜特瑞因斯夫", ["Renate", "Reinsve"], true),  // n as 因 (yin)
        ("福爾爾多", ["Fordo"], false),
        // A vowel group may have a second character (Ju|li|a).
        ("茱莉亚", ["Julia"], true),
        ("茱莉", ["Julia"], true),
    ])
    func readsCharactersAsTheWords(characters: String, words: [String], reads: Bool) {
        #expect(TransliterationLength.reads(Array(characters.unicodeScalars)[...], as: words.map { $0[...] }) == reads)
    }
}
