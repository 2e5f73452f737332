import Foundation

/// How many characters a Chinese transliteration of a Latin-script word is likely to have:
/// one for each vowel group (Stau|skas: au, a) and one for each consonant that no vowel
/// follows (S, s, s), so Stauskas is 史道斯卡斯, five.
///
/// A consonant after a vowel that Chinese folds into the syllable before (the n of Khan,
/// the r of Mark, the m of Adam, the w of Drew) counts nothing, nor does a last h after a
/// vowel (Sarah); a doubled consonant, a pair read as one (ck, ts, dj), or a consonant with
/// the h of th, sh, ch, is one consonant (Tha|k|sin and S|mi|th, three each). A silent e at
/// the end counts as a vowel: its consonant has a character of its own (Blake, 布莱克).
/// The count is an estimate, good to about one character either way; `glossary extract`
/// uses it to notice a name cut two or more characters short (大师马田史高|西斯 for Martin
/// Scorsese), and reads characters against the syllables, where a folded consonant or a
/// group's second vowel may have a character or none (`reads(_:as:)`).
enum TransliterationLength {
    /// The estimated length of a transliteration of `word`; 0 for no letter.
    static func characters(ofWord word: Substring) -> Int {
        units(in: letters(of: word)).count { !$0.optional }
    }

    /// One character a transliteration of a word may have: the initials it may start with,
    /// and whether it may be left out (the n of Khan, the r of Fordo: 福爾多 writes it, 福多
    /// would not).
    struct Syllable {
        let onset: PinyinInitial.Set
        let optional: Bool
    }

    /// The characters a transliteration of `word` may have, in order (Mu|ri|llo: m, then l
    /// or r, then l).
    static func syllables(ofWord word: Substring) -> [Syllable] {
        let letters = letters(of: word)
        return units(in: letters).map { unit in
            var onset = TransliterationOnset.initials(ofWord: Substring(String(String.UnicodeScalarView(letters[unit.start...]))))
            // A consonant folded into the syllable before is written, when it is, with a
            // syllable of no initial (尔 er, 恩 en) or a y one (因 yin).
            if unit.optional { onset.formUnion(PinyinInitial.Set([.none, .y])) }
            return Syllable(onset: onset, optional: unit.optional)
        }
    }

    /// Whether Han characters read as a transliteration of `words`, one syllable each: every
    /// character that `characters(ofWord:)` counts and any of the optional ones, in order,
    /// each character with an initial its syllable may start with (汗尤尼斯 for Khan Younis,
    /// 穆里略 for Murillo, 福爾多 for Fordo).
    static func reads(_ characters: ArraySlice<Unicode.Scalar>, as words: [Substring]) -> Bool {
        reads(characters, as: syllables(ofWords: words))
    }

    /// `reads(_:as:)` against syllables already read from the words.
    static func reads(_ characters: ArraySlice<Unicode.Scalar>, as syllables: [Syllable]) -> Bool {
        // reachable[j]: the characters so far can be the first j syllables.
        var reachable = [Bool](repeating: false, count: syllables.count + 1)
        reachable[0] = true
        for j in syllables.indices where reachable[j] && syllables[j].optional { reachable[j + 1] = true }
        for character in characters {
            var next = [Bool](repeating: false, count: syllables.count + 1)
            for j in syllables.indices where reachable[j] && TransliterationOnset.fits(character, syllables[j].onset) {
                next[j + 1] = true
            }
            for j in syllables.indices where next[j] && syllables[j].optional { next[j + 1] = true }
            reachable = next
        }
        return reachable[syllables.count]
    }

    /// How many characters a transliteration with these syllables may have: those counted,
    /// up to those with every optional one.
    static func lengths(of syllables: [Syllable]) -> ClosedRange<Int> {
        syllables.count { !$0.optional }...syllables.count
    }

    /// The syllables of the words, one after another.
    static func syllables(ofWords words: [Substring]) -> [Syllable] {
        words.flatMap { syllables(ofWord: $0) }
    }

    /// The word's letters, lowercase and without diacritics.
    private static func letters(of word: Substring) -> [Unicode.Scalar] {
        Array(word.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .unicodeScalars.filter { $0.properties.isAlphabetic })
    }

    /// Where each character's sound starts among the letters: a vowel group with the
    /// consonant before it, or a consonant no vowel follows (a doubled consonant, a pair read
    /// as one, or a consonant with the h of th, sh, ch…, is one consonant); optional when
    /// Chinese folds it into the syllable before (the n of Khan, the r of Mark, the m of Adam,
    /// the w of Drew, the g of ng) or drops it (a last h after a vowel: Abdullah, Sarah), and
    /// the second vowel of a group, which may have a character of its own (Julia, 茱莉亚).
    private static func units(in letters: [Unicode.Scalar]) -> [(start: Int, optional: Bool)] {
        var units: [(start: Int, optional: Bool)] = []
        // The consonant right before a vowel group, which starts that group's character.
        var onset: Int?
        var index = 0
        while index < letters.count {
            if isVowel(letters, at: index) {
                units.append((onset ?? index, false))
                onset = nil
                // A group of two vowels or more may be written with two characters (Ju|li|a,
                // 茱莉亚; Ma|ri|a).
                if index + 1 < letters.count, isVowel(letters, at: index + 1) { units.append((index + 1, true)) }
                while index + 1 < letters.count, isVowel(letters, at: index + 1) { index += 1 }
                index += 1
                continue
            }
            let first = index
            let letter = letters[index]
            if index + 1 < letters.count, letters[index + 1] == letter || pairs.contains([letter, letters[index + 1]]) {
                index += 1
            }
            if index + 1 < letters.count, isVowel(letters, at: index + 1) {
                onset = first
            } else {
                let previous = index > 0 ? letters[index - 1] : " "
                let afterVowel = index > 0 && isVowel(letters, at: index - 1)
                let absorbed = (afterVowel && "nmrw".unicodeScalars.contains(letter))
                    || (letter == "g" && previous == "n")
                    || (afterVowel && letter == "h" && index + 1 == letters.count)
                units.append((first, absorbed))
            }
            index += 1
        }
        return units
    }

    /// Two consonants read as one, as `TransliterationOnset` reads them: a consonant with the
    /// h of th, sh, ch… (Thaksin, Zhang), and Jackson, Tseng, Katz, Djokovic, Hsu, Pfizer.
    private static let pairs: Set<[Unicode.Scalar]> = [
        ["c", "h"], ["s", "h"], ["t", "h"], ["p", "h"], ["g", "h"], ["k", "h"], ["w", "h"], ["z", "h"],
        ["c", "k"], ["t", "s"], ["t", "z"], ["d", "j"], ["h", "s"], ["p", "f"],
    ]

    /// Whether the letter at `index` is a vowel: a, e, i, o, u, and y after a consonant.
    private static func isVowel(_ letters: [Unicode.Scalar], at index: Int) -> Bool {
        switch letters[index] {
        case "a", "e", "i", "o", "u": true
        case "y": index > 0 && !"aeiou".unicodeScalars.contains(letters[index - 1])
        default: false
        }
    }
}
