/// Script facts about single Unicode scalars, used by whitespace rules and language detection.
enum ScriptClass {
    /// Han ideographs (URO, extensions, compatibility).
    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x2FA1F, 0x3007: true
        default: false
        }
    }

    static func isKana(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3041...0x309F, 0x30A0...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: true
        default: false
        }
    }

    static func isHangul(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xAC00...0xD7AF, 0x1100...0x11FF, 0x3130...0x318F: true
        default: false
        }
    }

    /// Characters of East Asian wide scripts written without spaces between words: Han, kana,
    /// CJK punctuation and full-width forms (not Hangul, which uses spaces).
    static func isWideNonSpacing(_ scalar: Unicode.Scalar) -> Bool {
        if isHan(scalar) || isKana(scalar) { return true }
        switch scalar.value {
        case 0x3000...0x303F, 0xFF01...0xFF60, 0xFFE0...0xFFE6, 0xFE30...0xFE4F, 0x3100...0x312F: return true
        default: return false
        }
    }

    /// Punctuation shared by Chinese and Western text (quotes, ellipsis, dashes, middle dot).
    static func isAmbiguousPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x2014, 0x2015, 0x00B7, 0x2027: true
        default: false
        }
    }

    /// CSS Text 3 segment-break rule: a line break between two wide characters renders as nothing.
    static func dropsLineBreakBetween(_ before: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
        let wideBefore = isWideNonSpacing(before), wideAfter = isWideNonSpacing(after)
        if wideBefore && wideAfter { return true }
        return (wideBefore && isAmbiguousPunctuation(after)) || (isAmbiguousPunctuation(before) && wideAfter)
    }

    /// Whitespace that HTML collapses (ASCII space, tab, line feed, form feed, carriage return).
    static func isCollapsibleSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0C, 0x0D: true
        default: false
        }
    }

    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool { scalar.value == 0x0A || scalar.value == 0x0D }

    /// A letter of any script (what makes a text worth translating).
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        // Fast paths for the common scripts; the Unicode property lookup is comparatively slow.
        if scalar.isASCII { return (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value) }
        if isHan(scalar) || isKana(scalar) { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }
}
