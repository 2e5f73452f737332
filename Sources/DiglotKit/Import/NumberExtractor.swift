import Foundation

/// Finds the numbers of a text as values, so a source and its translation can be compared
/// whatever form each uses.
///
/// The source side is strict (digits only, with `万`/`亿` and `thousand`/`million`/`billion`
/// multipliers, so `1.5万` is 15,000): Chinese numerals inside words (`一些`, `统一`) would
/// only make noise. The target side is generous: digits, Chinese numerals (`三`, `二十`,
/// `百分之五十`), English number words up to ninety-nine and month names (`July` is 7, so
/// `7月7日` ↔ `July 7`). Grouping separators are read as such only before exactly three
/// digits (`1,000`, `1 000`), so `1,5` stays a decimal.
enum NumberExtractor {
    /// Numbers written with digits (the source side), each with its alternative readings
    /// (`1.5万` is 1.5 or 15,000).
    static func digitValues(in text: String) -> [[Decimal]] {
        scan(text, words: false)
    }

    /// Every value the text expresses in any supported form (the target side).
    static func allValues(in text: String) -> Set<Decimal> {
        Set(scan(text, words: true).flatMap { $0 })
    }

    private static let multipliers: [(String, Decimal)] = [
        ("万亿", 1_000_000_000_000), ("亿", 100_000_000), ("万", 10_000), ("千", 1_000),
        ("trillion", 1_000_000_000_000), ("billion", 1_000_000_000), ("million", 1_000_000), ("thousand", 1_000),
        ("bn", 1_000_000_000), ("m", 1_000_000), ("k", 1_000),
    ]

    private static let englishUnits: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "twice": 2, "once": 1,
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]

    static let chineseDigits: [Character: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    static let chineseUnits: [Character: Int] = ["十": 10, "百": 100, "千": 1000]

    private static func scan(_ raw: String, words: Bool) -> [[Decimal]] {
        let text = halfwidth(raw)
        // Simple text has one scalar per Character: the scan walks its scalars.
        if text.hasSimpleCharacters { return scan(Array(text.unicodeScalars), words: words) }
        return scan(Array(text), words: words)
    }

    /// The scan over the text's Characters, or over the scalars of simple text, which stand
    /// for its Characters one to one (`NumberScanUnit`).
    static func scan<Unit: NumberScanUnit>(_ characters: [Unit], words: Bool) -> [[Decimal]] {
        var values: [[Decimal]] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isASCIIDigit {
                var end = index
                var digits = ""
                while end < characters.count {
                    let current = characters[end]
                    if current.isASCIIDigit {
                        digits.unicodeScalars.append(Unicode.Scalar(current.asciiByte ?? 0x3F)); end += 1
                    } else if (current.isCharacter(",") || current.isCharacter(" ") || current.isCharacter("'") || current.isCharacter("\u{00A0}")),
                              end + 3 < characters.count + 1, groupFollows(characters, from: end + 1), !digits.contains(".") {
                        end += 1
                    } else if current.isCharacter("."), end + 1 < characters.count, characters[end + 1].isASCIIDigit,
                              !digits.contains(".") {
                        digits.append("."); end += 1
                    } else {
                        break
                    }
                }
                if let value = Decimal(string: digits) {
                    var readings = [value]
                    if let multiplier = multiplier(after: characters, from: end) { readings.append(value * multiplier) }
                    values.append(readings)
                }
                index = end
                continue
            }
            if words, character.isChineseNumeral {
                var end = index
                while end < characters.count, characters[end].isChineseNumeral { end += 1 }
                if let value = chineseValue(characters[index..<end]) {
                    var readings = [Decimal(value)]
                    if let multiplier = multiplier(after: characters, from: end) { readings.append(Decimal(value) * multiplier) }
                    values.append(readings)
                }
                index = end
                continue
            }
            if words, character.isASCIILetter {
                var end = index
                while end < characters.count, characters[end].isASCIILetter { end += 1 }
                let word = lowercasedASCII(characters[index..<end])
                if let value = englishUnits[word] {
                    var readings = [Decimal(value)]
                    // "twenty-five"
                    if value >= 20, value < 100, end + 1 < characters.count, characters[end].isCharacter("-") {
                        var next = end + 1
                        while next < characters.count, characters[next].isASCIILetter { next += 1 }
                        if let unit = englishUnits[lowercasedASCII(characters[(end + 1)..<next])], unit < 10 {
                            readings.append(Decimal(value + unit))
                        }
                    }
                    if let multiplier = multiplier(after: characters, from: end) { readings.append(Decimal(value) * multiplier) }
                    values.append(readings)
                }
                index = end
                continue
            }
            index += 1
        }
        return values
    }

    /// Whether the Character is a key of `chineseDigits` or `chineseUnits`. A Character equal
    /// to a key starts with that key's scalar or with a compatibility ideograph (which
    /// decomposes to a unified one); only those pay for the dictionary's canonical hashing.
    @inline(__always)
    static func isChineseNumeral(_ character: Character) -> Bool {
        guard character.asciiValue == nil, let first = character.unicodeScalars.first?.value else { return false }
        switch first {
        case 0x3007, 0x4E00, 0x4E03, 0x4E09, 0x4E24, 0x4E5D, 0x4E8C, 0x4E94, 0x5169, 0x516B, 0x516D, 0x5341, 0x5343,
             0x56DB, 0x767E, 0x96F6, 0xF900...0xFAFF, 0x2F800...0x2FA1F: break
        default: return false
        }
        return chineseDigits[character] != nil || chineseUnits[character] != nil
    }

    /// The text with full-width forms made half-width, as ICU's Fullwidth-Halfwidth transform
    /// makes them, up to canonical equivalence (all `scan` distinguishes). The transform costs
    /// more than the rest of the scan, so it runs only for text holding a scalar it changes
    /// other than the common ones mapped here: full-width ASCII and signs, the ideographic
    /// space, and 、。「」, which become single scalars that no neighbour combines with.
    static func halfwidth(_ text: String) -> String {
        var needsTransform = false
        var mapsHere = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            guard value >= 0x1100 else { continue }
            if commonHalfwidth(value) != nil {
                mapsHere = true
            } else if mayChangeToHalfwidth(value) {
                needsTransform = true
                break
            }
        }
        if needsTransform { return text.applyingTransform(.fullwidthToHalfwidth, reverse: false) ?? text }
        guard mapsHere else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            UTF8.encode(commonHalfwidth(scalar.value).flatMap(Unicode.Scalar.init) ?? scalar) { bytes.append($0) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The half-width form of the common full-width scalars, or nil for any other.
    static func commonHalfwidth(_ value: UInt32) -> UInt32? {
        switch value {
        case 0xFF01...0xFF5E: value - 0xFEE0
        case 0x3000: 0x20
        case 0x3001: 0xFF64
        case 0x3002: 0xFF61
        case 0x300C: 0xFF62
        case 0x300D: 0xFF63
        case 0xFFE0: 0xA2
        case 0xFFE1: 0xA3
        case 0xFFE2: 0xAC
        case 0xFFE3: 0xAF
        case 0xFFE4: 0xA6
        case 0xFFE5: 0xA5
        case 0xFFE6: 0x20A9
        default: nil
        }
    }

    /// A superset of the scalars the transform changes (Hangul jamo, arrows, box drawing,
    /// CJK symbols and kana, the half-width and full-width forms block), checked against ICU
    /// scalar by scalar in `NumberExtractorTests`.
    static func mayChangeToHalfwidth(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x11FF, 0x2190...0x2193, 0x2502, 0x25A0, 0x25CB, 0x3000...0x30FF, 0xFF00...0xFFEF: true
        default: false
        }
    }

    private static func groupFollows<Unit: NumberScanUnit>(_ characters: [Unit], from start: Int) -> Bool {
        guard start + 3 <= characters.count else { return false }
        for offset in 0..<3 where !characters[start + offset].isASCIIDigit { return false }
        if start + 3 < characters.count, characters[start + 3].isASCIIDigit { return false }
        return true
    }

    private static func multiplier<Unit: NumberScanUnit>(after characters: [Unit], from start: Int) -> Decimal? {
        var index = start
        while index < characters.count, characters[index].isCharacter(" ") { index += 1 }
        for (letters, isLatin, value) in multiplierLetters {
            guard index + letters.count <= characters.count,
                  letters.indices.allSatisfy({ characters[index + $0].lowercasedEquals(letters[$0]) }) else { continue }
            // A Latin multiplier must end the word ("million", not "millions" is fine too).
            let after = index + letters.count
            if isLatin, after < characters.count, characters[after].isLetter, !characters[after].isCharacter("s") { continue }
            return value
        }
        return nil
    }

    /// `multipliers` as Characters, with whether each is a Latin word.
    private static let multiplierLetters: [(letters: [Character], isLatin: Bool, value: Decimal)] =
        multipliers.map { (Array($0.0), $0.0.first?.isASCII == true, $0.1) }

    /// `Character(character.lowercased()) == letter`, without lowercasing an ASCII Character
    /// (one byte, or CR LF, which lowercases to itself and equals no letter).
    @inline(__always)
    static func lowercased(_ character: Character, equals letter: Character) -> Bool {
        guard let value = character.asciiValue else { return Character(character.lowercased()) == letter }
        return letter.asciiValue == (value >= 0x41 && value <= 0x5A ? value | 0x20 : value) && character != "\r\n"
    }

    /// The lowercase text of Characters that are all ASCII letters.
    private static func lowercasedASCII<Unit: NumberScanUnit>(_ letters: ArraySlice<Unit>) -> String {
        String(decoding: letters.map { ($0.asciiByte ?? 0x3F) | 0x20 }, as: UTF8.self)
    }

    /// 二十三 → 23, 三千五百 → 3500, 二〇二〇 → 2020 (digit by digit when there is no unit).
    private static func chineseValue<Unit: NumberScanUnit>(_ characters: ArraySlice<Unit>) -> Int? {
        guard !characters.isEmpty else { return nil }
        if !characters.contains(where: { $0.chineseUnit != nil }) {
            var value = 0
            for character in characters {
                guard let digit = character.chineseDigit else { return nil }
                value = value * 10 + digit
                if value > 1_000_000_000 { return nil }
            }
            return value
        }
        var total = 0
        var current = 0
        for character in characters {
            if let digit = character.chineseDigit {
                current = digit
            } else if let unit = character.chineseUnit {
                total += (current == 0 ? 1 : current) * unit
                current = 0
            }
        }
        return total + current
    }
}

/// What the number scan asks of one unit of text: a `Character`, or a scalar of simple text
/// (`SimpleCharacters`), where each scalar is a Character of its own. A scalar answers every
/// question as `Character(scalar)` does (`NumberExtractorHalfwidthTests` checks each scalar).
protocol NumberScanUnit {
    /// An ASCII digit.
    var isASCIIDigit: Bool { get }
    /// An ASCII letter.
    var isASCIILetter: Bool { get }
    /// The byte of an ASCII unit (LF for CR LF).
    var asciiByte: UInt8? { get }
    /// A key of `NumberExtractor.chineseDigits` or `chineseUnits`.
    var isChineseNumeral: Bool { get }
    var chineseDigit: Int? { get }
    var chineseUnit: Int? { get }
    /// `Character.isLetter`.
    var isLetter: Bool { get }
    /// Equal to a Character of one scalar that has no canonical equivalent but itself.
    func isCharacter(_ character: Character) -> Bool
    /// `Character(lowercased()) == letter`.
    func lowercasedEquals(_ letter: Character) -> Bool
}

extension Character: NumberScanUnit {
    /// An ASCII Character is one byte, or CR LF, which is no digit.
    var isASCIIDigit: Bool {
        guard let value = asciiValue else { return false }
        return value >= 0x30 && value <= 0x39
    }
    var isASCIILetter: Bool {
        guard let value = asciiValue else { return false }
        return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A
    }
    var asciiByte: UInt8? { asciiValue }
    var isChineseNumeral: Bool { NumberExtractor.isChineseNumeral(self) }
    var chineseDigit: Int? { NumberExtractor.chineseDigits[self] }
    var chineseUnit: Int? { NumberExtractor.chineseUnits[self] }
    func isCharacter(_ character: Character) -> Bool { self == character }
    func lowercasedEquals(_ letter: Character) -> Bool { NumberExtractor.lowercased(self, equals: letter) }
}

extension Unicode.Scalar: NumberScanUnit {
    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
    var isASCIILetter: Bool { (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
    var asciiByte: UInt8? { value < 0x80 ? UInt8(value) : nil }
    var isChineseNumeral: Bool { value >= 0x3007 && NumberExtractor.isChineseNumeral(Character(self)) }
    var chineseDigit: Int? { value >= 0x3007 ? NumberExtractor.chineseDigits[Character(self)] : nil }
    var chineseUnit: Int? { value >= 0x5341 ? NumberExtractor.chineseUnits[Character(self)] : nil }
    var isLetter: Bool { value < 0x80 ? isASCIILetter : Character(self).isLetter }
    func isCharacter(_ character: Character) -> Bool { character.unicodeScalars.elementsEqual(CollectionOfOne(self)) }
    func lowercasedEquals(_ letter: Character) -> Bool { NumberExtractor.lowercased(Character(self), equals: letter) }
}
