import Foundation

/// How many characters a Chinese transliteration of a Latin-script word is likely to have:
/// one for each vowel group (Stau|skas: au, a) and one for each consonant that no vowel
/// follows (S, s, s), so Stauskas is 史道斯卡斯, five.
///
/// A consonant after a vowel that Chinese folds into the syllable before (the n of Khan,
/// the r of Mark, the m of Adam) counts nothing, nor does an h that belongs to the consonant
/// before it (th, sh, ch) or a doubled consonant's first letter. A silent e at the end
/// counts as a vowel: its consonant has a character of its own (Blake, 布莱克).
/// The count is an estimate, good to about one character either way; `glossary extract`
/// uses it only to notice a name cut two or more characters short (大师马田史高|西斯 for
/// Martin Scorsese).
enum TransliterationLength {
    /// The estimated length of a transliteration of `word`; 0 for no letter.
    static func characters(ofWord word: Substring) -> Int {
        let letters = Array(word.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .unicodeScalars.filter { $0.properties.isAlphabetic })
        var count = 0
        var index = 0
        while index < letters.count {
            let letter = letters[index]
            if isVowel(letters, at: index) {
                count += 1
                while index + 1 < letters.count, isVowel(letters, at: index + 1) { index += 1 }
            } else if !(index + 1 < letters.count && (isVowel(letters, at: index + 1) || letters[index + 1] == letter)) {
                // (The first of a doubled consonant goes with the second.)
                let previous = index > 0 ? letters[index - 1] : " "
                let absorbed = (index > 0 && isVowel(letters, at: index - 1) && "nmr".unicodeScalars.contains(letter))
                    || (letter == "h" && "cstpgkw".unicodeScalars.contains(previous))
                    || (letter == "g" && previous == "n")
                if !absorbed { count += 1 }
            }
            index += 1
        }
        return count
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
