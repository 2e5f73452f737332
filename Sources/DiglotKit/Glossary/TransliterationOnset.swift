import Foundation

/// The pinyin initials a Chinese transliteration of a Latin-script word may start with:
/// Ghoshal as 高 (g), Rahul as 拉 (l), Juan as 胡 (h), Jean as 让 (r), Nguyen as 阮 (r),
/// Djokovic as 约 (y).
///
/// The sets are generous on purpose (a soft or a hard G, French and Spanish J, Wade–Giles and
/// Cantonese spellings): `glossary extract` moves a name's start only when its first
/// character fits none of the original's words and the character beside it does.
enum TransliterationOnset {
    /// Whether a Han character may start a transliteration that starts with `onset`: one of
    /// its readings' initials is among them.
    static func fits(_ character: Unicode.Scalar, _ onset: PinyinInitial.Set) -> Bool {
        !PinyinInitial.initials(of: character.value).isDisjoint(with: onset)
    }

    /// The initials for a word, read from its first letters; empty for no letter.
    static func initials(ofWord word: Substring) -> PinyinInitial.Set {
        let letters = word.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .unicodeScalars.filter { $0.properties.isAlphabetic }
        guard let first = letters.first else { return [] }
        let start = String(String.UnicodeScalarView(letters.prefix(3)))
        if let (_, initials) = clusters.first(where: { start.hasPrefix($0.0) }) { return initials }
        return letterInitials[Character(first)] ?? []
    }

    /// Letter groups read as one sound, longest first.
    private static let clusters: [(String, PinyinInitial.Set)] = clusterList.map { ($0, PinyinInitial.Set($1)) }

    private static let clusterList: [(String, [PinyinInitial])] = [
        ("sch", [.s, .sh, .x]),
        ("dzh", [.j, .zh, .d]),
        ("ch", [.ch, .q, .zh, .j, .x, .k, .sh, .c]),
        ("sh", [.sh, .x, .s]),
        ("th", [.t, .s, .x]),
        ("ph", [.f]),
        ("pf", [.f, .p]),
        ("kh", [.h, .k]),
        ("gh", [.g, .k, .h]),
        ("zh", [.zh, .j, .r]),
        ("ts", [.c, .z, .q]),
        ("tz", [.c, .z, .q]),
        ("hs", [.x]),
        ("dj", [.j, .zh, .d, .y]),
        ("ny", [.n, .y, .none]),
        ("wh", [.w, .h]),
        ("qu", [.k, .g, .q]),
        ("ng", [.r, .w, .n, .none]),
    ]

    /// What each letter may be written with when no group above applies.
    private static let letterInitials: [Character: PinyinInitial.Set] = {
        let vowel: [PinyinInitial] = [.none, .y, .w]
        let letters: [Character: [PinyinInitial]] = [
            "a": vowel, "e": vowel, "i": vowel, "o": vowel, "u": vowel,
            "b": [.b, .p],
            "c": [.k, .g, .s, .x, .q, .c, .ch, .zh],
            "d": [.d, .t],
            "f": [.f, .h],
            "g": [.g, .k, .j, .q, .h, .x, .r],
            "h": [.h, .x, .none, .y, .w],
            "j": [.j, .zh, .q, .y, .h, .x, .r, .none],
            "k": [.k, .g, .j, .q, .h],
            "l": [.l],
            "m": [.m],
            "n": [.n, .none],
            "p": [.p, .b],
            "q": [.k, .g, .q],
            "r": [.l, .r],
            "s": [.s, .x, .sh, .z, .c],
            "t": [.t, .d],
            "v": [.w, .f, .b],
            "w": [.w, .h, .f, .none],
            "x": [.x, .s, .h, .k, .z],
            "y": [.y, .none, .w],
            "z": [.z, .c, .j, .q, .s, .x, .zh],
        ]
        return letters.mapValues(PinyinInitial.Set.init)
    }()
}
