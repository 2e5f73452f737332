import Foundation

/// A Mandarin syllable as pinyin writes it without its tone (zhang; lv for lü), and the Han
/// characters that are read with it.
///
/// A Chinese name romanised in pinyin spells its characters one syllable each: Dong Jiazhi is
/// 董家智, three syllables for three characters. `glossary extract` reads that to cut such a
/// name exactly from the Han text before its bracketed original (33岁的|董家智). The readings
/// are CC-CEDICT's (see `Glossary/tools/build-pinyin.py`).
public enum PinyinSyllable {
    /// Whether a Han character (either script) has `syllable` (an index into the syllables,
    /// as `spellings(of:)` gives them) among its readings. A Traditional character is read as
    /// its Simplified form too.
    public static func reads(_ value: UInt32, as syllable: Int) -> Bool {
        let simplified = ScriptFolding.simplified(value)
        return table[value]?.contains(UInt16(syllable)) == true
            || (simplified != value && table[simplified]?.contains(UInt16(syllable)) == true)
    }

    /// Every way `romanisation` is written as pinyin syllables, each a list of syllable
    /// indices in order: "Dong Jiazhi" is dong|jia|zhi, "Xian" xian and "Xi'an" xi|an. Words are
    /// split at spaces, hyphens and apostrophes (Xi'an); letter case and tone marks do not
    /// count, ü is v. Empty when a word is no run of syllables (Dominic, Tsai), or when there
    /// are more than four words or more than 64 ways.
    public static func spellings(of romanisation: String) -> [[Int]] {
        let words = toneless(romanisation).split { $0 == " " || $0 == "-" || $0 == "'" || $0 == "\u{2019}" }
        guard (1...4).contains(words.count) else { return [] }
        var spellings: [[Int]] = [[]]
        for word in words {
            let ways = splits(Array(word))
            guard !ways.isEmpty else { return [] }
            spellings = spellings.flatMap { spelling in ways.map { spelling + $0 } }
            guard spellings.count <= 64 else { return [] }
        }
        return spellings
    }

    /// The syllable at `index` (zhang).
    public static func syllable(_ index: Int) -> String {
        readings[index].0
    }

    /// Whether each character is read with its syllable, in order (董家智 as dong|jia|zhi).
    public static func reads(_ characters: ArraySlice<Unicode.Scalar>, as spelling: [Int]) -> Bool {
        characters.count == spelling.count && zip(characters, spelling).allSatisfy { reads($0.value, as: $1) }
    }

    /// Whether `romanisation` is the pinyin of two or more characters, each read with its
    /// syllable (Weibo for 微博, Taobao for 淘宝).
    public static func isPinyin(_ romanisation: String, of characters: ArraySlice<Unicode.Scalar>) -> Bool {
        characters.count >= 2 && spellings(of: romanisation).contains { reads(characters, as: $0) }
    }

    /// Lowercased, with tone marks dropped and ü written v.
    private static func toneless(_ text: String) -> String {
        var result = ""
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x308 where result.last == "u": result.removeLast(); result.append("v")  // ü
            case 0x300...0x36F: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Every way a word splits into whole syllables, none but the first starting with a vowel.
    private static func splits(_ letters: [Character]) -> [[Int]] {
        guard !letters.isEmpty, letters.count <= 24 else { return [] }
        var ways: [[[Int]]] = Array(repeating: [], count: letters.count + 1)
        ways[letters.count] = [[]]
        for start in stride(from: letters.count - 1, through: 0, by: -1) {
            for end in (start + 1)...min(letters.count, start + 6) where !ways[end].isEmpty {
                // Pinyin writes an apostrophe before a syllable that starts with a, e or o
                // inside a word (Xi'an), so without one there is none (jia, not ji|a).
                guard start == 0 || !"aeo".contains(letters[start]),
                      let syllable = index[String(letters[start..<end])] else { continue }
                ways[start] += ways[end].prefix(64).map { [syllable] + $0 }
            }
        }
        return ways[0]
    }

    /// Syllable → its index in `readings`.
    private static let index: [String: Int] = Dictionary(
        uniqueKeysWithValues: readings.enumerated().map { ($0.element.0, $0.offset) })

    /// Character → the indices of its syllables, built once from the generated lists.
    private static let table: [UInt32: [UInt16]] = {
        var table: [UInt32: [UInt16]] = [:]
        table.reserveCapacity(11_000)
        for (offset, (_, characters)) in readings.enumerated() {
            for scalar in characters.unicodeScalars {
                table[scalar.value, default: []].append(UInt16(offset))
            }
        }
        return table
    }()
}
