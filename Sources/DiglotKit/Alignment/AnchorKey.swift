/// Something two texts in different languages can share: a number's value, a word stem, a
/// quotation.
///
/// One machine word, so the aligner compares anchors without allocating: the top two bits
/// say what kind of key it is, the rest hold the value (a number's bits) or a hash (a stem's
/// first five letters).
struct AnchorKey: Hashable, Comparable, Sendable {
    let rawValue: UInt64

    /// How many letters of a word its stem keeps: "Europe" and "European" meet at "europ".
    static let stemLength = 5

    static func < (lhs: AnchorKey, rhs: AnchorKey) -> Bool { lhs.rawValue < rhs.rawValue }

    /// A number, by value (years, amounts, dates: 7月 and July are both 7).
    static func number(_ value: Double) -> AnchorKey {
        AnchorKey(rawValue: (2 << 62) | (value.bitPattern >> 2))
    }

    /// A word by its stem, letters lowercased (`word` must already be lowercase).
    static func word(_ word: String) -> AnchorKey { stem(Substring(word)) }

    /// A word by its stem; `word` lowercase.
    static func stem(_ word: Substring) -> AnchorKey {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in word.unicodeScalars.prefix(stemLength) {
            hash = (hash ^ UInt64(scalar.value)) &* 0x100_0000_01b3
        }
        return AnchorKey(rawValue: (1 << 62) | (hash >> 2))
    }

    /// An opening quotation mark.
    static let quote = AnchorKey(rawValue: 3 << 62)
}
