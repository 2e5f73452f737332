/// The consonant a Mandarin syllable starts with in pinyin (b, zh, x…), or none when it
/// starts with a vowel (ai, er).
///
/// A transliteration follows the sound of the name it spells, so its first character starts
/// as the original does: 高沙尔 is Ghoshal, 拉胡尔 Rahul. `glossary extract` reads that to
/// find where a name starts in the Han text before its bracketed original. The readings are
/// CC-CEDICT's (see `Glossary/tools/build-pinyin.py`).
public enum PinyinInitial: UInt8, CaseIterable, Sendable {
    case none, b, p, m, f, d, t, n, l, g, k, h, j, q, x, zh, ch, sh, r, z, c, s, y, w

    /// Several initials: those of a character's readings, or those a transliteration of a
    /// word may start with.
    public struct Set: OptionSet, Sendable, Hashable {
        public let rawValue: UInt32

        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }

        public init(_ initials: [PinyinInitial]) {
            self.init(rawValue: initials.reduce(0) { $0 | 1 << $1.rawValue })
        }
    }

    /// The initials of a Han character's readings, with those of its Simplified form (a
    /// Traditional character is read as that; 乾 is also qian, though it folds to 干); empty
    /// when CC-CEDICT gives it no reading.
    public static func initials(of value: UInt32) -> Set {
        let simplified = ScriptFolding.simplified(value)
        return Set(rawValue: (table[value] ?? 0) | (simplified == value ? 0 : table[simplified] ?? 0))
    }

    /// The initial a toneless syllable starts with (zh for zhang, none for an).
    init(syllable: String) {
        if let two = [PinyinInitial.zh, .ch, .sh].first(where: { syllable.hasPrefix("\($0)") }) {
            self = two
            return
        }
        // m and n (呣, 嗯) and ng are syllables of their own, read with their consonant.
        self = syllable.first.flatMap { first in Self.allCases.first { "\($0)" == String(first) } } ?? .none
    }

    /// Character → the bits of its initials, built once from the syllables' lists.
    private static let table: [UInt32: UInt32] = {
        var table: [UInt32: UInt32] = [:]
        table.reserveCapacity(12_000)
        for (syllable, characters) in PinyinSyllable.readings {
            let bit: UInt32 = 1 << PinyinInitial(syllable: syllable).rawValue
            for scalar in characters.unicodeScalars {
                table[scalar.value, default: 0] |= bit
            }
        }
        return table
    }()
}
