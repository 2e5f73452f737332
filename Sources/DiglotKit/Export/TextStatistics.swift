/// Counts words the way translators are billed: CJK by character, other scripts by word.
///
/// Han, Kana and Hangul syllables each count as one word; runs of letters or digits in other
/// scripts count as one word each. Punctuation and spaces count for nothing.
public struct TextStatistics: Hashable, Sendable, Codable {
    public var words: Int = 0
    public var characters: Int = 0

    public init() {}

    public init(counting text: String) {
        var counter = Counter()
        counter.add(text)
        self = counter.statistics
    }

    /// Counts a text given in pieces (a block's text runs) as if they were joined: a word may
    /// run across pieces. Saves joining the pieces into one string first.
    struct Counter {
        private(set) var statistics = TextStatistics()
        private var inWord = false

        mutating func add(_ text: String) {
            var contiguous = text
            contiguous.withUTF8 { bytes in
                var offset = 0
                while offset < bytes.count {
                    // U+5000–U+9FFF, the bulk of Chinese text, is Han throughout: no decoding.
                    let lead = bytes[offset]
                    if lead >= 0xE5, lead <= 0xE9, offset + 2 < bytes.count {
                        statistics.characters += 1
                        statistics.words += 1
                        inWord = false
                        offset += 3
                        continue
                    }
                    let (value, length) = UTF8Scalar.decode(bytes, at: offset)
                    offset += length
                    add(Unicode.Scalar(value) ?? "\u{FFFD}")
                }
            }
        }

        @inline(__always)
        private mutating func add(_ scalar: Unicode.Scalar) {
            switch TextStatistics.kind(of: scalar) {
            case .space:
                inWord = false
            case .cjk:
                statistics.characters += 1
                statistics.words += 1
                inWord = false
            case .wordPart:
                statistics.characters += 1
                if !inWord { statistics.words += 1 }
                inWord = true
            case .joiner:
                // Apostrophes and hyphens join a word ("don't", "co-operate").
                statistics.characters += 1
            case .other:
                statistics.characters += 1
                inWord = false
            }
        }
    }

    /// What a scalar does to the count.
    fileprivate enum ScalarKind { case space, cjk, wordPart, joiner, other }

    /// ASCII and CJK are answered directly; other scalars ask their Unicode properties.
    @inline(__always)
    fileprivate static func kind(of scalar: Unicode.Scalar) -> ScalarKind {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x09...0x0D, 0x20: return .space
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return .wordPart
            case 0x27, 0x2D: return .joiner
            default: return .other
            }
        }
        // The CJK ranges hold no whitespace, so the order of the tests below does not matter there.
        if isCJK(scalar) { return .cjk }
        // CJK and full-width punctuation, dashes and quotes: as frequent as letters in Chinese
        // text, and none of them a letter, digit or space (`TextFastPathEquivalenceTests` checks every BMP scalar).
        switch value {
        case 0x3000: return .space
        case 0x3001...0x3004, 0x3008...0x3011, 0x3014...0x301F, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0x2010...0x2018, 0x201A...0x2027:
            return .other
        case 0x2019: return .joiner
        default: break
        }
        let properties = scalar.properties
        if properties.isWhitespace { return .space }
        if properties.isAlphabetic || properties.numericType != nil { return .wordPart }
        return scalar == "’" ? .joiner : .other
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
