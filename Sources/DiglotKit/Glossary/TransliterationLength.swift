import Foundation

/// How many characters a Chinese transliteration of a Latin-script word is likely to have:
/// one for each vowel group (Stau|skas: au, a) and one for each consonant that no vowel
/// follows (S, s, s), so Stauskas is 史道斯卡斯, five.
///
/// A consonant after a vowel that Chinese folds into the syllable before (the n of Khan,
/// the r of Mark, the m of Adam) counts nothing; a doubled consonant, ck, or a consonant with the h of
/// th, sh, ch, is one consonant (Tha|k|sin and S|mi|th, three each). A silent e at the end
/// counts as a vowel: its consonant has a character of its own (Blake, 布莱克).
/// The count is an estimate, good to about one character either way; `glossary extract`
/// uses it only to notice a name cut two or more characters short (大师马田史高|西斯 for
/// Martin Scorsese).
enum TransliterationLength {
    /// The estimated length of a transliteration of `word`; 0 for no letter.
    static func characters(ofWord word: Substring) -> Int {
        syllableStarts(in: letters(of: word)).count
    }

    /// The initials each character of a transliteration of `word` may have, in order: one
    /// set per character `characters(ofWord:)` counts, read from the letters its sound starts
    /// with (Mu|ri|llo: m, then l or r, then l).
    static func onsets(ofWord word: Substring) -> [PinyinInitial.Set] {
        let letters = letters(of: word)
        return syllableStarts(in: letters).map {
            TransliterationOnset.initials(ofWord: Substring(String(String.UnicodeScalarView(letters[$0...]))))
        }
    }

    /// Whether Han characters read as a transliteration of `words`, one syllable each: as
    /// many characters as the words are estimated to have, each with an initial its
    /// syllable may start with (汗尤尼斯 for Khan Younis, 穆里略 for Murillo).
    static func reads(_ characters: ArraySlice<Unicode.Scalar>, as words: [Substring]) -> Bool {
        let syllables = words.flatMap { onsets(ofWord: $0) }
        return syllables.count == characters.count
            && zip(characters, syllables).allSatisfy { TransliterationOnset.fits($0, $1) }
    }

    /// The word's letters, lowercase and without diacritics.
    private static func letters(of word: Substring) -> [Unicode.Scalar] {
        Array(word.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .unicodeScalars.filter { $0.properties.isAlphabetic })
    }

    /// Where each counted character's sound starts among the letters: a vowel group with
    /// the consonant before it (a doubled consonant, or one with the h of th, sh, ch…, is one
    /// consonant, as is ck), or a consonant no vowel follows.
    private static func syllableStarts(in letters: [Unicode.Scalar]) -> [Int] {
        var starts: [Int] = []
        // The consonant right before a vowel group, which starts that group's character.
        var onset: Int?
        var index = 0
        while index < letters.count {
            if isVowel(letters, at: index) {
                starts.append(onset ?? index)
                onset = nil
                while index + 1 < letters.count, isVowel(letters, at: index + 1) { index += 1 }
                index += 1
                continue
            }
            let first = index
            let letter = letters[index]
            if index + 1 < letters.count, letters[index + 1] == letter || (letters[index + 1] == "h"
                && "cstpgkw".unicodeScalars.contains(letter)) || (letter == "c" && letters[index + 1] == "k") {
                index += 1
            }
            if index + 1 < letters.count, isVowel(letters, at: index + 1) {
                onset = first
            } else {
                // The n of Khan, the r of Mark, the m of Adam fold into the syllable before,
                // as the g of ng does.
                let previous = index > 0 ? letters[index - 1] : " "
                let absorbed = (index > 0 && isVowel(letters, at: index - 1) && "nmr".unicodeScalars.contains(letter))
                    || (letter == "g" && previous == "n")
                if !absorbed { starts.append(first) }
            }
            index += 1
        }
        return starts
    }

    /// Whether the letter at `index` is a vowel: a, e, i, o, u, and y after a consonant.
    private static func isVowel(_ letters: [Unicode.Scalar], at index: Int) -> Bool {
        switch letters[index] {
        case "a", "e", "i", "o", "u": true
        case "y": index > 0 && !"aeiou".unicodeScalars.contains(letters[index - 1])
        default: false
        }
    }
}
