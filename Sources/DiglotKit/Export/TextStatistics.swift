/// Counts words the way translators are billed: CJK by character, other scripts by word.
///
/// Han, Kana and Hangul syllables each count as one word; runs of letters or digits in other
/// scripts count as one word each. Punctuation and spaces count for nothing.
public struct TextStatistics: Hashable, Sendable, Codable {
    public var words: Int = 0
    public var characters: Int = 0

    public init() {}

    public init(counting text: String) {
        var inWord = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace { inWord = false; continue }
            characters += 1
            if TextStatistics.isCJK(scalar) {
                words += 1
                inWord = false
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if !inWord { words += 1 }
                inWord = true
            } else if scalar == "'" || scalar == "’" || scalar == "-" {
                // Apostrophes and hyphens join a word ("don't", "co-operate").
                continue
            } else {
                inWord = false
            }
        }
    }

    public static func += (lhs: inout TextStatistics, rhs: TextStatistics) {
        lhs.words += rhs.words
        lhs.characters += rhs.characters
    }

    /// Han ideographs, Kana and Hangul: scripts written without spaces between words.
    public static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x31F0...0x31FF: true  // Kana
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: true  // Han
        case 0x20000...0x3134F: true  // Han extensions B–H
        case 0xAC00...0xD7AF: true  // Hangul syllables
        default: false
        }
    }
}
