/// Scalars for which `Character`-level string operations can be done on scalars or UTF-8 bytes.
///
/// Swift compares, counts, splits and tests prefixes of strings by `Character` (extended
/// grapheme cluster) under canonical equivalence, which costs grapheme breaking and
/// normalisation on every call. Text made only of the scalars listed here (ASCII without
/// carriage return, Latin letters and signs, general and CJK punctuation, kana, Han, Hangul
/// syllables, full-width forms) has one `Character` per scalar and is already in NFC, so `==`,
/// `hasPrefix`, `count` and `Character` predicates give the same answers on scalars and bytes.
/// Hot paths check this and keep the `Character`-level code for anything else: combining
/// marks, CR LF, emoji sequences, compatibility ideographs, scripts not listed.
/// `SimpleCharactersTests` checks every listed scalar against the Unicode data.
enum SimpleCharacters {
    @inline(__always)
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x0C, 0x0E...0x7F: true  // ASCII; CR forms one Character with a following LF
        case 0xA0...0x2FF: true  // Latin-1 signs and letters, Latin Extended, IPA, spacing modifiers
        case 0x2010...0x2027, 0x2030...0x205E: true  // dashes, quotes, ellipsis, primes
        case 0x3000...0x3029, 0x3030...0x303F: true  // CJK symbols and punctuation, without tone marks
        case 0x3041...0x3096, 0x309B...0x30FF: true  // kana, without the combining sound marks
        case 0x3400...0x4DBF, 0x4E00...0x9FFF: true  // Han (not the compatibility ideographs)
        case 0xAC00...0xD7A3: true  // Hangul syllables (never followed by a listed jamo)
        case 0xFF01...0xFF5E: true  // full-width ASCII forms
        default: false
        }
    }

    /// Whether every scalar of the text is listed.
    static func all<Scalars: Sequence<Unicode.Scalar>>(_ scalars: Scalars) -> Bool {
        for scalar in scalars where !contains(scalar) { return false }
        return true
    }

    /// Whether every scalar of the UTF-8 text is listed; ASCII is checked byte by byte.
    static func all(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead == 0x0D { return false }
                index += 1
                continue
            }
            // U+5000–U+9FFF, the bulk of Chinese text, is listed whole: no decoding.
            if lead >= 0xE5, lead <= 0xE9 {
                index += 3
                continue
            }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            guard length < 4 else { return false }  // nothing listed lies beyond the BMP
            var value = UInt32(lead) & (length == 2 ? 0x1F : 0x0F)
            for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
            guard let scalar = Unicode.Scalar(value), contains(scalar) else { return false }
            index += length
        }
        return true
    }

    /// The length in bytes of the whitespace scalar at `index`, or 0. Among listed scalars the
    /// Unicode White_Space ones are tab, line feed, vertical tab, form feed, space, U+0085,
    /// U+00A0 and U+3000.
    @inline(__always)
    static func whitespaceLength(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        switch bytes[index] {
        case 0x09...0x0C, 0x20: return 1
        case 0xC2: return index + 1 < bytes.count && (bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0) ? 2 : 0
        case 0xE3: return index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
        default: return 0
        }
    }

    /// Whether a whitespace scalar could start at this byte (`whitespaceLength` then decides).
    @inline(__always)
    static func mayStartWhitespace(_ byte: UInt8) -> Bool {
        (byte >= 0x09 && byte <= 0x0C) || byte == 0x20 || byte == 0xC2 || byte == 0xE3
    }
}

extension StringProtocol {
    /// Whether `Character`-level operations on this text may be done on scalars or bytes.
    var hasSimpleCharacters: Bool {
        utf8.withContiguousStorageIfAvailable(SimpleCharacters.all(utf8:)) ?? SimpleCharacters.all(unicodeScalars)
    }
}
