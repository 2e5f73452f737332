import Foundation

/// Text as the matcher compares it, with a map back to the original's scalar offsets.
///
/// Each position has a `cased` and a `folded` scalar (`folded` is `cased` lowercased scalar by
/// scalar) and the range of original Unicode scalars it came from. Normalisation changes
/// lengths (NFC composes, whitespace runs collapse, zero-width characters vanish), so offsets
/// can only be mapped through it. The four columns share one buffer, `stride` apart, so a
/// text costs one allocation: the matcher normalises every run of text it is given.
struct NormalisedText: Sendable, Equatable {
    /// folded, cased, start and end columns, each `stride` long; offsets as UInt32.
    private var storage: [UInt32]
    private var stride: Int
    /// Number of positions.
    private(set) var count: Int

    init() {
        storage = []
        stride = 0
        count = 0
    }

    /// Wraps a buffer filled column by column (see `storage`).
    fileprivate init(storage: [UInt32], stride: Int, count: Int) {
        self.storage = storage
        self.stride = stride
        self.count = count
    }

    /// The folded scalars, indexed from 0.
    var folded: ArraySlice<UInt32> { storage[0..<count] }

    /// The scalar at `position` before case folding.
    func cased(at position: Int) -> UInt32 { storage[stride + position] }

    /// The scalars of `range` before case folding.
    func cased(_ range: Range<Int>) -> ArraySlice<UInt32> {
        storage[(stride + range.lowerBound)..<(stride + range.upperBound)]
    }

    /// The original scalar offset where `position` starts.
    func start(at position: Int) -> Int { Int(storage[2 * stride + position]) }

    /// The original scalar offset where `position` ends.
    func end(at position: Int) -> Int { Int(storage[3 * stride + position]) }

    /// The original scalar range covered by normalised positions `range`.
    func originalRange(of range: Range<Int>) -> Range<Int> {
        start(at: range.lowerBound)..<end(at: range.upperBound - 1)
    }

    /// Appends a position (the cluster-wise path); a space after a space extends it instead.
    fileprivate mutating func append(cased: UInt32, folded: UInt32, from start: Int, to end: Int) {
        if cased == 0x20, count > 0, self.cased(at: count - 1) == 0x20 {
            storage[3 * stride + count - 1] = UInt32(end)
            return
        }
        if count == stride { grow() }
        storage[count] = folded
        storage[stride + count] = cased
        storage[2 * stride + count] = UInt32(start)
        storage[3 * stride + count] = UInt32(end)
        count += 1
    }

    private mutating func grow() {
        let newStride = max(16, stride * 2)
        var grown = [UInt32](repeating: 0, count: 4 * newStride)
        for column in 0..<4 {
            for position in 0..<count { grown[column * newStride + position] = storage[column * stride + position] }
        }
        storage = grown
        stride = newStride
    }

    static func == (lhs: NormalisedText, rhs: NormalisedText) -> Bool {
        guard lhs.count == rhs.count else { return false }
        return (0..<lhs.count).allSatisfy { position in
            lhs.folded[position] == rhs.folded[position] && lhs.cased(at: position) == rhs.cased(at: position)
                && lhs.start(at: position) == rhs.start(at: position) && lhs.end(at: position) == rhs.end(at: position)
        }
    }
}

/// The one definition of "the same text" for glossary matching.
///
/// In this order, per grapheme cluster: full-width ASCII and half-width katakana are folded
/// to their usual width; name separators (`·•‧・˙∙⋅`) become U+00B7; curly, angle and corner
/// quotes become `"` or `'`; hyphen look-alikes become `-`; any whitespace becomes one space
/// (runs collapse); zero-width characters, soft hyphens and variation selectors vanish; then
/// the cluster is put in NFC. Lowercasing is separate (`folded`) so case-sensitive entries
/// can still compare the `cased` form; for Han characters `folded` is the Simplified form
/// (`ScriptFolding`), so 新華社 and 新华社 are the same text. Everything maps one scalar to at most one scalar
/// except NFC, which only works inside a cluster — so offsets stay exact per cluster.
enum TermNormaliser {
    /// The value used for "nothing": the scalar is dropped.
    private static let dropped: UInt32 = 0xFFFF_FFFF
    private static let space: UInt32 = 0x20
    private static let nameSeparator: UInt32 = 0xB7

    /// Full-width katakana for U+FF66…U+FF9D, in code point order.
    private static let halfwidthKatakana: [UInt32] =
        "ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン"
        .unicodeScalars.map(\.value)

    /// Normalises running text, keeping the offset map.
    static func normalise(_ text: String) -> NormalisedText {
        var text = text
        return text.withUTF8(normaliseStandalone) ?? normaliseClusters(text)
    }

    /// The fast path, for text in which every scalar is a cluster of its own and, once folded,
    /// is left alone by NFC — nearly all news text. Decodes the UTF-8 in place and writes
    /// straight into the four arrays; nil as soon as a scalar needs the cluster-wise path.
    private static func normaliseStandalone(_ utf8: UnsafeBufferPointer<UInt8>) -> NormalisedText? {
        // One position per scalar at most: the bytes that start a scalar.
        var capacity = 0
        for byte in utf8 where byte & 0xC0 != 0x80 { capacity += 1 }
        guard capacity > 0 else { return NormalisedText() }
        var count = 0
        var complete = false
        // The four columns in one buffer, uninitialised until written (no zeroing); what
        // stays unwritten past `count` in each column is zeroed at the end.
        let storage = [UInt32](unsafeUninitializedCapacity: 4 * capacity) { buffer, initialised in
            let base = buffer.baseAddress!
            let folded = UnsafeMutableBufferPointer(start: base, count: capacity)
            let cased = UnsafeMutableBufferPointer(start: base + capacity, count: capacity)
            let starts = UnsafeMutableBufferPointer(start: base + 2 * capacity, count: capacity)
            let ends = UnsafeMutableBufferPointer(start: base + 3 * capacity, count: capacity)
            complete = fillStandalone(utf8, cased: cased, folded: folded, starts: starts, ends: ends, count: &count)
            if !complete { count = 0 }
            for column in 0..<4 {
                (base + column * capacity + count).initialize(repeating: 0, count: capacity - count)
            }
            initialised = 4 * capacity
        }
        guard complete else { return nil }
        return NormalisedText(storage: storage, stride: capacity, count: count)
    }

    /// The loop of `normaliseStandalone`; false as soon as a scalar needs the cluster-wise path.
    @inline(__always)
    private static func fillStandalone(_ utf8: UnsafeBufferPointer<UInt8>, cased: UnsafeMutableBufferPointer<UInt32>,
                                       folded: UnsafeMutableBufferPointer<UInt32>, starts: UnsafeMutableBufferPointer<UInt32>,
                                       ends: UnsafeMutableBufferPointer<UInt32>, count: inout Int) -> Bool {
        var offset = 0
        var scalarIndex: UInt32 = 0
        while offset < utf8.count {
            let (value, length) = UTF8Scalar.decode(utf8, at: offset)
            offset += length
            defer { scalarIndex += 1 }
            let normal: UInt32
            let lower: UInt32
            if value >= 0x4E00 && value <= 0x9FFF {
                // Han: folds and composes to itself; "lowercase" is the Simplified form.
                normal = value
                lower = ScriptFolding.simplified(value)
            } else if value >= 0x21 && value <= 0x7E {
                // Printable ASCII but the space: only the capitals change.
                normal = value
                lower = value &- 0x41 < 26 ? value + 0x20 : value
            } else {
                if continuesCluster(value) { return false }
                let mapped = fold(value)
                if mapped == dropped { continue }
                if !isStableAlone(mapped) { return false }
                if mapped == space, count > 0, cased[count - 1] == space {
                    ends[count - 1] = scalarIndex + 1
                    continue
                }
                normal = mapped
                lower = lowercase(mapped)
            }
            cased[count] = normal
            folded[count] = lower
            starts[count] = scalarIndex
            ends[count] = scalarIndex + 1
            count += 1
        }
        return true
    }

    /// The general path: clusters of several scalars are folded and put in NFC together.
    static func normaliseClusters(_ text: String) -> NormalisedText {
        var result = NormalisedText()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            var next = index + 1
            while next < scalars.count, continuesCluster(scalars[next].value) { next += 1 }
            if next == index + 1 {
                let value = fold(scalars[index].value)
                if value != dropped {
                    if isStableAlone(value) {
                        emit(value, from: index, to: next, into: &result)
                    } else {
                        for composed in composed([value]) { emit(composed, from: index, to: next, into: &result) }
                    }
                }
            } else {
                let values = scalars[index..<next].map { fold($0.value) }.filter { $0 != dropped }
                for composed in composed(values) { emit(composed, from: index, to: next, into: &result) }
            }
            index = next
        }
        return result
    }

    /// A term as a pattern: normalised, with leading and trailing spaces removed.
    static func pattern(_ term: String) -> (cased: [UInt32], folded: [UInt32]) {
        let text = normalise(term)
        var lower = 0
        var upper = text.count
        while lower < upper, text.cased(at: lower) == space { lower += 1 }
        while upper > lower, text.cased(at: upper - 1) == space { upper -= 1 }
        return (Array(text.cased(lower..<upper)), Array(text.folded[lower..<upper]))
    }

    /// The identity of a source term: its folded pattern as a string ("" when nothing is left).
    static func key(for term: String) -> String {
        if isAlreadyKey(term) { return term }
        return string(from: pattern(term).folded)
    }

    /// Whether a term is its own key: only Simplified Han, kana (not the middle dot), lowercase ASCII
    /// letters, digits and plain punctuation. Most dictionary entries are, and skipping the
    /// full normalisation for them is what keeps 100,000-entry glossaries fast to load.
    private static func isAlreadyKey(_ term: String) -> Bool {
        var isEmpty = true
        for scalar in term.unicodeScalars {
            isEmpty = false
            switch scalar.value {
            case 0x4E00...0x9FFF, 0x3400...0x4DBF:
                if ScriptFolding.simplified(scalar.value) != scalar.value { return false }
            case 0x3041...0x3096, 0x30A1...0x30FA, 0x30FC...0x30FE,
                 0x61...0x7A, 0x30...0x39, 0x21, 0x23...0x26, 0x28...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E:
                continue
            default:
                return false
            }
        }
        return !isEmpty
    }

    static func string(from values: [UInt32]) -> String {
        var view = String.UnicodeScalarView()
        for value in values { view.append(Unicode.Scalar(value) ?? "\u{FFFD}") }
        return String(view)
    }

    /// Whether a scalar belongs to a script written with spaces between words, so a term
    /// that starts or ends with it must sit on a word boundary (Latin, Cyrillic, Greek,
    /// Arabic, digits…). Han, kana, Hangul and the South-East Asian scripts without spaces
    /// match anywhere.
    static func isSpacedWordCharacter(_ value: UInt32) -> Bool {
        if value < 0x80 {
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        switch value {
        case 0x0E00...0x0EFF, 0x1000...0x109F, 0x1100...0x11FF, 0x1780...0x17FF, 0x2E80...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFF00...0xFFEF, 0x20000...0x3FFFF:
            return false
        default:
            guard let scalar = Unicode.Scalar(value) else { return false }
            switch scalar.properties.generalCategory {
            case .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark: return true
            default: return scalar.properties.isAlphabetic
            }
        }
    }

    // MARK: - Steps

    private static func emit(_ value: UInt32, from start: Int, to end: Int, into result: inout NormalisedText) {
        result.append(cased: value, folded: lowercase(value), from: start, to: end)
    }

    /// Width, separator, quote, hyphen and whitespace folding of one scalar.
    private static func fold(_ value: UInt32) -> UInt32 {
        if value < 0x80 {
            switch value {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return space
            case 0x00...0x08, 0x0E...0x1F, 0x7F: return dropped
            default: return value
            }
        }
        switch value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF: return value  // the common case first
        case 0xFF01...0xFF5E: return fold(value - 0xFEE0)
        case 0xFF5F: return 0x2985
        case 0xFF60: return 0x2986
        case 0xFF61: return 0x3002
        case 0xFF62, 0xFF63: return 0x22
        case 0xFF64: return 0x3001
        case 0xFF65: return nameSeparator
        case 0xFF66...0xFF9D: return halfwidthKatakana[Int(value - 0xFF66)]
        case 0xFF9E: return 0x3099
        case 0xFF9F: return 0x309A
        case 0xFFE0: return 0xA2
        case 0xFFE1: return 0xA3
        case 0xFFE2: return 0xAC
        case 0xFFE3: return 0xAF
        case 0xFFE4: return 0xA6
        case 0xFFE5: return 0xA5
        case 0xFFE6: return 0x20A9
        case 0xB7, 0x2022, 0x2027, 0x30FB, 0x02D9, 0x2219, 0x22C5, 0x0387, 0x2E31, 0x16EB, 0x2981:
            return nameSeparator
        case 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB, 0x300C, 0x300D, 0x301D, 0x301E, 0x301F, 0x2033:
            return 0x22
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2039, 0x203A, 0x300E, 0x300F, 0x02BC, 0x2032:
            return 0x27
        case 0x2010, 0x2011, 0x2012, 0x2043, 0xFE63:
            return 0x2D
        case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xFE00...0xFE0F, 0xE0100...0xE01EF:
            return dropped
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return space
        default:
            return value
        }
    }

    /// Whether a lone scalar is certainly unchanged by NFC (no singleton decomposition),
    /// which spares Foundation for nearly all news text.
    private static func isStableAlone(_ value: UInt32) -> Bool {
        switch value {
        case 0x00...0x033F, 0x0388...0x03FF, 0x0400...0x052F, 0x2010...0x20FF, 0x3000...0x9FFF,
             0xAC00...0xD7A3, 0xFF00...0xFFEF:
            true
        default:
            false
        }
    }

    /// Whether a scalar attaches to the one before it (combining marks, Hangul vowel and
    /// final jamo, half-width voicing marks), so NFC may compose across the two.
    private static func continuesCluster(_ value: UInt32) -> Bool {
        if value < 0x300 { return false }
        switch value {
        case 0x0300...0x036F, 0x1160...0x11FF, 0xFF9E, 0xFF9F, 0x3099, 0x309A, 0xFE00...0xFE0F: return true
        case 0x3000...0x9FFF, 0xAC00...0xD7A3, 0xFF00...0xFF9D, 0x2000...0x20CF: return false
        default:
            guard let scalar = Unicode.Scalar(value) else { return false }
            if scalar.properties.canonicalCombiningClass != .notReordered { return true }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return true
            default: return false
            }
        }
    }

    /// NFC of a short scalar sequence (one cluster), folded again afterwards because a
    /// composition can produce a character the fold maps (rare, but keeps the result stable).
    private static func composed(_ values: [UInt32]) -> [UInt32] {
        guard !values.isEmpty else { return [] }
        let nfc = string(from: values).precomposedStringWithCanonicalMapping
        return nfc.unicodeScalars.map { fold($0.value) }.filter { $0 != dropped }
    }

    /// One-to-one lowercasing: a scalar whose lowercase is several scalars stays as it is.
    private static func lowercase(_ value: UInt32) -> UInt32 {
        if value < 0x80 { return (0x41...0x5A).contains(value) ? value + 0x20 : value }
        switch value {
        case 0xC0...0xD6, 0xD8...0xDE: return value + 0x20  // Latin-1 capitals
        case 0x3400...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: return ScriptFolding.simplified(value)
        case 0x2E80...0x33FF, 0xA000...0xA63F, 0xAC00...0xD7A3: return value
        case 0x3C2: return 0x3C3  // final sigma compares as sigma
        default:
            guard let scalar = Unicode.Scalar(value) else { return value }
            let lower = scalar.properties.lowercaseMapping.unicodeScalars
            guard lower.count == 1, let only = lower.first else { return value }
            return only.value
        }
    }
}
